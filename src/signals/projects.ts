// Projects inside a repository: a portfolio repository often holds several
// independent projects, each with its own manifest. A project root is a folder
// holding its own pyproject.toml, setup.py or requirements*.txt; a file
// belongs to the deepest root above it ('' is the repository itself).
// The claims matrix judges a tool's rung project by project (docs/cv.md).

const MANIFEST = /(^|\/)(pyproject\.toml|setup\.py|requirements[^/]*\.txt)$/;

/** Folders holding their own manifest, sorted; `.` is the repository root. */
export function projectRoots(paths: Iterable<string>): string[] {
  const roots = new Set<string>();
  for (const path of paths) {
    const m = MANIFEST.exec(path);
    if (!m) continue;
    const dir = path.slice(0, m.index);
    roots.add(dir === '' ? '.' : dir);
  }
  return [...roots].sort();
}

/** The deepest project root holding `path`, or `.` (the repository) when none does. */
export function projectOf(path: string, roots: readonly string[]): string {
  let best = '.';
  for (const root of roots) {
    if (root !== '.' && path.startsWith(`${root}/`) && root.length > best.length) best = root;
  }
  return best;
}

/** Files per project, for a repository of two projects or more; undefined otherwise. */
export function filesPerProject(paths: Iterable<string>, roots: readonly string[]): Record<string, number> | undefined {
  if (roots.length < 2) return undefined;
  const out: Record<string, number> = {};
  for (const path of paths) {
    const project = projectOf(path, roots);
    out[project] = (out[project] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
