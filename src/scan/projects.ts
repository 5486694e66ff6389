// Projects inside a repository: a portfolio repository often holds several
// independent projects, each with its own manifest. A project root is a folder
// holding its own pyproject.toml, setup.py, Pipfile or requirements file
// (requirements*.txt / .in, a conda-style requirements*.yml, or another `.txt`
// that the parser read as requirements: `requirement.txt`, a pip freeze saved
// as `env.txt`, parse/requirements-text.ts); a file belongs to the deepest
// root above it ('.' is the repository itself).
// The claims matrix judges a tool's rung project by project (docs/cv.md).
import type { FileFacts } from '../parse/types.js';

const MANIFEST = /(^|\/)(pyproject\.toml|setup\.py|Pipfile|requirements[^/]*\.(?:txt|in|ya?ml))$/;

/** A file given by its path alone, or with the format the parser gave it. */
export type ProjectFile = string | Pick<FileFacts, 'path' | 'format'>;

/**
 * The folder a manifest makes a project root, or undefined. A `.txt` read as
 * requirements by its content counts as its name would; one inside a
 * `requirements/` (or `reqs/`) folder (`requirements/base.txt`) makes no root, as by name.
 */
function manifestRoot(file: ProjectFile): string | undefined {
  const path = typeof file === 'string' ? file : file.path;
  const m = MANIFEST.exec(path);
  if (m) return path.slice(0, m.index);
  if (typeof file === 'string' || file.format !== 'requirements' || !/\.txt$/i.test(path)) return undefined;
  const slash = path.lastIndexOf('/');
  const dir = slash === -1 ? '' : path.slice(0, slash);
  return /(^|\/)(requirements?|reqs?)$/i.test(dir) ? undefined : dir;
}

/**
 * More project roots than this and the repository is judged as one (a
 * generated or hostile tree): the per-project counts would grow with every
 * folder, in the scan JSON and the cache.
 */
export const MAX_PROJECT_ROOTS = 200;

/** Folders holding their own manifest, sorted; `.` is the repository root. */
export function projectRoots(files: Iterable<ProjectFile>): string[] {
  const roots = new Set<string>();
  for (const file of files) {
    const dir = manifestRoot(file);
    if (dir !== undefined) roots.add(dir === '' ? '.' : dir);
  }
  return [...roots].sort();
}

/** The deepest project root holding `path`, or `.` (the repository) when none does: one look-up per folder level. */
export function projectOf(path: string, roots: ReadonlySet<string> | readonly string[]): string {
  const set = roots instanceof Set ? roots : new Set(roots as readonly string[]);
  for (let end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) {
    const dir = path.slice(0, end);
    if (set.has(dir)) return dir;
  }
  return '.';
}

/** True when per-project rungs apply: two roots or more, and not more than MAX_PROJECT_ROOTS. */
export function isMultiProject(roots: readonly string[]): boolean {
  return roots.length >= 2 && roots.length <= MAX_PROJECT_ROOTS;
}

/** Files per project, for a multi-project repository; undefined otherwise. */
export function filesPerProject(paths: Iterable<string>, roots: readonly string[]): Record<string, number> | undefined {
  if (!isMultiProject(roots)) return undefined;
  const set = new Set(roots);
  const out: Record<string, number> = {};
  for (const path of paths) {
    const project = projectOf(path, set);
    out[project] = (out[project] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
