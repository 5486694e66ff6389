// The names a repository's own Python modules take (context.ts › DetectContext):
// an installed tool of the same name is hidden where the repository's module
// would be imported instead.
import type { PyFile } from './py-files.js';

/** A package's `__init__.py` (or its stub). */
const INIT_MODULE = /(^|\/)__init__\.pyi?$/;

export interface OwnModuleNames {
  all: Set<string>;
  hiding: Set<string>;
}

/**
 * `all`: every folder on the path of a `.py` file, and each file's stem.
 * `hiding`: the names that can hide an installed tool: each file's stem,
 * and every package folder (one holding an `__init__.py`) with the folders
 * above it. A plain folder named after a tool (`airflow/dags/`,
 * `streamlit/app.py`) holds code for the tool; it does not hide it. Nor does
 * a folder inside another package (`pkg/machine/sklearn/` under
 * `pkg/__init__.py`): Python finds it as `pkg.machine.sklearn`, and as
 * `sklearn` only from a script run beside it, so it hides only when its
 * parent folder holds a module of its own.
 */
export function ownModuleNames(python: readonly PyFile[]): OwnModuleNames {
  const all = new Set<string>();
  const hiding = new Set<string>();
  const own = python.filter((f) => !f.notebook);
  const dirOf = (path: string) => path.split('/').slice(0, -1).join('/');
  const packages = new Set(own.filter((f) => INIT_MODULE.test(f.path)).map((f) => dirOf(f.path)));
  const withModules = new Set(own.filter((f) => !INIT_MODULE.test(f.path)).map((f) => dirOf(f.path)));
  // The folder `parts[i]` is found by its bare name: no folder above it is a package, or a module sits beside it.
  const hides = (parts: readonly string[], i: number): boolean => {
    const above = parts.slice(0, i);
    return withModules.has(above.join('/')) || !above.some((_, j) => packages.has(above.slice(0, j + 1).join('/')));
  };
  for (const file of own) {
    const parts = file.path.split('/');
    const stem = parts.pop()?.replace(/\.pyi?$/, '');
    for (const dir of parts) all.add(dir);
    if (stem === '__init__') {
      for (const [i, dir] of parts.entries()) if (hides(parts, i)) hiding.add(dir);
    } else if (stem) {
      all.add(stem);
      hiding.add(stem);
    }
  }
  return { all, hiding };
}
