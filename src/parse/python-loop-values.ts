// What a loop's syntax says about its values, for python-loops.ts: literal
// lists of settings, the names a target binds, the names an expression reads
// a value from, a comparison's operators.
import type { Node } from 'web-tree-sitter';
import { stringValue } from './python-names.js';

/** What a literal list holds: constants (numbers, booleans, `None`, or lists of them), strings only, or config dicts. */
export type LiteralKind = 'numbers' | 'strings' | 'configs';

/** Longest literal read as a list of settings (a longer one is data). */
const MAX_ITEMS = 200;
const NUMBER = new Set(['integer', 'float', 'true', 'false', 'none']);

/** A constant, a number under a sign, or a short list or tuple of them: one setting's value. */
function constant(node: Node): 'number' | 'string' | undefined {
  const type = node.type;
  if (NUMBER.has(type)) return 'number';
  if (type === 'unary_operator') return NUMBER.has(node.namedChild(0)?.type ?? '') ? 'number' : undefined;
  if (type === 'string' || type === 'concatenated_string') return stringValue(node, type) !== undefined && !node.text.includes('{') ? 'string' : undefined;
  if ((type === 'list' || type === 'tuple') && node.namedChildCount <= MAX_ITEMS) return node.namedChildren.every((c) => c !== null && constant(c) !== undefined) ? 'number' : undefined;
  return undefined;
}

/** A dict literal of settings: keys given constants. */
function config(node: Node): boolean {
  if (node.type !== 'dictionary' || node.namedChildCount > MAX_ITEMS) return false;
  const pairs = node.namedChildren.filter((c) => c !== null && c.type !== 'comment');
  return pairs.length > 0 && pairs.every((p) => p?.type === 'pair' && constant(p.childForFieldName('value') ?? p) !== undefined);
}

/** The kind of a list, tuple or set literal of two or more settings. */
export function literalKind(node: Node): LiteralKind | undefined {
  const type = node.type;
  if ((type !== 'list' && type !== 'tuple' && type !== 'set') || node.namedChildCount < 2 || node.namedChildCount > MAX_ITEMS) return undefined;
  const items = node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
  if (items.length < 2) return undefined;
  if (items.every(config)) return 'configs';
  const kinds = items.map(constant);
  if (kinds.some((k) => k === undefined)) return undefined;
  return kinds.every((k) => k === 'string') ? 'strings' : 'numbers';
}

/** Identifiers bound by a target (`k, (a, b)` → k, a, b). */
export function targetNames(node: Node): string[] {
  if (node.type === 'identifier') return [node.text];
  if (node.namedChildCount > 24) return [];
  return node.namedChildren.flatMap((c) => (c ? targetNames(c) : []));
}

/** The name a value is read from: `x`, `x.attr`, `x[k]`, `*x`, `**x` → x. */
function valueName(node: Node): string | undefined {
  let at: Node | null = node;
  for (let i = 0; i < 4 && at; i++) {
    const type: string = at.type;
    if (type === 'identifier') return at.text;
    if (type === 'attribute') at = at.childForFieldName('object');
    else if (type === 'subscript') at = at.childForFieldName('value');
    else if (type === 'list_splat' || type === 'dictionary_splat' || type === 'parenthesized_expression') at = at.namedChild(0);
    else return undefined;
  }
  return undefined;
}

/** Containers and operations whose direct parts a value is read from (`(sigma,)`, `{"C": C}`, `10 ** e`). */
const HOLDERS = new Set(['dictionary', 'list', 'tuple', 'set', 'binary_operator']);

/** The names a value is read from: the expression's own (valueName), or its direct parts' in a container or an operation. */
export function heldNames(node: Node): string[] {
  if (!HOLDERS.has(node.type) || node.namedChildCount > 24) {
    const name = valueName(node);
    return name ? [name] : [];
  }
  return node.namedChildren.flatMap((c) => {
    const name = c ? valueName(c.type === 'pair' ? (c.childForFieldName('value') ?? c) : c) : undefined;
    return name ? [name] : [];
  });
}

/** The names an iterable reads its items from (`data.items()` → data; `json.loads(raw)["x"]` → json, raw), not functions' or attributes' own names. */
export function sourceNames(node: Node): string[] {
  const out: string[] = [];
  const stack = [node];
  for (let steps = 0; stack.length > 0 && out.length < 6 && steps < 64; steps++) {
    const at = stack.pop() as Node;
    const type = at.type;
    if (type === 'identifier') {
      if (!out.includes(at.text)) out.push(at.text);
    } else if (type === 'attribute') {
      const object = at.childForFieldName('object');
      if (object) stack.push(object);
    } else if (type === 'call') {
      const fn = at.childForFieldName('function');
      const args = at.childForFieldName('arguments');
      if (args) stack.push(args);
      if (fn?.type === 'attribute') stack.push(fn);
    } else if (at.namedChildCount <= 8 && type !== 'lambda') for (const c of at.namedChildren) if (c) stack.push(c);
  }
  return out;
}

/** The operator tokens of a comparison (`<`, `not in`). */
export function operators(node: Node): string[] {
  return node.children.filter((c): c is Node => c !== null && !c.isNamed).map((c) => c.type);
}
