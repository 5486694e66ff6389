// Two small facts of a call that say what it computes from which values,
// without following data flow: the names it assigns its result to
// (`p = predict(model, X_val)` → `p`, CallFact.bound), and the names compared
// with `==` / `!=` or subtracted in its positional arguments or in the
// expression it is a method of (`np.mean(p != y_val)`, `((pred - y) ** 2).mean()`
// → `p`, `y_val`; `pred`, `y`, CallFact.compared). Read by model_evaluation
// for an error or accuracy computed by hand on held-out data.
import type { Node } from 'web-tree-sitter';
import type { ArgumentNode } from './python-names.js';
import type { PythonFacts } from './python-types.js';

/** Most names kept for one call. */
const MAX_NAMES = 24;
/** Argument types an `==`, `!=` or `-` can stand in, at the top or under parentheses and other operators. */
const OPERATOR_HOLDERS = new Set(['comparison_operator', 'binary_operator', 'parenthesized_expression', 'unary_operator', 'boolean_operator', 'not_operator']);
/** Assignment targets of several names (`a, b = f()`). */
const TARGET_LISTS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'expression_list', 'tuple', 'list']);

/**
 * Records, from an assignment of a call (`a = f()`, `a, _ = f()`, `a: T = f()`),
 * the plain names it binds under the call's start, for the call to take
 * (boundAt). Captures come parents first, so the assignment is seen before its
 * call, and the first call starting there is the outer one (`f(x)(y)`).
 */
export function readAssignment(node: Node, pending: Map<number, string[]>, facts?: PythonFacts): void {
  const right = node.childForFieldName('right');
  if (!right) return;
  const left = node.childForFieldName('left');
  if (!left) return;
  const type = left.type;
  const names: string[] = [];
  if (type === 'identifier') names.push(left.text);
  else if (TARGET_LISTS.has(type)) {
    for (const c of left.namedChildren) if (c && c.type === 'identifier' && c.text !== '_' && names.length < MAX_NAMES) names.push(c.text);
  }
  if (names.length === 0) return;
  if (right.type === 'call') pending.set(right.startIndex, names);
  else if (facts) readPart(right, names, node.startPosition.row + 1, facts);
}

/** Expressions that keep a part of a value: `x.a`, `x[0]`, `x or ""`, `await x`, `(x)`. */
const PART_OF: Record<string, string> = { attribute: 'object', subscript: 'value' };

/**
 * PythonFacts.parts: names assigned a part of another value (`answer =
 * completion.choices[0].message.content` → of `completion`; `text =
 * client.create(...).content or ""` → of the call on that line).
 */
function readPart(right: Node, names: string[], at: number, facts: PythonFacts): void {
  let node: Node | null = right;
  let steps = 0;
  while (node && steps++ < 12) {
    if (node.type === 'identifier') {
      (facts.parts ??= []).push({ line: at, names, of: node.text });
      return;
    }
    if (node.type === 'call') {
      if (node.startPosition.row + 1 === at) (facts.parts ??= []).push({ line: at, names });
      return;
    }
    const field = PART_OF[node.type];
    if (field) node = node.childForFieldName(field);
    else if (node.type === 'boolean_operator' && node.childForFieldName('operator')?.type === 'or') node = node.childForFieldName('left');
    else if (node.type === 'await' || node.type === 'parenthesized_expression') node = node.namedChild(0);
    else return;
  }
}

/** The names an assignment binds to the call starting at `start` (readAssignment), taken once. */
export function boundAt(start: number, pending: Map<number, string[]>): string[] | undefined {
  const names = pending.get(start);
  if (names) pending.delete(start);
  return names;
}

/**
 * The names in operands of `==`, `!=` or `-` in a call's positional arguments
 * (`args`: the argument nodes and types, python-names.ts › readArguments), or
 * in the parenthesised expression it is a method of. `onExpression`: the
 * function is an attribute of something other than a plain name chain (its
 * dotted name starts with `?`); a plain chain has no parentheses to look into.
 */
export function comparedNames(fn: Node, onExpression: boolean, args: readonly ArgumentNode[]): string[] {
  const out: string[] = [];
  const roots: Node[] = [];
  if (onExpression) {
    const object = fn.childForFieldName('object');
    if (object && object.type === 'parenthesized_expression') roots.push(object);
  }
  for (const arg of args) if (OPERATOR_HOLDERS.has(arg.type)) roots.push(arg.node);
  for (const root of roots) findOperators(root, out);
  return out;
}

/** An `==` / `!=` comparison or a subtraction. */
function isComparing(node: Node, type: string): boolean {
  if (type === 'comparison_operator') return node.children.some((c) => c !== null && (c.type === '==' || c.type === '!='));
  if (type === 'binary_operator') return node.childForFieldName('operator')?.type === '-';
  return false;
}

/** Walks operators and parentheses (not into calls, lambdas or comprehensions, whose own facts hold theirs) for comparisons. */
function findOperators(root: Node, out: string[]): void {
  const stack: Node[] = [root];
  while (stack.length > 0 && out.length < MAX_NAMES) {
    const node = stack.pop() as Node;
    const type = node.type;
    if (isComparing(node, type)) {
      operandNames(node, out);
      continue;
    }
    if (!OPERATOR_HOLDERS.has(type)) continue;
    pushChildren(node, stack);
  }
}

/** The identifiers of an operand, into calls' arguments and methods' objects (`model.predict(X_val)` → `model`, `X_val`) but not the names of the functions called. */
function operandNames(root: Node, out: string[]): void {
  const stack: Node[] = [root];
  while (stack.length > 0 && out.length < MAX_NAMES) {
    const node = stack.pop() as Node;
    const type = node.type;
    if (type === 'identifier') {
      if (!out.includes(node.text)) out.push(node.text);
      continue;
    }
    if (type === 'lambda' || type === 'string') continue;
    if (type === 'call') {
      // The arguments, and the object of a method (`y_hat.ravel()` → `y_hat`), not the function's own name.
      const args = node.childForFieldName('arguments');
      if (args) stack.push(args);
      const fn = node.childForFieldName('function');
      const object = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
      if (object) stack.push(object);
      continue;
    }
    if (type === 'keyword_argument') {
      const value = node.childForFieldName('value');
      if (value) stack.push(value);
      continue;
    }
    pushChildren(node, stack);
  }
}

/** A node's named children onto a stack, so that they pop in document order. */
function pushChildren(node: Node, stack: Node[]): void {
  const children = node.namedChildren;
  for (let i = children.length - 1; i >= 0; i--) {
    const c = children[i];
    if (c) stack.push(c);
  }
}
