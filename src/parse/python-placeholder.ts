// A function body that tests nothing (tests' placeholders): only `pass`,
// `...`, a docstring, `assert True` or `self.assertTrue(True)`.
import type { Node } from 'web-tree-sitter';

function isPlaceholderStatement(s: Node): boolean {
  if (s.type === 'pass_statement') return true;
  if (s.type === 'assert_statement') return s.namedChildren.length === 1 && s.namedChildren[0]?.type === 'true';
  if (s.type !== 'expression_statement') return false;
  const e = s.namedChildren[0];
  if (!e) return false;
  if (e.type === 'string' || e.type === 'ellipsis') return true;
  if (e.type !== 'call') return false;
  const callee = e.childForFieldName('function')?.text ?? '';
  const args = e.childForFieldName('arguments')?.namedChildren ?? [];
  return /(^|\.)assertTrue$/.test(callee) && args.length === 1 && args[0]?.type === 'true';
}

/** True when a `def`'s body holds statements and every one of them is a placeholder. */
export function isPlaceholderBody(def: Node): boolean {
  const statements = (def.childForFieldName('body')?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'comment');
  return statements.length > 0 && statements.every(isPlaceholderStatement);
}
