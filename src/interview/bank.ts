// The question bank: the shipped data/questions/*.yaml plus users' own files
// (--questions DIR), validated on load; errors name file, line and field.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../util/errors.js';
import { dataPath } from '../util/paths.js';
import { parseYamlStrict } from '../util/yaml-file.js';
import { bankFileSchema, type Question } from './bank-schema.js';
import { pushAll } from '../util/arrays.js';

export type { Question } from './bank-schema.js';

/** Parses one bank file; `seen` (id → file) collects ids across files and is updated. */
export function parseQuestionFile(text: string, file: string, seen: Map<string, string> = new Map()): Question[] {
  const parsed = parseYamlStrict(text, file, bankFileSchema(seen));
  for (const q of parsed.questions) seen.set(q.id, file);
  return parsed.questions;
}

/** Every question of the shipped bank and of `extraDirs`, in file-name order, then file order. */
export function loadQuestionBank(extraDirs: readonly string[] = []): Question[] {
  const seen = new Map<string, string>();
  const out: Question[] = [];
  for (const dir of [dataPath('questions'), ...extraDirs]) {
    for (const file of yamlFiles(dir)) pushAll(out, parseQuestionFile(readFileSync(file, 'utf8'), file, seen));
  }
  return out;
}

function yamlFiles(dir: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    names = readdirSync(dir);
  } catch {
    throw new UserError(`cannot read question directory ${dir}`, 'E_NOT_FOUND');
  }
  return names
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => join(dir, n));
}
