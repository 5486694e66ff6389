// Reading TOML (https://toml.io/en/v1.0.0), JSON and YAML (https://yaml.org/spec/1.2.2/)
// text without throwing: a syntax error becomes a Problem with its line, and
// its message quotes nothing from the file (parsers do not log file contents).
import { parse as parseTomlText, TomlError } from 'smol-toml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { emptyFlowEntries, MAX_YAML_DEPTH, MAX_YAML_EMPTY_FLOW_ENTRIES, yamlNestingDepth } from '../util/yaml-limits.js';
import { lineOfOffset } from './lines.js';
import type { Problem } from './types.js';

export type TomlTable = Record<string, unknown>;

export interface Loaded<T> {
  data?: T;
  problem?: Problem;
}

/** Parses TOML; on a syntax error returns only a Problem. */
export function loadToml(text: string, path: string): Loaded<TomlTable> {
  try {
    return { data: parseTomlText(text, { unsafeKeyBehaviour: 'drop', maxDepth: 100 }) };
  } catch (err) {
    const problem: Problem = { path, kind: 'syntax', message: 'invalid TOML' };
    if (err instanceof TomlError) {
      // The first line names the error; the rest is a quote of the file.
      problem.message = err.message.split('\n')[0].replace(/^Invalid TOML document: /, 'invalid TOML: ');
      problem.line = err.line;
    }
    return { problem };
  }
}

/** Parses JSON; on a syntax error returns only a Problem (with the line when the engine gives a position). */
export function loadJson(text: string, path: string): Loaded<unknown> {
  try {
    return { data: JSON.parse(text) as unknown };
  } catch (err) {
    const problem: Problem = { path, kind: 'syntax', message: 'invalid JSON' };
    const position = /position (\d+)/.exec((err as Error).message)?.[1];
    if (position !== undefined) problem.line = lineOfOffset(text, Number(position));
    return { problem };
  }
}

export interface LoadedYaml {
  doc: Document;
  /** 1-based line of a node's start offset. */
  lineOf: (offset: number) => number;
  problems: Problem[];
}

/** Parses one YAML document, keeping node positions; errors become Problems. Text nested too deeply is not parsed. */
export function loadYaml(text: string, path: string): LoadedYaml {
  const lineCounter = new LineCounter();
  if (yamlNestingDepth(text) > MAX_YAML_DEPTH) {
    const problem: Problem = { path, kind: 'limit', message: `YAML nested deeper than ${MAX_YAML_DEPTH} levels; not read` };
    return { doc: parseDocument(''), lineOf: () => 1, problems: [problem] };
  }
  if (emptyFlowEntries(text) > MAX_YAML_EMPTY_FLOW_ENTRIES) {
    const problem: Problem = { path, kind: 'limit', message: `YAML with more than ${MAX_YAML_EMPTY_FLOW_ENTRIES} empty flow entries; not read` };
    return { doc: parseDocument(''), lineOf: () => 1, problems: [problem] };
  }
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, keepSourceTokens: false });
  const problems: Problem[] = doc.errors.map((err) => {
    const problem: Problem = { path, kind: 'syntax', message: `invalid YAML (${err.code})` };
    const line = err.linePos?.[0].line;
    if (line !== undefined) problem.line = line;
    return problem;
  });
  return { doc, lineOf: (offset) => lineCounter.linePos(offset).line, problems: problems.slice(0, 1) };
}
