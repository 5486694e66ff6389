// Reading the JSON files the interview commands take: a kit (from `evident kit
// --format json`), an assessment (from `evident screen`) and scorecards.
// Checked at the boundary against the src/model schemas; errors name file,
// line and field in one line (a UserError, never a stack trace).
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AssessmentInput } from '../model/assessment.js';
import { Kit } from '../model/kit.js';
import type { Scorecard } from '../model/scorecard.js';
import { UserError } from '../util/errors.js';
import { readInputFile } from '../util/read-input.js';
import { parseYamlStrict } from '../util/yaml-file.js';
import { parseScorecard } from './scorecard.js';

/** Reads `file` relative to `cwd` (a regular file within the size limit); messages name it as given. */
function read(file: string, what: string, cwd = '.'): string {
  return readInputFile(resolve(cwd, file), what, file);
}

export function loadKitFile(file: string, cwd = '.'): Kit {
  return parseYamlStrict(read(file, 'kit', cwd), file, Kit);
}

/** An assessment (1.0 or 1.1, docs/assessment-schema.md) checked against the model's schema. */
export function parseAssessment(text: string, file: string): AssessmentInput {
  return parseYamlStrict(text, file, AssessmentInput);
}

export function loadAssessmentFile(file: string, cwd = '.'): AssessmentInput {
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
