// A loose schema of pyproject.toml (https://packaging.python.org/en/latest/specifications/pyproject-toml/)
// in renovate's style: invalid entries are dropped and each field falls back on
// its own, so one odd value never hides the rest of the file.
import { z } from 'zod';
import { looseArray, looseRecord } from './loose.js';

const OptionalString = z.string().optional().catch(undefined);
const OptionalBoolean = z.boolean().optional().catch(undefined);

/** PEP 508 strings; PEP 735 `{include-group = ...}` tables are dropped. */
export const Requirements = looseArray(z.string());

export const Pep621Project = z.object({
  name: OptionalString,
  dependencies: Requirements,
  'optional-dependencies': looseRecord(Requirements),
});

const PoetryConstraint = z.object({ version: OptionalString });

/** `"^1.2"`, `{ version = "^1.2", extras = [...] }`, or a list of such tables (the first one counts). */
export const PoetryDependency = z.union([
  z.string().transform((version) => ({ version })),
  PoetryConstraint,
  z.array(PoetryConstraint).min(1).transform((list) => list[0]),
]);
export type PoetryDependency = z.infer<typeof PoetryDependency>;

const PoetryDependencies = looseRecord(PoetryDependency);

export const PoetryTable = z.object({
  name: OptionalString,
  packages: z.array(z.unknown()).optional().catch(undefined),
  'package-mode': OptionalBoolean,
  dependencies: PoetryDependencies,
  'dev-dependencies': PoetryDependencies,
  group: looseRecord(z.object({ dependencies: PoetryDependencies })),
});

/** Legacy flit metadata (before flit used `[project]`). */
export const FlitMetadata = z.object({
  module: OptionalString,
  'dist-name': OptionalString,
  requires: Requirements,
  'requires-extra': looseRecord(Requirements),
});

export const PyProject = z.object({
  project: Pep621Project.optional().catch(undefined),
  'build-system': z.object({ requires: Requirements, 'build-backend': OptionalString }).optional().catch(undefined),
  'dependency-groups': looseRecord(Requirements),
  tool: z
    .object({
      poetry: PoetryTable.optional().catch(undefined),
      pdm: z.object({ 'dev-dependencies': looseRecord(Requirements), distribution: OptionalBoolean }).optional().catch(undefined),
      uv: z.object({ 'dev-dependencies': Requirements, package: OptionalBoolean }).optional().catch(undefined),
      rye: z.object({ 'dev-dependencies': Requirements, virtual: OptionalBoolean }).optional().catch(undefined),
      flit: z.object({ metadata: FlitMetadata.optional().catch(undefined) }).optional().catch(undefined),
      hatch: z
        .object({ envs: looseRecord(z.object({ dependencies: Requirements, 'extra-dependencies': Requirements })) })
        .optional()
        .catch(undefined),
    })
    .catch({}),
});
export type PyProject = z.infer<typeof PyProject>;
