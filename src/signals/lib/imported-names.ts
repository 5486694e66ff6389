// What a module brings in from the repository, by name: classes imported
// from the module that defines them or through packages that re-export them,
// and whole modules (data_validation: does an API module use a schema).
import type { PyFile } from '../context.js';
import type { ModuleIndex } from './local-modules.js';

/** Re-export hops followed (`api → app/schemas/__init__.py → app/schemas/text.py → shared/models.py`). */
const REEXPORT_HOPS = 3;

/**
 * What a module brings in, as `path#Name` for a class imported by name (from
 * the module that defines it, or through packages that re-export it) and
 * `path#*` for a whole module (`import app.schemas`, `from app import schemas`).
 */
export class ImportedNames {
  private readonly memo = new Map<string, Set<string>>();
  private readonly index: ModuleIndex;

  constructor(index: ModuleIndex) {
    this.index = index;
  }

  of(file: PyFile, hops = REEXPORT_HOPS): Set<string> {
    const key = `${hops}\0${file.path}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    const out = new Set<string>();
    this.memo.set(key, out); // an import cycle ends here
    for (const imp of file.facts.imports) {
      for (const target of this.index.resolveImport(imp, file)) {
        const stem = target.path.slice(target.path.lastIndexOf('/') + 1).replace(/\.py$/, '');
        if (imp.name === undefined || imp.name === '*' || imp.name === stem) out.add(`${target.path}#*`);
        if (imp.name === undefined || imp.name === '*') continue;
        out.add(`${target.path}#${imp.name}`);
        if (hops === 0) continue;
        for (const name of this.of(target, hops - 1)) if (name.endsWith(`#${imp.name}`)) out.add(name);
      }
    }
    return out;
  }
}
