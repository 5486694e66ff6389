// Definitions in a Python tree → facts: functions (decorators, annotations,
// placeholder bodies) and classes (bases, methods, annotated fields). Split
// from python.ts, which walks the tree and calls these for each definition.
import type { Node } from 'web-tree-sitter';
import { dottedName, line, readArguments } from './python-names.js';
import { isIdentityBody, isPlaceholderBody } from './python-placeholder.js';
import type { ClassFact, DecoratorFact, FieldFact, FunctionFact } from './types.js';

function readDecorators(node: Node, resolve: (d: string) => string): DecoratorFact[] {
  const parent = node.parent;
  if (!parent || parent.type !== 'decorated_definition') return [];
  const out: DecoratorFact[] = [];
  for (const child of parent.namedChildren) {
    if (!child || child.type !== 'decorator') continue;
    const expr = child.namedChildren[0];
    if (!expr) continue;
    if (expr.type === 'call') {
      const fn = expr.childForFieldName('function');
      const dotted = fn ? dottedName(fn) : undefined;
      if (!dotted) continue;
      const { strings } = readArguments(expr.childForFieldName('arguments'));
      out.push({ name: dotted.startsWith('?') ? dotted : resolve(dotted), strings, line: line(child) });
    } else {
      const dotted = dottedName(expr);
      if (dotted) out.push({ name: dotted.startsWith('?') ? dotted : resolve(dotted), strings: [], line: line(child) });
    }
  }
  return out;
}

export function readFunction(node: Node, resolve: (d: string) => string, cls: string | undefined): FunctionFact {
  const name = node.childForFieldName('name')?.text ?? '?';
  const params = node.childForFieldName('parameters');
  const typedParam = params?.namedChildren.some((p) => p !== null && isTyped(p.type));
  const annotated = Boolean(typedParam) || node.childForFieldName('return_type') !== null;
  const paramTypes = typedParam ? annotationNames(params) : [];
  const fact: FunctionFact = {
    name,
    // `async` is the first token of an async def.
    isAsync: node.firstChild?.type === 'async',
    annotated,
    decorators: readDecorators(node, resolve),
    calls: [],
    line: line(node),
    endLine: node.endPosition.row + 1,
  };
  if (cls) fact.className = cls;
  const names = paramNames(params);
  if (names.length > 0) fact.params = names;
  if (paramTypes.length > 0) fact.paramTypes = paramTypes;
  if (isPlaceholderBody(node)) fact.placeholder = true;
  else if (isIdentityBody(node, names)) fact.identity = true;
  return fact;
}

/** Parameters by name (`x`, `x: T`, `x=1`, `x: T = 1`); `*args`, `**kw`, `self` and `cls` left out. */
function paramNames(params: Node | null): string[] {
  const out: string[] = [];
  for (const p of params?.namedChildren ?? []) {
    if (!p) continue;
    const id = p.type === 'identifier' ? p : p.type === 'default_parameter' || p.type === 'typed_default_parameter' ? p.childForFieldName('name') : p.type === 'typed_parameter' ? p.namedChild(0) : null;
    if (id?.type === 'identifier' && id.text !== 'self' && id.text !== 'cls') out.push(id.text);
  }
  return out;
}

/** A parameter with a type annotation (a node's `type` is a call into wasm: asked once). */
function isTyped(type: string): boolean {
  return type === 'typed_parameter' || type === 'typed_default_parameter';
}

/** The names in the type annotations of a function's parameters (`item: Optional[Item]` → `Optional`, `Item`). */
function annotationNames(params: Node | null): string[] {
  const out = new Set<string>();
  for (const p of params?.namedChildren ?? []) {
    if (!p || !isTyped(p.type)) continue;
    const type = p.childForFieldName('type');
    if (!type) continue;
    for (const id of type.descendantsOfType('identifier')) if (id) out.add(id.text);
  }
  return [...out];
}

export function readClass(node: Node, resolve: (d: string) => string): ClassFact {
  const name = node.childForFieldName('name')?.text ?? '?';
  const bases: string[] = [];
  const superclasses = node.childForFieldName('superclasses');
  for (const base of superclasses?.namedChildren ?? []) {
    if (!base || base.type === 'keyword_argument') continue;
    const dotted = dottedName(base);
    if (dotted && !dotted.startsWith('?')) bases.push(resolve(dotted));
  }
  const methods: string[] = [];
  const body = node.childForFieldName('body');
  for (const stmt of body?.namedChildren ?? []) {
    if (!stmt) continue;
    const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
    if (def?.type === 'function_definition') {
      const m = def.childForFieldName('name')?.text;
      if (m) methods.push(m);
    }
  }
  const cls: ClassFact = { name, bases, methods, decorators: readDecorators(node, resolve), line: line(node) };
  const fields = readFields(body, resolve);
  if (fields.length > 0) cls.fields = fields;
  return cls;
}

/** Annotated attributes of a class body: `name: type` or `name: type = value`. */
function readFields(body: Node | null, resolve: (d: string) => string): FieldFact[] {
  const out: FieldFact[] = [];
  for (const stmt of body?.namedChildren ?? []) {
    if (stmt?.type !== 'expression_statement') continue;
    const assign = stmt.namedChildren[0];
    if (assign?.type !== 'assignment') continue;
    const left = assign.childForFieldName('left');
    const type = assign.childForFieldName('type');
    const value = assign.childForFieldName('right');
    // Unannotated, only a call's value is a field (marshmallow `age = fields.Int(validate=...)`), never configuration.
    if (left?.type !== 'identifier' || (!type && (value?.type !== 'call' || /^(__\w+__|model_config|Config|Meta)$/.test(left.text)))) continue;
    const field: FieldFact = { name: left.text, type: type ? type.text.slice(0, 200) : '', line: line(assign) };
    if (value?.type === 'call') {
      const callee = value.childForFieldName('function');
      const dotted = callee ? dottedName(callee) : undefined;
      if (dotted && !dotted.startsWith('?')) field.call = { name: resolve(dotted), kwargs: readArguments(value.childForFieldName('arguments')).kwargs };
    }
    out.push(field);
  }
  return out;
}
