// What `from module import *` takes from a module, read from its tree (never
// run): the public names it binds at module level (defs, classes,
// assignments, imports, also inside a module-level `if`, `try` or `with`),
// and its `__all__` when that is a literal list. And, for a file that
// star-imports, the names its code uses, so that a detector can tell which
// of the star-imported names it really uses (signals/lib/star-imports.ts follows
// them across the repository's own modules); the same for a module that
// imports nothing at all (signals/lib/unbound-names.ts).
import type { Node } from 'web-tree-sitter';
import { boundName } from './python-unused.js';
import { compact, stringValue } from './python-names.js';
import type { ImportFact, PythonFacts } from './types.js';

/** Most names kept: module-level names, and names used by a star-importing (or import-less) file. */
const MAX_GLOBALS = 500;
const MAX_USES = 2000;
/** Statements whose blocks still run at module level. */
const NESTED = new Set(['if_statement', 'elif_clause', 'else_clause', 'try_statement', 'except_clause', 'finally_clause', 'with_statement', 'block']);
const MAX_NESTING = 4;
/** Most module-level statements read (a generated file of a million assignments is not walked whole). */
const MAX_STATEMENTS = 20_000;
const TARGETS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern']);
const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield self cls print'.split(' '),
);

const isPublic = (name: string) => !name.startsWith('_');

/** Sets `globals` and `exportAll` of the facts from the module's tree. */
export function readModuleNames(root: Node, facts: PythonFacts): void {
  const globals = new Set<string>();
  let all: string[] | undefined;
  const add = (name: string | undefined) => {
    if (name && isPublic(name) && globals.size < MAX_GLOBALS) globals.add(name);
  };
  const targets = (node: Node | null): void => {
    if (!node) return;
    if (node.type === 'identifier') add(node.text);
    else if (TARGETS.has(node.type)) for (const c of node.namedChildren) targets(c);
  };
  const assignment = (node: Node): void => {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (left?.type === 'identifier' && left.text === '__all__') {
      all = [...(node.type === 'augmented_assignment' ? (all ?? []) : []), ...literalNames(right)];
      return;
    }
    if (node.type === 'augmented_assignment') return;
    targets(left);
    // `a = b = 1`
    if (right?.type === 'assignment') assignment(right);
  };
  let statements = 0;
  const visit = (node: Node, depth: number): void => {
    const count = node.namedChildCount;
    for (let i = 0; i < count; i++) {
      if (++statements > MAX_STATEMENTS) return;
      const child = node.namedChild(i);
      if (!child) continue;
      const type = child.type;
      if (type === 'function_definition' || type === 'class_definition') add(child.childForFieldName('name')?.text);
      else if (type === 'decorated_definition') add(child.childForFieldName('definition')?.childForFieldName('name')?.text);
      else if (type === 'expression_statement') {
        for (const e of child.namedChildren) if (e && (e.type === 'assignment' || e.type === 'augmented_assignment')) assignment(e);
      } else if (type === 'import_statement' || type === 'import_from_statement') importNames(child, add);
      else if (NESTED.has(type) && depth < MAX_NESTING) visit(child, depth + 1);
    }
  };
  visit(root, 0);
  if (globals.size > 0) facts.globals = [...globals];
  if (all !== undefined) facts.exportAll = all;
}

/** The names an import statement binds (`import a.b` → `a`, `from a import b as c` → `c`). */
function importNames(node: Node, add: (name: string | undefined) => void): void {
  const from = node.type === 'import_from_statement';
  for (const child of node.childrenForFieldName('name')) {
    if (child.type === 'aliased_import') add(child.childForFieldName('alias')?.text);
    else add(from ? compact(child.text) : compact(child.text).split('.')[0]);
  }
}

/** The string items of a list or tuple literal (`__all__ = ["a", "b"]`). */
function literalNames(node: Node | null): string[] {
  if (!node || (node.type !== 'list' && node.type !== 'tuple')) return [];
  const out: string[] = [];
  for (const c of node.namedChildren) {
    const s = c ? stringValue(c) : undefined;
    if (s !== undefined && /^[A-Za-z_]\w*$/.test(s)) out.push(s);
  }
  return out;
}

/** A `from x import *` (not `__future__`). */
export function isStarImport(imp: ImportFact): boolean {
  return imp.name === '*' && imp.module !== '__future__';
}

/**
 * For a file that star-imports: the names its code uses (`words`: every word
 * outside imports, comments and strings) that neither its own imports nor its
 * own module-level code bind, so a star import may bind them (`starUses`).
 */
export function readStarUses(words: ReadonlySet<string>, facts: PythonFacts): void {
  if (!facts.imports.some(isStarImport)) return;
  facts.starUses = unboundWords(words, facts);
}

/**
 * For a module with no import statement (a `__future__` one aside): the names
 * its code uses that its module-level code does not bind (`freeUses`), when
 * any. A script split out of a notebook uses `nn` or `torch` that another of
 * its files imports (signals/lib/unbound-names.ts).
 */
export function readFreeUses(words: ReadonlySet<string>, facts: PythonFacts): void {
  const free = unboundWords(words, facts);
  if (free.length > 0) facts.freeUses = free;
}

/** The words that neither the file's imports nor its module-level code bind, keywords left out. */
function unboundWords(words: ReadonlySet<string>, facts: PythonFacts): string[] {
  const bound = new Set<string>(facts.globals ?? []);
  for (const imp of facts.imports) {
    const name = boundName(imp);
    if (name !== undefined) bound.add(name);
  }
  const uses: string[] = [];
  for (const w of words) {
    if (uses.length >= MAX_USES) break;
    if (!bound.has(w) && !KEYWORDS.has(w)) uses.push(w);
  }
  return uses;
}
