// setup.py, read as Python and never run: https://setuptools.pypa.io/en/latest/references/keywords.html
// The `setup(...)` call gives the package; `install_requires`, `extras_require`
// and `tests_require` give dependencies when written as literals, directly or
// through a simple variable assigned earlier in the file.
import type { Node } from 'web-tree-sitter';
import { pep508Dependency, withoutComment } from './pep508.js';
import { withPythonTree } from './python.js';
import type { DependencyFact, FileFacts, PackageFact } from './types.js';
import { pushAll } from '../util/arrays.js';

const SETUP_CALL = /^(?:(?:setuptools|distutils(?:\.core)?|skbuild|numpy\.distutils\.core)\.)?setup$/;
/** How many variable references or `+` operands are followed, against cycles and blow-ups. */
const MAX_DEPTH = 8;

interface Literal {
  value: string;
  line: number;
}

/** Parses setup.py statically. Gives nothing when there is no setup() call. Never throws on candidate input. */
export function parseSetupPy(text: string, _path: string): Partial<FileFacts> {
  return withPythonTree(text, readSetup);
}

function readSetup(root: Node): Partial<FileFacts> {
  const call = findSetupCall(root);
  if (!call) return {};
  const variables = assignments(root, call.startPosition.row);
  const kwargs = keywordArguments(call);
  const literals = (node: Node | undefined): Literal[] => (node ? stringsOf(node, variables, 0) : []);
  const dependencies = [
    ...toDependencies(literals(kwargs.get('install_requires'))),
    ...toDependencies(literals(kwargs.get('tests_require')), 'test'),
  ];
  const extras = kwargs.get('extras_require');
  const extrasNode = extras ? resolve(extras, variables, 0) : undefined;
  if (extrasNode?.type === 'dictionary') {
    for (const pair of extrasNode.namedChildren) {
      if (pair?.type !== 'pair') continue;
      const key = stringOf(pair.childForFieldName('key'));
      const value = pair.childForFieldName('value');
      if (key !== undefined && value) pushAll(dependencies, toDependencies(stringsOf(value, variables, 0), key));
    }
  }
  const nameNode = kwargs.get('name');
  const name = nameNode ? stringOf(resolve(nameNode, variables, 0)) : undefined;
  const fact: PackageFact = { kind: 'setup.py', installable: true, line: call.startPosition.row + 1, text: name ? `setup(name="${name}")` : 'setup()' };
  if (name !== undefined) fact.name = name;
  return { dependencies, packages: [fact] };
}

function findSetupCall(root: Node): Node | undefined {
  const calls = root.descendantsOfType('call').filter((c): c is Node => {
    const fn = c?.childForFieldName('function');
    return fn !== null && fn !== undefined && SETUP_CALL.test(fn.text.replace(/\s+/g, ''));
  });
  // Prefer a call with keyword arguments over a bare setup() (e.g. one inside a helper).
  return calls.find((c) => keywordArguments(c).size > 0) ?? calls[0];
}

function keywordArguments(call: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const arg of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (arg?.type !== 'keyword_argument') continue;
    const key = arg.childForFieldName('name')?.text;
    const value = arg.childForFieldName('value');
    if (key && value) out.set(key, value);
  }
  return out;
}

/** `NAME = value` assignments, the last one before the setup() call winning. */
function assignments(root: Node, beforeRow: number): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const node of root.descendantsOfType('assignment')) {
    const left = node?.childForFieldName('left');
    const right = node?.childForFieldName('right');
    if (!left || !right || left.type !== 'identifier' || node.startPosition.row > beforeRow) continue;
    out.set(left.text, right);
  }
  return out;
}

/** Follows a variable reference (and parentheses) to the value assigned to it. */
function resolve(node: Node, variables: Map<string, Node>, depth: number): Node {
  if (depth > MAX_DEPTH) return node;
  if (node.type === 'parenthesized_expression' && node.namedChildren[0]) return resolve(node.namedChildren[0], variables, depth + 1);
  const target = node.type === 'identifier' ? variables.get(node.text) : undefined;
  return target ? resolve(target, variables, depth + 1) : node;
}

/** The value of a plain string literal (implicit concatenation included); undefined for f-strings and others. */
function stringOf(node: Node | null): string | undefined {
  if (!node) return undefined;
  if (node.type === 'concatenated_string') {
    const parts = node.namedChildren.map((c) => stringOf(c));
    return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
  }
  if (node.type !== 'string' || node.namedChildren.some((c) => c?.type === 'interpolation')) return undefined;
  return node.namedChildren
    .filter((c): c is Node => c?.type === 'string_content' || c?.type === 'escape_sequence')
    .map((c) => c.text)
    .join('');
}

/** String literals of a list/tuple/set, a `+` of such, a variable holding them, or one multi-line string. */
function stringsOf(node: Node, variables: Map<string, Node>, depth: number): Literal[] {
  if (depth > MAX_DEPTH) return [];
  const value = resolve(node, variables, depth);
  const line = value.startPosition.row + 1;
  const single = stringOf(value);
  if (single !== undefined) return [{ value: single, line }];
  if (value.type === 'binary_operator' && value.childForFieldName('operator')?.text === '+') {
    const left = value.childForFieldName('left');
    const right = value.childForFieldName('right');
    return [...(left ? stringsOf(left, variables, depth + 1) : []), ...(right ? stringsOf(right, variables, depth + 1) : [])];
  }
  if (value.type !== 'list' && value.type !== 'tuple' && value.type !== 'set') return [];
  return value.namedChildren.flatMap((item) => {
    if (!item || item.type === 'comment') return [];
    const inner = item.type === 'list_splat' ? item.namedChildren[0] : item;
    return inner ? stringsOf(inner, variables, depth + 1) : [];
  });
}

/** setuptools also takes one string of newline-separated requirements; `#` comments are dropped. */
function toDependencies(literals: Literal[], group?: string): DependencyFact[] {
  const out: DependencyFact[] = [];
  for (const { value, line } of literals) {
    for (const [i, raw] of value.split('\n').entries()) {
      const entry = withoutComment(raw);
      if (entry === '') continue;
      const fact = pep508Dependency(entry, line + i, group);
      if (fact) out.push(fact);
    }
  }
  return out;
}
