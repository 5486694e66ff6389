// Whether a string test decides a guard clause (CallFact.gate): a call of
// `startswith`, `endswith`, `match`, `search` or `fullmatch` in the condition
// of an `if` or `elif` whose block leaves (its last statement a `return`,
// `raise`, `continue` or `break`), or in an `assert`. `unless` when the block
// runs when the test fails (`if not sql.lower().startswith("select"): return`,
// `assert sql.startswith("SELECT")`), `if` when it runs when the test holds
// (`if re.search(r"\bdrop\b", sql): raise ...`). Read by guardrails for an
// LLM's SQL kept to reading before it runs; a test that chooses between two
// paths that both go on is no gate.
import type { Node } from 'web-tree-sitter';

/** The string tests a gate is made of (the last part of the callee). */
export const GATE_TESTS = /(^|\.)(startswith|endswith|match|search|fullmatch)$/;
/** Nodes a test may stand in inside a condition: `not x`, `a or b`, `(x)`. */
const CONDITION_PARTS = new Set(['not_operator', 'boolean_operator', 'parenthesized_expression']);
/** Statements that leave the block. */
const LEAVING = new Set(['return_statement', 'raise_statement', 'continue_statement', 'break_statement']);

/** The same node (ranges compared: a node object is a fresh wrapper at each ask). */
const same = (a: Node | null, b: Node): boolean => a !== null && a.startIndex === b.startIndex && a.endIndex === b.endIndex;

/** The gate a string-test call decides (see the header), if any. */
export function gateOf(call: Node): 'if' | 'unless' | undefined {
  let negated = false;
  let child: Node = call;
  let parent = call.parent;
  while (parent && CONDITION_PARTS.has(parent.type)) {
    if (parent.type === 'not_operator') negated = !negated;
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return undefined;
  if (parent.type === 'assert_statement') return same(parent.namedChild(0), child) && !negated ? 'unless' : undefined;
  if (parent.type !== 'if_statement' && parent.type !== 'elif_clause') return undefined;
  if (!same(parent.childForFieldName('condition'), child)) return undefined;
  const block = parent.childForFieldName('consequence');
  const last = block?.namedChild(block.namedChildCount - 1);
  if (!last || !LEAVING.has(last.type)) return undefined;
  return negated ? 'unless' : 'if';
}
