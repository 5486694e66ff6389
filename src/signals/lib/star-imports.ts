// Star imports of the repository's own modules. `from .dependencies import *`
// binds in the importing file every public name of that module (or those of
// its `__all__`), the names the module imported itself included: after
// `from openai import OpenAI` there, `OpenAI(...)` in the importer is the
// library's. Each name the importer's code uses (PythonFacts.starUses) is
// given to it as the explicit import it stands for, at the star import's
// line (`from .dependencies import * (OpenAI: openai.OpenAI, src/dependencies.py:1)`),
// and its calls, bases and decorators are resolved through it, as a written
// `from openai import OpenAI` would have done at parse time. Followed
// through the modules' own star imports (a bounded depth, cycles cut).
// The module's own import stays as it was: used there only if that file
// uses it, so one import is never a use in both files. A star import none
// of whose names the importer uses is unused (ImportFact.unused). A star
// import of an installed package (`from tensorflow.keras.layers import *`)
// names the package itself; when it is the file's only one, the names the
// file calls and never binds (`Dense(10)`, `ImageDataLoaders.from_folder`,
// not builtins, not a method on a lower-case local) are resolved into it,
// as its names would be (`tensorflow.keras.layers.Dense`).
import { isStarImport } from '../../parse/python-globals.js';
import { boundName } from '../../parse/python-unused.js';
import type { ClassFact, DecoratorFact, FunctionFact, ImportFact, PythonFacts } from '../../parse/types.js';
import { absoluteOf, ModuleIndex, moduleParts } from './local-modules.js';
import type { PyFile } from '../py-files.js';

/** Star imports followed from a module (a re-export of a re-export ...). */
const MAX_DEPTH = 4;
/** Modules read per repository, at most: a web of packages star-importing each other is not walked without end. */
const BUDGET = 20_000;
/** Python's builtins: never a star-imported name. Exceptions and warnings go by their ending. */
export const BUILTINS = new Set(
  ('abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr dict dir ' +
    'display divmod enumerate eval exec exit filter float format frozenset get_ipython getattr globals hasattr hash help hex id input int isinstance ' +
    'issubclass iter len license list locals map max memoryview min next object oct open ord pow print property quit range repr reversed round set ' +
    'setattr slice sorted staticmethod str sum super tuple type vars zip __import__ NotImplemented Ellipsis').split(' '),
);
const BUILTIN_CLASS = /(Error|Exception|Warning|Exit|Interrupt|Iteration)$/;

/** What one name a module exports means. */
interface Binding {
  /** The import the importer would have written for it. */
  module: string;
  name?: string;
  alias?: string;
  /** The name resolved (`openai.OpenAI`); for a name the module defines, `undefined` (the importer's own path to it is used). */
  target?: string;
  /** Where it is bound, for the reader: `src/dependencies.py:1`, or the defining file. */
  where: string;
  /** The local file that defines it (a def, class or assignment), when it is not an import. */
  own?: PyFile;
}

type Exports = Map<string, Binding>;

/** `module` + `.name` as a resolved dotted name (`.` + `x` → `.x`). */
function join(module: string, name: string): string {
  return module.endsWith('.') ? `${module}${name}` : `${module}.${name}`;
}

/** The files with their star imports of local modules resolved; `files` itself when no file has any. */
export function linkStarImports(files: readonly PyFile[]): readonly PyFile[] {
  if (!files.some((f) => f.facts.imports.some(isStarImport))) return files;
  const linker = new StarLinker(new ModuleIndex(files));
  let changed = false;
  const out = files.map((f) => {
    const linked = linker.link(f);
    changed ||= linked !== f;
    return linked;
  });
  return changed ? out : files;
}

class StarLinker {
  private readonly memo = new Map<PyFile, Exports>();
  private budget = BUDGET;
  private readonly index: ModuleIndex;

  constructor(index: ModuleIndex) {
    this.index = index;
  }

  link(file: PyFile): PyFile {
    const stars = file.facts.imports.filter(isStarImport);
    if (stars.length === 0) return file;
    const uses = new Set(file.facts.starUses ?? []);
    const imports: ImportFact[] = [];
    const targets = new Map<string, string>();
    const installed: string[] = [];
    let changed = false;
    for (const imp of file.facts.imports) {
      const module = isStarImport(imp) ? this.index.resolveImport(imp, file)[0] : undefined;
      if (!module) {
        if (isStarImport(imp) && !imp.module.startsWith('.')) installed.push(imp.module);
        imports.push(imp);
        continue;
      }
      const used = [...this.exportsOf(module, MAX_DEPTH, new Set()).exports].filter(([name]) => uses.has(name));
      changed = true;
      imports.push(used.length === 0 ? { ...imp, unused: true } : imp);
      for (const [name, b] of used) {
        // A name the star-imported module defines is reached by the importer's own path to it (`.utils.generate_question`).
        const direct = b.own === module;
        const fact: ImportFact = { module: direct ? imp.module : b.module, text: `${imp.text} (${name}: ${b.target ?? join(direct ? imp.module : b.module, name)}, ${b.where})`, line: imp.line };
        if (b.name !== undefined || b.own) fact.name = b.name ?? name;
        if (b.alias !== undefined) fact.alias = b.alias;
        if (imp.cell !== undefined) fact.cell = imp.cell;
        imports.push(fact);
        targets.set(name, b.target ?? join(fact.module, name));
      }
    }
    const from = installed.length === 1 ? installed[0] : undefined;
    if (!changed && from === undefined) return file;
    const resolve = (name: string): string => {
      const end = name.search(/[.([]/);
      const head = end === -1 ? name : name.slice(0, end);
      const target = targets.get(head);
      if (target !== undefined) return target + name.slice(head.length);
      const exported = from !== undefined && uses.has(head) && !BUILTINS.has(head) && !BUILTIN_CLASS.test(head);
      return exported && (end === -1 || /^[A-Z]/.test(head)) ? `${from}.${name}` : name;
    };
    return { ...file, facts: { ...resolveThrough(file.facts, resolve), imports: changed ? imports : file.facts.imports } };
  }

  /** The names `from module import *` binds, and whether they are all known (no cycle or depth cut on the way). */
  private exportsOf(file: PyFile, depth: number, visiting: Set<PyFile>): { exports: Exports; complete: boolean } {
    const known = this.memo.get(file);
    if (known) return { exports: known, complete: true };
    if (--this.budget < 0) return { exports: new Map(), complete: false };
    visiting.add(file);
    let complete = true;
    const globals = new Set(file.facts.globals ?? []);
    const imported: Exports = new Map();
    const starred: Exports = new Map();
    for (const imp of file.facts.imports) {
      if (isStarImport(imp)) {
        const target = this.index.resolveImport(imp, file)[0];
        if (!target) continue;
        if (depth === 0 || visiting.has(target)) {
          complete = false;
          continue;
        }
        const inner = this.exportsOf(target, depth - 1, visiting);
        complete &&= inner.complete;
        for (const [name, b] of inner.exports) starred.set(name, b);
        continue;
      }
      const name = boundName(imp);
      // Only imports at module level bind a module's name (an import in a function binds a local).
      if (name === undefined || !globals.has(name)) continue;
      const b = this.importBinding(imp, file);
      if (b) imported.set(name, b);
    }
    visiting.delete(file);
    const all = file.facts.exportAll;
    const names = all ?? [...new Set([...globals, ...starred.keys()])].filter((n) => !n.startsWith('_'));
    const exports: Exports = new Map();
    const own = (): Binding => ({ module: moduleParts(file.path).join('.'), where: file.path, own: file });
    for (const name of names) {
      // A name `__all__` lists that nothing binds is a submodule of the package (`pkg/__init__.py` → `pkg.name`).
      const b = imported.get(name) ?? (globals.has(name) ? own() : starred.get(name)) ?? (all ? own() : undefined);
      if (b) exports.set(name, b);
    }
    if (complete) this.memo.set(file, exports);
    return { exports, complete };
  }

  /** What a module-level import of `file` binds, written from the repository's root (relative modules made absolute). */
  private importBinding(imp: ImportFact, file: PyFile): Binding | undefined {
    const where = `${file.path}:${imp.line}`;
    let module = imp.module;
    if (module.startsWith('.')) {
      const absolute = absoluteOf(module, file.path);
      if (absolute === undefined) return undefined;
      // `from . import x` at the root: the module `x`.
      if (absolute === '') return imp.name ? { module: imp.name, alias: imp.alias, target: imp.name, where } : undefined;
      module = absolute;
    }
    if (imp.name !== undefined) return { module, name: imp.name, alias: imp.alias, target: join(module, imp.name), where };
    // `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
    return { module, alias: imp.alias, target: imp.alias ? module : module.split('.')[0], where };
  }
}

/** The facts with each name resolved through the star imports (`OpenAI` → `openai.OpenAI`); lib/unbound-names.ts too. */
export function resolveThrough(facts: PythonFacts, resolve: (name: string) => string): PythonFacts {
  const decorators = (ds: DecoratorFact[]) => ds.map((d) => ({ ...d, name: resolve(d.name) }));
  const functions = facts.functions.map((fn): FunctionFact => ({ ...fn, calls: fn.calls.map(resolve), decorators: decorators(fn.decorators) }));
  const classes = facts.classes.map(
    (cls): ClassFact => ({
      ...cls,
      bases: cls.bases.map(resolve),
      decorators: decorators(cls.decorators),
      ...(cls.fields ? { fields: cls.fields.map((f) => (f.call ? { ...f, call: { ...f.call, name: resolve(f.call.name) } } : f)) } : {}),
    }),
  );
  const calls = facts.calls.map((c) => {
    const name = resolve(c.name);
    const receiver = c.receiver === undefined ? undefined : resolve(c.receiver);
    return name === c.name && receiver === c.receiver ? c : { ...c, name, ...(receiver !== undefined ? { receiver } : {}) };
  });
  return { ...facts, calls, functions, classes };
}
