// Reading the JSON files the interview commands take: a kit (from `evident kit
// --format json`), an assessment (from `evident screen`) and scorecards.
// Checked at the boundary; errors name file, line and field.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { COMPETENCY_IDS, RED_FLAG_IDS, RUNGS, type Assessment } from '../assess/types.js';
import { SIGNAL_IDS } from '../signals/ids.js';
import { UserError } from '../util/errors.js';
import { readInputFile } from '../util/read-input.js';
import { parseYamlStrict } from '../util/yaml-file.js';
import { parseScorecard } from './scorecard.js';
import type { Kit, Scorecard } from './types.js';

const Competency = z.enum(COMPETENCY_IDS);

const KitFile = z.looseObject({
  schemaVersion: z.literal('1.0'),
  id: z.string().min(1),
  role: z.looseObject({ name: z.string(), title: z.string(), weights: z.partialRecord(Competency, z.number()), mustHaves: z.array(z.object({ competency: Competency, from: z.string() })) }),
  candidate: z.object({ label: z.string(), blind: z.boolean() }),
  evidence: z.looseObject({ fit: z.number(), competencies: z.partialRecord(Competency, z.number()) }),
  rounds: z.array(
    z.looseObject({
      number: z.number().int(),
      title: z.string(),
      focus: z.array(Competency),
      questions: z.array(z.looseObject({ id: z.string(), title: z.string(), competency: Competency })),
      scorecard: z.looseObject({ questions: z.array(z.string()), competencies: z.array(Competency) }),
    }),
  ),
});

const AssessmentFile = z.looseObject({
  // 1.1 added coverage, interview topics and claim contexts (docs/assessment-schema.md).
  schemaVersion: z.enum(['1.0', '1.1']),
  candidate: z.object({ label: z.string(), blind: z.boolean() }),
  role: z.looseObject({ name: z.string(), title: z.string() }),
  asOf: z.string(),
  fit: z.number(),
  competencies: z.array(
    z.looseObject({
      id: Competency,
      score: z.number(),
      contributions: z.array(z.looseObject({ signal: z.enum(SIGNAL_IDS), credit: z.number(), evidence: z.array(z.string()) })),
    }),
  ),
  gates: z.array(z.looseObject({ requirement: z.string(), met: z.boolean(), detail: z.string() })),
  redFlags: z.array(z.looseObject({ id: z.enum(RED_FLAG_IDS), severity: z.enum(['warning', 'info']), reason: z.string(), probe: z.string() })),
  claims: z.array(z.looseObject({ skill: z.string(), rung: z.enum(RUNGS) })).optional(),
});

/** Reads `file` relative to `cwd` (a regular file within the size limit); messages name it as given. */
function read(file: string, what: string, cwd = '.'): string {
  return readInputFile(resolve(cwd, file), what, file);
}

export function loadKitFile(file: string, cwd = '.'): Kit {
  return parseYamlStrict(read(file, 'kit', cwd), file, KitFile) as unknown as Kit;
}

export function parseAssessment(text: string, file: string): Assessment {
  return parseYamlStrict(text, file, AssessmentFile) as unknown as Assessment;
}

export function loadAssessmentFile(file: string, cwd = '.'): Assessment {
  return parseAssessment(read(file, 'assessment', cwd), file);
}

/** Scorecards from files and directories (their *.yaml, *.yml and *.json files, sorted). */
export function loadScorecards(paths: readonly string[], kit: Kit, cwd = '.'): Scorecard[] {
  const files = paths.flatMap((p) => {
    let dir = false;
    try {
      dir = statSync(resolve(cwd, p)).isDirectory();
    } catch {
      throw new UserError(`cannot read scorecard ${p}`, 'E_NOT_FOUND');
    }
    if (!dir) return [p];
    return readdirSync(resolve(cwd, p))
      .filter((n) => /\.(ya?ml|json)$/.test(n))
      .sort()
      .map((n) => join(p, n));
  });
  if (files.length === 0) throw new UserError(`no scorecards (*.yaml, *.yml, *.json) in ${paths.join(', ')}`, 'E_USAGE');
  return files.map((f) => parseScorecard(read(f, 'scorecard', cwd), f, kit));
}
