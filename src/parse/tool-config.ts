// Dedicated tool config files: ruff (https://docs.astral.sh/ruff/configuration/), flake8, mypy,
// pylint, isort, pyright (https://microsoft.github.io/pyright/#/configuration), yapf;
// tox.ini (https://tox.wiki/en/latest/config.html), whose sections configure tools as
// setup.cfg's do; and fly.toml (https://fly.io/docs/reference/configuration/).
// A dedicated file's presence configures its tool; a file that does not parse also gets a Problem.
import { iniProblem, iniToolConfigs, parseIni } from './ini.js';
import { findLine, splitLines } from './lines.js';
import { loadJson, loadToml } from './load.js';
import { evidenceText } from './pep508.js';
import type { FileFacts, Problem } from './types.js';

type Syntax = 'toml' | 'ini' | 'jsonc';

const TOOL_FILES: readonly { match: RegExp; key: string; syntax: Syntax }[] = [
  { match: /^\.?ruff\.toml$/, key: 'ruff', syntax: 'toml' },
  { match: /^\.flake8$/, key: 'flake8', syntax: 'ini' },
  { match: /^\.?mypy\.ini$/, key: 'mypy', syntax: 'ini' },
  { match: /^\.?pylintrc$/, key: 'pylint', syntax: 'ini' },
  { match: /^\.isort\.cfg$/, key: 'isort', syntax: 'ini' },
  { match: /^pyrightconfig\.json$/, key: 'pyright', syntax: 'jsonc' },
  { match: /^\.style\.yapf$/, key: 'yapf', syntax: 'ini' },
];

/**
 * Removes `//` and block comments (each character but newlines becomes a
 * space, so lines stay) and trailing commas outside strings (pyright reads
 * JSON with comments). One pass each, by hand: a pattern for strings retried
 * at every escaped quote of an unclosed string is quadratic.
 */
export function stripJsonComments(text: string): string {
  return dropTrailingCommas(blankComments(text));
}

/** Index past the string whose opening quote is at `at` (the end of the text when it does not close). */
function stringEnd(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, text.length);
}

function blankComments(text: string): string {
  const parts: string[] = [];
  let kept = 0;
  for (let i = 0; i < text.length; ) {
    if (text[i] === '"') {
      i = stringEnd(text, i);
      continue;
    }
    const line = text.startsWith('//', i);
    const block = !line && text.startsWith('/*', i) ? text.indexOf('*/', i + 2) : -1;
    if (!line && block === -1) {
      i++;
      continue;
    }
    const newline = line ? text.indexOf('\n', i) : -1;
    const end = line ? (newline === -1 ? text.length : newline) : block + 2;
    parts.push(text.slice(kept, i), text.slice(i, end).replace(/[^\n]/g, ' '));
    i = kept = end;
  }
  parts.push(text.slice(kept));
  return parts.join('');
}

function dropTrailingCommas(text: string): string {
  const parts: string[] = [];
  let kept = 0;
  for (let i = 0; i < text.length; ) {
    if (text[i] === '"') {
      i = stringEnd(text, i);
      continue;
    }
    if (text[i] === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (text[j] === '}' || text[j] === ']') {
        parts.push(text.slice(kept, i));
        kept = i + 1;
      }
      i = j;
      continue;
    }
    i++;
  }
  parts.push(text.slice(kept));
  return parts.join('');
}

function syntaxProblem(text: string, path: string, syntax: Syntax): Problem | undefined {
  if (syntax === 'toml') return loadToml(text, path).problem;
  if (syntax === 'jsonc') return loadJson(stripJsonComments(text), path).problem;
  return iniProblem(parseIni(text), path);
}

/** Parses a tool config file by its name. Never throws. */
export function parseToolConfig(text: string, path: string): Partial<FileFacts> {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base === 'tox.ini') {
    const ini = parseIni(text);
    const problem = iniProblem(ini, path);
    return problem ? { configs: iniToolConfigs(ini), problems: [problem] } : { configs: iniToolConfigs(ini) };
  }
  if (base === 'fly.toml') return parseFly(text, path);
  const tool = TOOL_FILES.find((t) => t.match.test(base));
  if (!tool) return {};
  const facts: Partial<FileFacts> = { configs: [{ key: tool.key, text: base, line: 1 }] };
  const problem = syntaxProblem(text, path, tool.syntax);
  if (problem) facts.problems = [problem];
  return facts;
}

function parseFly(text: string, path: string): Partial<FileFacts> {
  const { data, problem } = loadToml(text, path);
  const app = typeof data?.app === 'string' ? data.app : undefined;
  const line = app === undefined ? 1 : (findLine(splitLines(text), /^\s*app\s*=/) ?? 1);
  const facts: Partial<FileFacts> = { manifests: [{ kind: 'fly', text: app === undefined ? 'fly.toml' : evidenceText(`fly app ${app}`), line }] };
  if (problem) facts.problems = [problem];
  return facts;
}
