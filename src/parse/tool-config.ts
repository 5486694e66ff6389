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

/** Removes `//` and block comments and trailing commas outside strings (pyright reads JSON with comments). */
export function stripJsonComments(text: string): string {
  return text
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (match, str: string | undefined) => str ?? match.replace(/[^\n]/g, ' '))
    .replace(/("(?:[^"\\]|\\.)*")|,(\s*[}\]])/g, (match, str: string | undefined, tail: string | undefined) => str ?? tail ?? match);
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
