// Modules that import nothing and use names the repository's other files
// import: a script split out of one notebook (utils.py holds the imports,
// model.py writes `class OCRCNN(nn.Module)` with no import at all) runs only
// with those imports in force. A name such a module uses and never binds
// (PythonFacts.freeUses) is given to it as the import the rest of the
// repository writes for it, when that is unambiguous: every import of the
// name, in any file, binds it to the same thing (`nn` is `torch.nn`
// everywhere), no file defines it itself (a def, class or assignment), and
// the module does not bind it locally either (a parameter, a loop target, an
// assignment from a call). The import is placed at the module's first use of
// the name (`import torch.nn as nn (not imported here: utils.py:12)`), and
// calls, bases and decorators are resolved through it
// (lib/star-imports.ts's resolveThrough). A module with an import of its own
// is meant to stand alone: a name it uses unbound is a bug or a builtin, not
// evidence, and is left as written. So are notebooks.
import { boundName } from '../../parse/python-unused.js';
import type { ImportFact, Loc, PythonFacts } from '../../parse/types.js';
import type { PyFile } from '../py-files.js';
import { importTarget } from '../py-files.js';
import { BUILTINS, resolveThrough } from './star-imports.js';

/** What a name means where it is imported: the import written, and where. */
interface Meaning {
  target: string;
  imp: ImportFact;
  path: string;
}

/** Names the repository's imports bind to one meaning only (`undefined` for names bound two ways, or defined by a file). */
function meanings(files: readonly PyFile[]): Map<string, Meaning | undefined> {
  const out = new Map<string, Meaning | undefined>();
  for (const file of files) {
    const imported = new Set<string>();
    for (const imp of file.facts.imports) {
      const name = boundName(imp);
      if (name === undefined) continue;
      imported.add(name);
      // `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
      const target = imp.name === undefined && !imp.alias ? imp.module.split('.')[0] : importTarget(imp);
      const known = out.get(name);
      if (!out.has(name)) out.set(name, imp.module.startsWith('.') ? undefined : { target, imp, path: file.path });
      else if (known && known.target !== target) out.set(name, undefined);
    }
    // A module-level def, class or assignment of the name: not one meaning.
    for (const name of file.facts.globals ?? []) if (!imported.has(name)) out.set(name, undefined);
  }
  return out;
}

/** Names a module binds in its own scopes: parameters, loop targets, names assigned from calls. */
function locallyBound(facts: PythonFacts): Set<string> {
  const names = new Set<string>();
  for (const fn of facts.functions) for (const p of fn.params ?? []) names.add(p);
  for (const loop of facts.loops ?? []) for (const t of loop.targets) names.add(t);
  for (const call of facts.calls) for (const b of call.bound ?? []) names.add(b);
  return names;
}

/** The first name of a dotted name (`nn.Module` → `nn`, `F.relu(x).sum` → `F`). */
function head(name: string): string {
  const end = name.search(/[.([]/);
  return end === -1 ? name : name.slice(0, end);
}

function earlier(a: Loc | undefined, b: Loc): Loc {
  if (!a) return b;
  return (b.cell ?? 0) < (a.cell ?? 0) || ((b.cell ?? 0) === (a.cell ?? 0) && b.line < a.line) ? b : a;
}

/** Where the module first uses each of `names` in a call, a base class or a decorator. */
function firstUses(facts: PythonFacts, names: ReadonlySet<string>): Map<string, Loc> {
  const out = new Map<string, Loc>();
  const see = (name: string, at: Loc) => {
    const h = head(name);
    if (names.has(h)) out.set(h, earlier(out.get(h), { line: at.line, ...(at.cell !== undefined ? { cell: at.cell } : {}) }));
  };
  for (const call of facts.calls) {
    see(call.name, call);
    if (call.receiver !== undefined) see(call.receiver, call);
  }
  for (const cls of facts.classes) {
    for (const base of cls.bases) see(base, cls);
    for (const d of cls.decorators) see(d.name, d);
  }
  for (const fn of facts.functions) for (const d of fn.decorators) see(d.name, d);
  return out;
}

/** The files with the free names of import-less modules resolved; `files` itself when there is nothing to resolve. */
export function linkUnboundNames(files: readonly PyFile[]): readonly PyFile[] {
  const free = files.filter((f) => !f.notebook && f.facts.freeUses !== undefined);
  if (free.length === 0) return files;
  const known = meanings(files);
  const linked = new Map<PyFile, PyFile>();
  for (const file of free) {
    const local = locallyBound(file.facts);
    const names = new Map<string, Meaning>();
    for (const name of file.facts.freeUses ?? []) {
      const meaning = known.get(name);
      if (meaning && !local.has(name) && !BUILTINS.has(name)) names.set(name, meaning);
    }
    const used = firstUses(file.facts, new Set(names.keys()));
    if (used.size === 0) continue;
    const imports: ImportFact[] = [...used].map(([name, at]) => {
      const { imp, path } = names.get(name) as Meaning;
      const fact: ImportFact = { module: imp.module, text: `${imp.text} (not imported here: ${path}:${imp.line})`, line: at.line };
      if (imp.name !== undefined) fact.name = imp.name;
      if (imp.alias !== undefined) fact.alias = imp.alias;
      if (at.cell !== undefined) fact.cell = at.cell;
      return fact;
    });
    const resolve = (name: string): string => {
      const h = head(name);
      const meaning = used.has(h) ? names.get(h) : undefined;
      return meaning ? meaning.target + name.slice(h.length) : name;
    };
    linked.set(file, { ...file, facts: { ...resolveThrough(file.facts, resolve), imports: [...file.facts.imports, ...imports] } });
  }
  return linked.size === 0 ? files : files.map((f) => linked.get(f) ?? f);
}
