// Lock files: poetry.lock, uv.lock (https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile),
// pdm.lock (TOML), Pipfile.lock (JSON, https://pipenv.pypa.io/en/latest/pipfile.html#pipfile-lock-security-features)
// conda-lock.yml and pixi.lock (YAML, https://conda.github.io/conda-lock/, https://pixi.sh/latest/workspace/lockfile/). Their presence is
// the fact, so no dependencies are listed; they are only checked to parse.
import { loadJson, loadToml, loadYaml } from './load.js';
import type { FileFacts, Problem } from './types.js';

type LockSyntax = 'toml' | 'json' | 'yaml';

/**
 * Beyond this many characters only a prefix is checked: lock files run to
 * megabytes, and the yaml library takes seconds on a megabyte of small
 * nodes (smol-toml and JSON.parse are far faster). The prefix ends before a
 * line that starts a new top-level item, so it is a whole document when the
 * file is well-formed.
 */
export const CHECK_LIMIT: Record<LockSyntax, number> = {
  toml: 512 * 1024,
  yaml: 32 * 1024,
  json: Infinity,
};

function syntaxOf(path: string): LockSyntax {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base === 'Pipfile.lock') return 'json';
  if (base === 'pixi.lock') return 'yaml';
  return /\.ya?ml$/i.test(base) ? 'yaml' : 'toml';
}

/** TOML: a table header at column 0. YAML: any column-0 line (a top-level key or a root-list item). */
const BOUNDARY: Record<Exclude<LockSyntax, 'json'>, RegExp> = {
  toml: /^\[/,
  yaml: /^[^\s#]/,
};

/** The text cut before the last top-level boundary at or before `limit`, or whole when short. */
export function checkedPrefix(text: string, syntax: LockSyntax, limit = CHECK_LIMIT[syntax]): string {
  if (syntax === 'json' || text.length <= limit) return text;
  const boundary = BOUNDARY[syntax];
  let cut = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < limit; i = text.indexOf('\n', i + 1)) {
    if (boundary.test(text.slice(i + 1, i + 3))) cut = i + 1;
  }
  return cut > 0 ? text.slice(0, cut) : text;
}

/** Checks that a lock file parses; lists no dependencies. Never throws. */
export function parseLockfile(text: string, path: string): Partial<FileFacts> {
  const syntax = syntaxOf(path);
  const checked = checkedPrefix(text, syntax);
  let problem: Problem | undefined;
  if (syntax === 'json') problem = loadJson(checked, path).problem;
  else if (syntax === 'toml') problem = loadToml(checked, path).problem;
  else problem = loadYaml(checked, path).problems[0];
  return problem ? { problems: [problem] } : {};
}
