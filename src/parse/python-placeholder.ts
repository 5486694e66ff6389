// A function body that does nothing (tests' placeholders, stub tasks): only
// `pass`, `...`, a docstring, `return` / `return None`, `assert True` or
// `self.assertTrue(True)`; and one that only hands back a parameter
// unchanged (an identity: `def preprocess(df): return df`).
import type { Node } from 'web-tree-sitter';

// Every `type` and child lookup below is a call into wasm, so each is asked
// once and the body is read only until its first real statement.
function isPlaceholderStatement(s: Node, type: string): boolean {
  if (type === 'pass_statement') return true;
  if (type === 'return_statement') return s.namedChildCount === 0 || (s.namedChildCount === 1 && s.namedChild(0)?.type === 'none');
  if (type === 'assert_statement') return s.namedChildCount === 1 && s.namedChild(0)?.type === 'true';
  if (type !== 'expression_statement') return false;
  const e = s.namedChild(0);
  if (!e) return false;
  const kind = e.type;
  if (kind === 'string' || kind === 'ellipsis') return true;
  if (kind !== 'call') return false;
  const callee = e.childForFieldName('function')?.text ?? '';
  if (!/(^|\.)assertTrue$/.test(callee)) return false;
  const args = e.childForFieldName('arguments');
  return args !== null && args.namedChildCount === 1 && args.namedChild(0)?.type === 'true';
}

/** True when a `def`'s body holds statements and every one of them is a placeholder. */
export function isPlaceholderBody(def: Node): boolean {
  const body = def.childForFieldName('body');
  if (!body) return false;
  let statements = 0;
  const count = body.namedChildCount;
  // `namedChild(i)` walks the children from the first: a long body is read as one list instead.
  const all = count > 4 ? body.namedChildren : undefined;
  for (let i = 0; i < count; i++) {
    const s = all ? all[i] : body.namedChild(i);
    if (s === null) continue;
    const type = s.type;
    if (type === 'comment') continue;
    statements++;
    if (!isPlaceholderStatement(s, type)) return false;
  }
  return statements > 0;
}

/** True when a `def`'s body, besides placeholders, only returns one of its parameters as it came (`return df`). */
export function isIdentityBody(def: Node, params: readonly string[]): boolean {
  const body = def.childForFieldName('body');
  if (!body || params.length === 0) return false;
  let returned = false;
  for (const s of body.namedChildren) {
    if (s === null) continue;
    const type = s.type;
    if (type === 'comment') continue;
    if (type === 'return_statement' && !returned && s.namedChildCount === 1) {
      const value = s.namedChild(0);
      if (value?.type === 'identifier' && params.includes(value.text)) {
        returned = true;
        continue;
      }
    }
    if (returned || !isPlaceholderStatement(s, type)) return false;
  }
  return returned;
}
