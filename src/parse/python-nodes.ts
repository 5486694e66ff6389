// The syntax nodes parsePython reads (imports, calls, assignments, defs,
// classes, loops, comprehensions, errors), in document order, at a cost bounded by the tree's size.
//
// A tree-sitter query finds them fastest on ordinary code, but its cost grows
// with the square of the width of an ERROR node (900k unclosed parentheses)
// or of the depth of nested captures (100k nested calls). The query therefore
// runs under a deadline proportional to the text's length, and past it the
// nodes are collected by an iterative cursor walk instead, which visits each
// node once and never recurses, so no nesting depth can overflow the stack.
// A file with syntax errors goes straight to the walk.
import type { Language, Node, Query, Tree } from 'web-tree-sitter';

/** The capture names of the query, by node type, for the cursor walk. */
export const CAPTURED_TYPES: Readonly<Record<string, string>> = {
  import_statement: 'import',
  import_from_statement: 'from',
  future_import_statement: 'future',
  call: 'call',
  assignment: 'assign',
  expression_statement: 'stmt',
  class_definition: 'class',
  function_definition: 'def',
  except_clause: 'except',
  dictionary: 'dict',
  for_statement: 'for',
  list_comprehension: 'comprehension',
  set_comprehension: 'comprehension',
  dictionary_comprehension: 'comprehension',
  generator_expression: 'comprehension',
  comparison_operator: 'compare',
  comment: 'comment',
  string_content: 'text',
  ERROR: 'error',
};

/**
 * The query captures the same nodes, except that in place of every
 * expression statement (`stmt`, a quarter of all captures) it captures only
 * the call a statement throws away: its first named child, or the call an
 * `await` there awaits (`discarded`), which is all parsePython reads of it.
 */
export const QUERY = [
  ...Object.entries(CAPTURED_TYPES)
    .filter(([type]) => type !== 'expression_statement')
    .map(([type, name]) => `(${type}) @${name}`),
  '(expression_statement . (call) @discarded)',
  '(expression_statement . (await . (call) @discarded))',
].join('\n');

/** Milliseconds the query may take: a base plus this much per KiB of text, before the walk takes over. */
export const QUERY_BASE_MS = 100;
export const QUERY_MS_PER_KIB = 1;

export interface Captured {
  name: string;
  node: Node;
}

/** Node type ids to capture names, for one language (built once per thread). */
export function capturedTypeIds(language: Language): Map<number, string> {
  const ids = new Map<number, string>();
  for (const [type, name] of Object.entries(CAPTURED_TYPES)) {
    const id = language.idForNodeType(type, true);
    if (id !== null) ids.set(id, name);
  }
  return ids;
}

/** The captured nodes in document order (parents before their children). */
export function capturedNodes(tree: Tree, query: Query, ids: ReadonlyMap<number, string>, textLength: number, now = () => performance.now()): Captured[] {
  // Wide ERROR nodes are where the query is slow: skip it for broken files.
  if (tree.rootNode.hasError) return walkNodes(tree, ids);
  const budget = QUERY_BASE_MS + (QUERY_MS_PER_KIB * textLength) / 1024;
  const started = now();
  let cancelled = false;
  const captures = query.captures(tree.rootNode, {
    progressCallback: () => {
      cancelled ||= now() - started > budget;
      return cancelled;
    },
  } as Parameters<Query['captures']>[1]);
  if (!cancelled) return captures;
  return walkNodes(tree, ids);
}

/** The same nodes by a depth-first cursor walk (iterative). */
export function walkNodes(tree: Tree, ids: ReadonlyMap<number, string>): Captured[] {
  const out: Captured[] = [];
  const cursor = tree.walk();
  try {
    for (;;) {
      const name = ids.get(cursor.nodeTypeId);
      if (name !== undefined) out.push({ name, node: cursor.currentNode });
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return out;
      }
    }
  } finally {
    cursor.delete();
  }
}
