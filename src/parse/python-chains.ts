// The expression a method is called on, when it is not a plain dotted name
// (CallFact.receiver): a chain of names, calls and subscripts written as
// names with `()` and `[]` (`df.coalesce(1).write.csv(p)` → the receiver
// `df.coalesce().write`; `spark.readStream \` then `.format("kafka")` on the
// next line → `spark.readStream`). A call's own name on such an expression
// stays `?.name`; the receiver says what it is a method of, for the
// detectors that follow a builder chain (Spark's `read`/`write` objects).
import type { Node } from 'web-tree-sitter';

/** Longest receiver kept; a longer chain is cut at its head (`?`). */
const MAX_LENGTH = 200;
/** Deepest chain followed. */
const MAX_DEPTH = 40;

/** The receiver of a call on an expression (`fn` is the call's `function` node), or undefined when it has no object. */
export function receiverChain(fn: Node, resolve: (dotted: string) => string): string | undefined {
  if (fn.type !== 'attribute') return undefined;
  const object = fn.childForFieldName('object');
  if (!object) return undefined;
  const parts: string[] = [];
  let node: Node | null = object;
  let head = '?';
  for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
    const type: string = node.type;
    if (type === 'identifier') {
      head = node.text;
      break;
    }
    if (type === 'attribute') {
      parts.push(`.${node.childForFieldName('attribute')?.text ?? '?'}`);
      node = node.childForFieldName('object');
    } else if (type === 'call') {
      parts.push('()');
      node = node.childForFieldName('function');
    } else if (type === 'subscript') {
      parts.push('[]');
      node = node.childForFieldName('value');
    } else if (type === 'parenthesized_expression') {
      node = node.firstNamedChild;
    } else break;
  }
  const chain = parts.reverse().join('');
  if (head === '?' && chain === '') return undefined;
  const whole = head === '?' ? `?${chain}` : resolve(`${head}${chain}`);
  if (whole.length <= MAX_LENGTH) return whole;
  const tail = whole.slice(whole.length - MAX_LENGTH);
  const cut = tail.indexOf('.');
  return cut === -1 ? undefined : `?${tail.slice(cut)}`;
}
