// A small INI reader following Python's configparser (https://docs.python.org/3/library/configparser.html#supported-ini-file-structure),
// which setup.cfg, tox.ini, .flake8, mypy.ini and .pylintrc are read with:
// `[section]`, `key = value` or `key: value`, values continued on more-indented
// lines, full-line `#`/`;` comments, keys lower-cased. No INI library is installed.
import type { ConfigFact, Problem } from './types.js';

export interface IniValueLine {
  text: string;
  line: number;
}

export interface IniEntry {
  /** Lower-cased, as configparser's optionxform does. */
  key: string;
  line: number;
  /** The value's non-empty lines (the first line's rest, then continuation lines), trimmed. */
  values: IniValueLine[];
}

export interface IniSection {
  /** As written. */
  name: string;
  line: number;
  entries: IniEntry[];
}

export interface IniFile {
  sections: IniSection[];
  /** Lines that are neither a section, an option, a continuation nor a comment. */
  badLines: number[];
}

const SECTION = /^\[(?<name>.+)\]/;
/** Characters `.` does not match: a value holding one is not an option (as the pattern this replaced had it). */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * `key = value` or `key: value` split at the first `=` or `:`, or undefined.
 * Done by hand: `^([^=:]*?)\s*[=:]` backtracks over a long run of spaces
 * quadratically.
 */
export function splitOption(line: string): { key: string; value: string } | undefined {
  const eq = line.indexOf('=');
  const colon = line.indexOf(':');
  const at = eq === -1 ? colon : colon === -1 ? eq : Math.min(eq, colon);
  if (at === -1) return undefined;
  const value = line.slice(at + 1);
  if (LINE_BREAK.test(value)) return undefined;
  return { key: line.slice(0, at).trimEnd(), value: value.trimStart() };
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Reads INI text. Never throws; lines it cannot read are listed in `badLines`. */
export function parseIni(text: string): IniFile {
  const file: IniFile = { sections: [], badLines: [] };
  let section: IniSection | undefined;
  let entry: IniEntry | undefined;
  let entryIndent = 0;
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = i + 1;
    const trimmed = raw.trim();
    // Comments and blank lines never end a multi-line value.
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const indent = indentOf(raw);
    if (entry && indent > entryIndent) {
      entry.values.push({ text: trimmed, line });
      continue;
    }
    entry = undefined;
    const header = SECTION.exec(trimmed);
    if (header?.groups) {
      section = { name: header.groups.name.trim(), line, entries: [] };
      file.sections.push(section);
      continue;
    }
    const option = splitOption(trimmed);
    if (!section || !option || option.key === '') {
      file.badLines.push(line);
      continue;
    }
    const value = option.value.trim();
    entry = { key: option.key.trim().toLowerCase(), line, values: value === '' ? [] : [{ text: value, line }] };
    entryIndent = indent;
    section.entries.push(entry);
  }
  return file;
}

/**
 * The ConfigFact key of a tool section in setup.cfg or tox.ini, or undefined
 * for sections that configure no tool. pylint's many sections
 * (`[pylint.messages_control]`, `[MASTER]` in a pylintrc) all give `pylint`.
 */
export function toolSectionKey(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower.startsWith('pylint')) return 'pylint';
  if (TOOL_SECTIONS.has(lower)) return lower;
  if (/^(testenv|coverage):/.test(lower)) return name;
  return undefined;
}

const TOOL_SECTIONS = new Set([
  'flake8',
  'mypy',
  'isort',
  'pycodestyle',
  'pep8',
  'pydocstyle',
  'yapf',
  'tool:pytest',
  'pytest',
  'tool:isort',
  'tox',
  'testenv',
]);

/** One Problem naming the first line that is not INI. */
export function iniProblem(ini: IniFile, path: string): Problem | undefined {
  if (ini.badLines.length === 0) return undefined;
  const count = ini.badLines.length;
  return { path, kind: 'syntax', line: ini.badLines[0], message: `${count} line${count === 1 ? ' is' : 's are'} not valid INI` };
}

/** A ConfigFact for each tool section (first section per key), at its header line. */
export function iniToolConfigs(ini: IniFile): ConfigFact[] {
  const out = new Map<string, ConfigFact>();
  for (const section of ini.sections) {
    const key = toolSectionKey(section.name);
    if (key && !out.has(key)) out.set(key, { key, text: `[${section.name}]`, line: section.line });
  }
  return [...out.values()];
}
