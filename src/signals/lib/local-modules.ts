// Resolves a file's imports to the repository's own `.py` modules, by module
// path, so a detector can follow `from app.model_loader import load` to
// `app/model_loader.py` (or `src/app/model_loader.py`) without knowing the
// package root. Nothing is imported or run.
import type { ImportFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { pushAll } from '../../util/arrays.js';

/** `src/app/model_loader.py` → `['src', 'app', 'model_loader']`; `pkg/__init__.py` → `['pkg']`. */
export function moduleParts(path: string): string[] {
  const parts = path.replace(/\.pyi?$/, '').split('/');
  if (parts[parts.length - 1] === '__init__') parts.pop();
  return parts;
}

function dirParts(path: string): string[] {
  return path.split('/').slice(0, -1);
}

function sharedPrefix(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export class ModuleIndex {
  /** Last module segment → files, for suffix lookup. */
  private readonly byLast = new Map<string, { file: PyFile; parts: string[] }[]>();

  constructor(files: readonly PyFile[]) {
    for (const file of files) {
      // Type stubs (`.pyi`) run nothing: an import means the `.py` module beside them.
      if (file.notebook || file.path.endsWith('.pyi')) continue;
      const parts = moduleParts(file.path);
      const last = parts[parts.length - 1];
      if (!last) continue;
      const list = this.byLast.get(last) ?? [];
      list.push({ file, parts });
      this.byLast.set(last, list);
    }
  }

  /** The repository file a dotted module name most likely means, seen from `from`. */
  resolve(dotted: string, from: PyFile): PyFile | undefined {
    const wanted = dotted.split('.');
    const candidates = (this.byLast.get(wanted[wanted.length - 1]) ?? []).filter(
      ({ parts, file }) => file !== from && parts.length >= wanted.length && wanted.every((w, i) => parts[parts.length - wanted.length + i] === w),
    );
    if (candidates.length <= 1) return candidates[0]?.file;
    // Several files end the same way: prefer the one nearest the importer.
    const here = dirParts(from.path);
    return [...candidates].sort((a, b) => sharedPrefix(b.parts, here) - sharedPrefix(a.parts, here) || a.parts.length - b.parts.length)[0].file;
  }

  /** Answers of resolveImport, by import (an import belongs to one file; the file is checked too). */
  private readonly resolved = new WeakMap<ImportFact, { from: PyFile; found: readonly PyFile[] }>();

  /** Repository files an import statement brings in (the module, or `module.name` when that is a module). Remembered: detectors follow the same imports again and again. */
  resolveImport(imp: ImportFact, from: PyFile): readonly PyFile[] {
    const known = this.resolved.get(imp);
    if (known && known.from === from) return known.found;
    const found = this.resolveAnew(imp, from);
    this.resolved.set(imp, { from, found });
    return found;
  }

  private resolveAnew(imp: ImportFact, from: PyFile): readonly PyFile[] {
    const base = imp.module.startsWith('.') ? absoluteOf(imp.module, from.path) : imp.module;
    if (base === undefined) return [];
    const names = imp.name && imp.name !== '*' ? [`${base ? `${base}.` : ''}${imp.name}`, base] : [base];
    for (const name of names) {
      if (!name) continue;
      const found = imp.module.startsWith('.') ? this.exact(name) : this.resolve(name, from);
      if (found) return [found];
    }
    return [];
  }

  private exact(dotted: string): PyFile | undefined {
    const wanted = dotted.split('.');
    const candidates = this.byLast.get(wanted[wanted.length - 1]) ?? [];
    return candidates.find(({ parts }) => parts.length === wanted.length && parts.every((p, i) => p === wanted[i]))?.file;
  }

  /** Files reachable from `start` through local imports, up to `hops` steps, nearest first. */
  reachable(start: PyFile, hops: number): PyFile[] {
    const seen = new Set<PyFile>([start]);
    let frontier = [start];
    const out: PyFile[] = [];
    for (let step = 0; step < hops; step++) {
      const next: PyFile[] = [];
      for (const file of frontier) {
        for (const imp of file.facts.imports) {
          for (const target of this.resolveImport(imp, file)) {
            if (seen.has(target)) continue;
            seen.add(target);
            next.push(target);
          }
        }
      }
      pushAll(out, next);
      frontier = next;
    }
    return out;
  }
}

/** `..models.loader` imported from `pkg/api/routes.py` → `pkg.models.loader` (as a path from the root). */
export function absoluteOf(relative: string, fromPath: string): string | undefined {
  const dots = /^\.+/.exec(relative)?.[0].length ?? 0;
  const dir = dirParts(fromPath);
  if (dots - 1 > dir.length) return undefined;
  const base = dir.slice(0, dir.length - (dots - 1));
  const rest = relative.slice(dots);
  return [...base, ...(rest ? rest.split('.') : [])].join('.');
}

const INDEXES = new WeakMap<readonly PyFile[], ModuleIndex>();

/** The index of a repository's Python files, built once per file list (a detection context's `python`) and shared by the detectors. */
export function moduleIndexOf(files: readonly PyFile[]): ModuleIndex {
  let index = INDEXES.get(files);
  if (!index) INDEXES.set(files, (index = new ModuleIndex(files)));
  return index;
}
