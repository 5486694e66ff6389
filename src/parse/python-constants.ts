// String constants passed to a call by name: `sql = """SELECT ... <=> %s"""`
// then `cur.execute(sql, params)`, or `API_URL = "https://..."` then
// `requests.post(API_URL, ...)`. The value is recorded on the call
// (CallFact.resolved) only when it is certain: the name is bound exactly once,
// by an assignment of a string literal, in the scope the call reads it from
// (its function or class body, an enclosing function, or the module), and no
// `global` or `nonlocal` statement or definition anywhere in the file names it.
// Any other binding in that scope (a parameter, a loop or `with` target, a
// second assignment, an import, `del`, ...) leaves it unresolved. A constant
// of the call's own scope must be assigned before the call. Never across files.
import type { Node } from 'web-tree-sitter';
import type { CallFact } from './types.js';

/** A function or class body, as parsePython's scope stack opens it. */
export interface ScopeRange {
  kind: 'def' | 'class';
  start: number;
  end: number;
  node: Node;
  parent: ScopeRange | undefined;
}

/** A call that passes bare names, waiting for the file's constants. */
export interface NamedArguments {
  call: CallFact;
  names: readonly string[];
  /** Where the call starts (UTF-16 offset, as tree-sitter gives it). */
  at: number;
  /** The innermost def or class the call is in, undefined at module level. */
  scope: ScopeRange | undefined;
}

/** Longest value kept, after runs of whitespace are made one space. */
const MAX_VALUE = 2000;
/** More places than this naming one identifier: not worth the look (unresolved). */
const MAX_OCCURRENCES = 200;

/** A line that may assign a string literal to a name (`NAME = "`, `name: str = f'`, `sql = ("`); the tree decides. */
const ASSIGNED_STRING = /^[ \t]*([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=[ \t]*\(?\s*[rRbBfFuU]{0,2}["']/gm;

/** Parents under which an identifier is read, whatever its field (others are checked by field, or are bindings). */
const READS = new Set([
  'argument_list', 'call', 'binary_operator', 'boolean_operator', 'comparison_operator', 'not_operator', 'unary_operator',
  'return_statement', 'subscript', 'slice', 'interpolation', 'expression_statement', 'pair', 'conditional_expression',
  'await', 'yield', 'assert_statement', 'if_statement', 'elif_clause', 'while_statement', 'raise_statement', 'print_statement',
  'dictionary_splat', 'list_comprehension', 'set_comprehension', 'generator_expression', 'dictionary_comprehension',
  'if_clause', 'set', 'decorator', 'with_item', 'format_expression',
]);
/** Nodes an identifier can stand inside on either side of an assignment; a pattern is always a target. */
const WRAPPERS = new Set(['tuple', 'list', 'parenthesized_expression', 'expression_list', 'list_splat', 'pattern_list', 'tuple_pattern', 'list_pattern', 'list_splat_pattern']);
const PATTERNS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'list_splat_pattern']);

interface Binding {
  at: number;
  scope: ScopeRange | undefined;
  /** The literal's text, when the binding assigns a string literal. */
  value?: string;
}

/** Every binding of one name in the file; `declared` when a global/nonlocal statement or a def/class names it (or it is too common to look at). */
interface NameBindings {
  declared: boolean;
  bindings: Binding[];
}

type Role = { kind: 'none' | 'read' | 'declared' } | { kind: 'bind'; value?: string };

/** Adds the values of the string constants the calls pass by name (CallFact.resolved). */
export function resolveConstants(root: Node, text: string, pending: readonly NamedArguments[], ranges: readonly ScopeRange[]): void {
  if (pending.length === 0) return;
  const assigned = new Set<string>();
  for (const m of text.matchAll(ASSIGNED_STRING)) assigned.add(m[1]);
  const wanted = new Set(pending.flatMap((p) => p.names.filter((n) => assigned.has(n))));
  if (wanted.size === 0) return;
  const found = new Map<string, NameBindings>();
  for (const [name, places] of occurrences(text, wanted)) found.set(name, readBindings(root, name, places, ranges));
  for (const p of pending) {
    for (const name of p.names) {
      const bindings = found.get(name);
      const value = bindings && lookUp(bindings, p);
      if (value === undefined) continue;
      const resolved = (p.call.resolved ??= []);
      if (!resolved.includes(value)) resolved.push(value);
    }
  }
}

const WORD = /\w/;

/** Where each wanted name stands in the text as a whole word (strings and comments included; the tree sorts them out). */
function occurrences(text: string, wanted: ReadonlySet<string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const name of wanted) {
    const places: number[] = [];
    for (let at = text.indexOf(name); at !== -1 && places.length <= MAX_OCCURRENCES; at = text.indexOf(name, at + name.length)) {
      if (!WORD.test(text.charAt(at - 1)) && !WORD.test(text.charAt(at + name.length))) places.push(at);
    }
    out.set(name, places);
  }
  return out;
}

function readBindings(root: Node, name: string, places: readonly number[], ranges: readonly ScopeRange[]): NameBindings {
  if (places.length > MAX_OCCURRENCES) return { declared: true, bindings: [] };
  const bindings: Binding[] = [];
  for (const at of places) {
    const role = roleAt(root, at, name.length);
    if (role.kind === 'declared') return { declared: true, bindings: [] };
    if (role.kind === 'bind') bindings.push({ at, scope: innermost(ranges, at), ...(role.value !== undefined ? { value: role.value } : {}) });
  }
  return { declared: false, bindings };
}

/** The innermost def or class whose text holds the offset (ranges are in document order and nest). */
function innermost(ranges: readonly ScopeRange[], at: number): ScopeRange | undefined {
  for (let i = ranges.length - 1; i >= 0; i--) if (ranges[i].start <= at && at < ranges[i].end) return ranges[i];
  return undefined;
}

function same(a: Node | null, b: Node): boolean {
  return a !== null && a.startIndex === b.startIndex && a.endIndex === b.endIndex;
}

/** What the identifier at `at` does with its name: read it, bind it (with the string literal assigned), or declare it. */
function roleAt(root: Node, at: number, length: number): Role {
  const node = root.descendantForIndex(at, at + length);
  // Inside a string, a comment or a longer token: not this name.
  if (!node || node.startIndex !== at || node.endIndex !== at + length) return { kind: 'none' };
  const nodeType = node.type;
  // The same letters as a string's whole text or as a keyword: not this name.
  if (nodeType === 'string_content' || nodeType === 'comment' || !node.isNamed) return { kind: 'none' };
  // A soft keyword used as a name (`match`, `type`): not looked at further.
  if (nodeType !== 'identifier') return { kind: 'bind' };
  let child: Node = node;
  let parent = node.parent;
  while (parent) {
    const type = parent.type;
    if (!WRAPPERS.has(type)) break;
    if (PATTERNS.has(type)) return { kind: 'bind' };
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return { kind: 'bind' };
  const type = parent.type;
  switch (type) {
    case 'attribute':
      return same(parent.childForFieldName('object'), child) ? { kind: 'read' } : { kind: 'none' };
    case 'keyword_argument':
      return same(parent.childForFieldName('name'), child) ? { kind: 'none' } : { kind: 'read' };
    case 'assignment': {
      if (!same(parent.childForFieldName('left'), child)) return { kind: 'read' };
      const value = child === node ? literalValue(parent.childForFieldName('right')) : undefined;
      return value === undefined ? { kind: 'bind' } : { kind: 'bind', value };
    }
    case 'augmented_assignment':
    case 'for_statement':
    case 'for_in_clause':
      return same(parent.childForFieldName('left'), child) ? { kind: 'bind' } : { kind: 'read' };
    case 'default_parameter':
    case 'typed_default_parameter':
    case 'named_expression':
      return same(parent.childForFieldName('name'), child) ? { kind: 'bind' } : { kind: 'read' };
    case 'lambda':
      return same(parent.childForFieldName('body'), child) ? { kind: 'read' } : { kind: 'bind' };
    case 'function_definition':
    case 'class_definition':
      // The name is bound in the enclosing scope but stands inside the definition's own text: not followed.
      return same(parent.childForFieldName('name'), child) ? { kind: 'declared' } : { kind: 'read' };
    case 'global_statement':
    case 'nonlocal_statement':
      return { kind: 'declared' };
    default:
      return READS.has(type) ? { kind: 'read' } : { kind: 'bind' };
  }
}

/** The text of a string literal (implicitly concatenated parts joined, in parentheses or not), interpolations as written. */
function literalValue(node: Node | null): string | undefined {
  if (!node) return undefined;
  const type = node.type;
  if (type === 'parenthesized_expression') return node.namedChildCount === 1 ? literalValue(node.namedChild(0)) : undefined;
  const parts: string[] = [];
  if (type === 'concatenated_string') {
    for (const c of node.namedChildren) {
      if (!c || c.type !== 'string') continue;
      parts.push(...contents(c));
    }
  } else if (type === 'string') parts.push(...contents(node));
  else return undefined;
  const value = parts.join('').replace(/\s+/g, ' ').trim();
  return value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value;
}

function contents(literal: Node): string[] {
  const out: string[] = [];
  for (const c of literal.namedChildren) if (c && (c.type === 'string_content' || c.type === 'interpolation')) out.push(c.text);
  return out;
}

/**
 * The value the call reads for the name: the one binding of the first scope,
 * innermost out, that binds it (a class body only as the call's own scope),
 * if that binding assigns a string literal.
 */
function lookUp(found: NameBindings, p: NamedArguments): string | undefined {
  if (found.declared) return undefined;
  let scope = p.scope;
  // A call in a def's header (a default value) runs in the enclosing scope.
  if (scope?.kind === 'def' && p.at < (scope.node.childForFieldName('body')?.startIndex ?? scope.end)) scope = scope.parent;
  let own = true;
  for (;;) {
    if (!own && scope?.kind === 'class') {
      scope = scope.parent;
      continue;
    }
    const here = found.bindings.filter((b) => b.scope === scope);
    if (here.length > 1) return undefined;
    if (here.length === 1) {
      const [b] = here;
      return own && b.at > p.at ? undefined : b.value;
    }
    if (!scope) return undefined;
    scope = scope.parent;
    own = false;
  }
}
