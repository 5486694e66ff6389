// Dedicated tool config files: ruff (https://docs.astral.sh/ruff/configuration/), flake8, mypy,
// pylint, isort, pyright (https://microsoft.github.io/pyright/#/configuration), yapf;
// tox.ini (https://tox.wiki/en/latest/config.html), whose sections configure tools as
// setup.cfg's do; and fly.toml (https://fly.io/docs/reference/configuration/).
// A dedicated file's presence configures its tool; a file that does not parse also gets a Problem.
import { iniProblem, iniToolConfigs, parseIni, type IniFile } from './ini.js';
import { clip } from './shell.js';
import { findLine, lineOfOffset, splitLines } from './lines.js';
import { createScanner, parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { loadToml } from './load.js';
import { evidenceText } from './pep508.js';
import type { CommandFact, FileFacts, Problem } from './types.js';

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

/** jsonc-parser parses recursively: a hostile file of deep brackets would overflow the stack. */
const MAX_JSON_DEPTH = 256;

/** jsonc-parser's SyntaxKind values (a const enum its types declare, which isolated modules cannot read). */
const OPEN = new Set([1, 3]); // OpenBraceToken, OpenBracketToken
const CLOSE = new Set([2, 4]); // CloseBraceToken, CloseBracketToken
const EOF = 17;

/** The offset where brackets nest deeper than MAX_JSON_DEPTH (tokens from jsonc-parser's iterative scanner), if they do. */
function tooDeepAt(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token: number = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (OPEN.has(token)) depth++;
    else if (CLOSE.has(token)) depth--;
    if (depth > MAX_JSON_DEPTH) return scanner.getTokenOffset();
  }
  return undefined;
}

/**
 * pyright reads JSON with comments and trailing commas (JSONC): checked with
 * Microsoft's jsonc-parser, the reader VS Code uses, never by hand.
 */
function jsoncProblem(text: string, path: string): Problem | undefined {
  const deep = tooDeepAt(text);
  if (deep !== undefined) return { path, kind: 'syntax', message: `invalid JSON (nested more than ${MAX_JSON_DEPTH} deep)`, line: lineOfOffset(text, deep) };
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length === 0) return undefined;
  return { path, kind: 'syntax', message: `invalid JSON (${printParseErrorCode(errors[0].error)})`, line: lineOfOffset(text, errors[0].offset) };
}

function syntaxProblem(text: string, path: string, syntax: Syntax): Problem | undefined {
  if (syntax === 'toml') return loadToml(text, path).problem;
  if (syntax === 'jsonc') return jsoncProblem(text, path);
  return iniProblem(parseIni(text), path);
}

/** Parses a tool config file by its name. Never throws. */
export function parseToolConfig(text: string, path: string): Partial<FileFacts> {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base === 'tox.ini') {
    const ini = parseIni(text);
    const problem = iniProblem(ini, path);
    const commands = toxCommands(ini);
    const facts: Partial<FileFacts> = { configs: iniToolConfigs(ini), ...(commands.length > 0 ? { commands } : {}) };
    return problem ? { ...facts, problems: [problem] } : facts;
  }
  if (base === 'fly.toml') return parseFly(text, path);
  const tool = TOOL_FILES.find((t) => t.match.test(base));
  if (!tool) return {};
  const facts: Partial<FileFacts> = { configs: [{ key: tool.key, text: base, line: 1 }] };
  const problem = syntaxProblem(text, path, tool.syntax);
  if (problem) facts.problems = [problem];
  return facts;
}

/**
 * The commands of tox's test environments (`[testenv]`, `[testenv:lint]`;
 * https://tox.wiki/en/latest/config.html#commands), one per line, as the
 * project's commands: `ruff check .` in a lint environment runs Ruff. A
 * factor condition (`lint: ruff check .`) and tox's ignore-exit-code dash
 * (`- coverage combine`) are tox's, not the command's.
 */
function toxCommands(ini: IniFile): CommandFact[] {
  const out: CommandFact[] = [];
  for (const section of ini.sections) {
    const name = section.name.toLowerCase();
    if (name !== 'testenv' && !name.startsWith('testenv:')) continue;
    for (const entry of section.entries) {
      if (entry.key !== 'commands' && entry.key !== 'commands_pre') continue;
      for (const value of entry.values) {
        const command = value.text.replace(/^[\w.,!{}-]+:\s+/, '').replace(/^-\s*/, '').trim();
        if (command !== '') out.push({ text: clip(command), line: value.line, target: section.name });
      }
    }
  }
  return out;
}

function parseFly(text: string, path: string): Partial<FileFacts> {
  const { data, problem } = loadToml(text, path);
  const app = typeof data?.app === 'string' ? data.app : undefined;
  const line = app === undefined ? 1 : (findLine(splitLines(text), /^\s*app\s*=/) ?? 1);
  const facts: Partial<FileFacts> = { manifests: [{ kind: 'fly', text: app === undefined ? 'fly.toml' : evidenceText(`fly app ${app}`), line }] };
  if (problem) facts.problems = [problem];
  return facts;
}
