// Role profiles: what a role actually needs (YAML, validated strictly; errors name file, line, field).
import { readdirSync } from 'node:fs';
import { z } from 'zod';
import { SIGNAL_IDS } from '../signals/ids.js';
import { UserError } from '../util/errors.js';
import { dataPath } from '../util/paths.js';
import { readInputFile } from '../util/read-input.js';
import { parseYamlStrict } from '../util/yaml-file.js';
import { COMPETENCY_IDS, RED_FLAG_IDS } from './types.js';

/** A role's weight for one competency: a number from 0 to MAX_ROLE_WEIGHT (weights are made shares of 100). */
export const MAX_ROLE_WEIGHT = 100;
const Weight = z
  .number('a weight must be a number from 0 to 100')
  .min(0, 'a weight must be a number from 0 to 100')
  .max(MAX_ROLE_WEIGHT, 'a weight must be a number from 0 to 100');

const MustHave = z.union([
  z.object({ signal: z.enum(SIGNAL_IDS) }).strict(),
  z.object({ competency: z.enum(COMPETENCY_IDS), min: z.number().min(0).max(100) }).strict(),
]);

export const RoleProfile = z
  .object({
    name: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and dashes'),
    title: z.string().min(1),
    description: z.string().default(''),
    weights: z.partialRecord(z.enum(COMPETENCY_IDS), Weight).refine((w) => Object.values(w).some((v) => (v ?? 0) > 0), 'at least one competency needs a weight above 0'),
    must_haves: z.array(MustHave).default([]),
    nice_to_haves: z.array(z.enum(SIGNAL_IDS)).default([]),
    red_flags: z.array(z.enum(RED_FLAG_IDS)).default([]),
  })
  .strict();
export type RoleProfile = z.infer<typeof RoleProfile>;

export function parseRoleProfile(text: string, file: string): RoleProfile {
  return parseYamlStrict(text, file, RoleProfile);
}

export function loadRoleFile(file: string): RoleProfile {
  return parseRoleProfile(readInputFile(file, 'role profile'), file);
}

export function templateNames(): string[] {
  return readdirSync(dataPath('roles'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}

export function templatePath(name: string): string {
  if (!templateNames().includes(name)) {
    throw new UserError(`unknown role template ${name} (templates: ${templateNames().join(', ')})`, 'E_USAGE');
  }
  return dataPath('roles', `${name}.yaml`);
}

/** Role weights as shares of 100. */
export function normalisedWeights(role: RoleProfile): Record<(typeof COMPETENCY_IDS)[number], number> {
  const total = COMPETENCY_IDS.reduce((n, id) => n + (role.weights[id] ?? 0), 0);
  return Object.fromEntries(COMPETENCY_IDS.map((id) => [id, total > 0 ? ((role.weights[id] ?? 0) * 100) / total : 0])) as Record<
    (typeof COMPETENCY_IDS)[number],
    number
  >;
}
