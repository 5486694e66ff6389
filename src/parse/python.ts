// Python source → facts, with tree-sitter (https://tree-sitter.github.io/), so
// Python 2 files and files with syntax errors still yield what can be read.
// The code is parsed, never run or imported.
import { createRequire } from 'node:module';
import { Language, Parser, Query, type Node, type Tree } from 'web-tree-sitter';
import { addDictKeys, dottedName, line, periodicJob, readArguments, readFromImport, readImport, resolveName } from './python-names.js';
import { boundAt, comparedNames, readAssignment } from './python-compared.js';
import { readDynamicImport, type DynamicBindings } from './python-dynamic.js';
import { receiverChain } from './python-chains.js';
import { capturedNodes, capturedTypeIds, QUERY } from './python-nodes.js';
import { readClass, readFunction } from './python-defs.js';
import { readPathLiteral } from './python-paths.js';
import { LoopReader } from './python-loops.js';
import { GATE_TESTS, gateOf } from './python-gates.js';
import { resolveConstants, type NamedArguments, type ScopeRange } from './python-constants.js';
import { MAYBE_SQL, TABLE_FORMAT, readSqlLiteral } from './python-sql.js';
import { codeWords, markUnusedImports, type Span } from './python-unused.js';
import { readFreeUses, readModuleNames, readStarUses } from './python-globals.js';
import type { CallFact, FunctionFact, PythonFacts } from './types.js';


interface Engine {
  parser: Parser;
  query: Query;
  /** Node type ids to capture names, for the cursor walk (python-nodes.ts). */
  ids: Map<number, string>;
}

let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;

/** Loads the tree-sitter runtime and the Python grammar once per thread. */
export async function initPython(): Promise<void> {
  if (engine) return;
  loading ??= (async () => {
    await Parser.init();
    const require = createRequire(import.meta.url);
    const language = await Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    return { parser, query: new Query(language, QUERY), ids: capturedTypeIds(language) };
  })();
  engine = await loading;
}

function getEngine(): Engine {
  if (!engine) throw new Error('initPython() must be awaited before parsing Python');
  return engine;
}

/**
 * Parses Python text into a tree and hands it to `use`; the tree is freed
 * afterwards (wasm memory is not garbage-collected). For parsers of other
 * formats written in Python, such as `setup.py`.
 */
export function withPythonTree<T>(text: string, use: (root: Node) => T): T {
  const tree = getEngine().parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  try {
    return use(tree.rootNode);
  } finally {
    tree.delete();
  }
}

/** Counts non-blank lines that are not only a comment. */
export function countCodeLines(text: string): number {
  let count = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#')) count++;
  }
  return count;
}


/** Parses Python source into facts. Never throws on bad input. */
export function parsePython(text: string): PythonFacts {
  const { parser, query, ids } = getEngine();
  const tree: Tree | null = parser.parse(text);
  const facts: PythonFacts = {
    imports: [],
    calls: [],
    functions: [],
    classes: [],
    codeLines: countCodeLines(text),
    syntaxErrors: 0,
  };
  if (!tree) return facts;
  try {
    const captures = capturedNodes(tree, query, ids, text.length);
    const aliases = new Map<string, string>();
    // Dynamic imports bind names as imports do (python-dynamic.ts).
    const dynamic: DynamicBindings = { aliases, attributes: new Map(), modules: new Set() };
    // Where names are not used: import statements, comments, string literals.
    const mentions: Span[] = [];
    // Strings already recorded as prose (an f-string has a content node between each interpolation).
    const seen = new Set<number>();
    const seenSql = new Set<number>();
    const seenPaths = new Set<number>();
    // Calls whose value is thrown away (a statement of their own), by the call's start: from the query's `discarded`
    // captures here, or from the walk's `stmt` captures below (python-nodes.ts).
    const discarded = new Set<number>();
    // Imports first, so calls anywhere in the file resolve through them.
    for (const { name, node } of captures) {
      if (name === 'import') readImport(node, facts.imports, aliases);
      else if (name === 'from' || name === 'future') readFromImport(node, facts.imports, aliases);
      else if (name === 'error') facts.syntaxErrors++;
      else if (name === 'assign') readDynamicImport(node, dynamic);
      else if (name === 'discarded') discarded.add(node.startIndex);
      if (name === 'import' || name === 'from' || name === 'future' || name === 'comment' || name === 'text') mentions.push({ start: node.startIndex, end: node.endIndex });
      if (name === 'text') {
        const literal = node.text;
        if (URL_LITERAL.test(literal)) (facts.urls ??= []).push({ line: line(node), text: literal });
        else if (isProse(literal)) readProse(node, facts, seen);
        if (MAYBE_SQL.test(literal)) readSqlLiteral(node, facts, seenSql);
        const format = TABLE_FORMAT.exec(literal);
        if (format) (facts.tableFormats ??= []).push({ line: line(node) + (literal.slice(0, format.index + format[0].length - format[1].length).match(/\n/g) ?? []).length, text: format[1].replace(/\s+/g, ' ') });
        readPathLiteral(node, facts, seenPaths, text);
      }
    }
    const words = markUnusedImports(text, facts.imports, mentions);
    readModuleNames(tree.rootNode, facts);
    readStarUses(words, facts);
    // A module with no import of its own: names it uses that another file imports (python-globals.ts).
    if (facts.imports.every((i) => i.module === '__future__')) readFreeUses(words.size > 0 ? words : codeWords(text, mentions), facts);
    const resolve = (dotted: string): string => resolveName(dotted, aliases, dynamic.attributes);
    // Captures come in document order, so the defs and classes that enclose
    // a node are the open scopes on this stack; this replaces a walk up the
    // parents for every call (each step a call into wasm).
    const scopes: Scope[] = [];
    // Defs and classes in document order, and the calls that pass bare names, for string constants (python-constants.ts).
    const ranges: ScopeRange[] = [];
    const named: NamedArguments[] = [];
    // Names that assignments bind to calls, by the call's start (python-compared.ts).
    const pending = new Map<number, string[]>();
    // Loops and the filters of loops and comprehensions (python-loops.ts).
    const loops = new LoopReader(facts, resolve);
    for (const { name, node } of captures) {
      if (name === 'stmt') {
        markDiscarded(node, discarded);
        continue;
      }
      if (name === 'comprehension') {
        loops.comprehension(node);
        continue;
      }
      if (name === 'compare') {
        loops.compare(node);
        continue;
      }
      if (name !== 'call' && name !== 'def' && name !== 'class' && name !== 'except' && name !== 'dict' && name !== 'assign' && name !== 'for') continue;
      const start = node.startIndex;
      while (scopes.length > 0 && scopes[scopes.length - 1].end <= start) scopes.pop();
      const top = scopes[scopes.length - 1];
      if (name === 'assign') {
        readAssignment(node, pending, facts);
        loops.assign(node, top?.range?.start ?? -1);
      } else if (name === 'for') loops.loop(node, top?.range?.start ?? -1);
      else if (name === 'call') {
        const call = readCall(node, resolve, facts.calls, top, named, pending, discarded);
        if (call) loops.call(node, call);
      } else if (name === 'dict') {
        const job = periodicJob(node);
        if (job) (facts.periodicJobs ??= []).push({ line: line(node), ...job });
        if (top?.def) addDictKeys(top.def.fn, node);
      } else if (name === 'except') {
        // An `except` body is a fallback path: what it calls runs only when the main path failed.
        scopes.push({ kind: top?.kind ?? 'except', end: node.endIndex, qualified: top?.qualified ?? '', def: top?.def, fallback: true, range: top?.range });
      } else if (name === 'def') {
        const fn = readFunction(node, resolve, top?.kind === 'class' ? top.qualified : undefined);
        facts.functions.push(fn);
        const qualified = fn.className ? `${fn.className}.${fn.name}` : fn.name;
        const range: ScopeRange = { kind: 'def', start, end: node.endIndex, node, parent: top?.range };
        ranges.push(range);
        scopes.push({ kind: 'def', end: node.endIndex, qualified, def: { qualified, fn }, fallback: false, range });
      } else {
        const cls = readClass(node, resolve);
        facts.classes.push(cls);
        const range: ScopeRange = { kind: 'class', start, end: node.endIndex, node, parent: top?.range };
        ranges.push(range);
        scopes.push({ kind: 'class', end: node.endIndex, qualified: cls.name, def: top?.def, fallback: false, range });
      }
    }
    loops.finish();
    // Exact only in a tree without errors: a broken statement could hide a binding.
    if (!tree.rootNode.hasError) resolveConstants(tree.rootNode, text, named, ranges);
    if (facts.syntaxErrors === 0 && tree.rootNode.hasError) facts.syntaxErrors = 1;
  } finally {
    tree.delete();
  }
  return facts;
}

/** Records the call, and gives it to the function whose body holds it (the innermost scope's def). */
/** `f(x)` or `await f(x)` as a statement of its own: the call's value is thrown away. */
function markDiscarded(statement: Node, discarded: Set<number>): void {
  let expression = statement.namedChild(0);
  if (expression?.type === 'await') expression = expression.namedChild(0);
  if (expression?.type === 'call') discarded.add(expression.startIndex);
}

function readCall(node: Node, resolve: (d: string) => string, out: CallFact[], top: Scope | undefined, named: NamedArguments[], pending: Map<number, string[]>, discarded: ReadonlySet<number>): CallFact | undefined {
  const bound = boundAt(node.startIndex, pending);
  const fn = node.childForFieldName('function');
  if (!fn) return undefined;
  const dotted = dottedName(fn);
  if (!dotted) return undefined;
  const owner = top?.def;
  const fallback = top?.fallback === true;
  const args = node.childForFieldName('arguments');
  const { kwargs, strings, keys, consts, names, valueNames, passedAs, refs, nodes } = readArguments(args);
  const call: CallFact = { name: dotted.startsWith('?') ? dotted : resolve(dotted), kwargs, strings, line: line(node) };
  if (passedAs.some((k) => k !== '')) call.passedAs = passedAs;
  if (keys.length > 0) call.keys = keys;
  if (consts.length > 0) call.consts = consts;
  if (names.length > 0) call.names = names;
  if (refs.length > 0) call.refs = refs;
  if (bound) call.bound = bound;
  if (discarded.has(node.startIndex)) call.discarded = true;
  if (dotted.startsWith('?')) {
    const receiver = receiverChain(fn, resolve);
    if (receiver) call.receiver = receiver;
  }
  const compared = comparedNames(fn, dotted.startsWith('?'), nodes);
  if (compared.length > 0) call.compared = compared;
  if (fallback) call.inExcept = true;
  if (GATE_TESTS.test(dotted)) {
    const gate = gateOf(node);
    if (gate) call.gate = gate;
  }
  if (owner) {
    call.inFunction = owner.qualified;
    owner.fn.calls.push(call.name);
  }
  out.push(call);
  if (names.length > 0 || valueNames.length > 0) named.push({ call, names: [...names, ...valueNames], at: node.startIndex, scope: top?.range });
  return call;
}

/** The innermost function open at a capture, `Class.method` or `name`. */
interface OpenDef {
  qualified: string;
  fn: FunctionFact;
}

/** A def or class that is open at the current capture: it ends at byte `end`. */
interface Scope {
  /** `except` only for an except body at module level; inside a def or class it keeps theirs. */
  kind: 'def' | 'class' | 'except';
  end: number;
  /** `Class.method` or `name` for defs, the class name for classes. */
  qualified: string;
  /** The innermost def enclosing this scope, itself for a def (kept here so a lookup is O(1) at any depth). */
  def: OpenDef | undefined;
  /** Inside an `except` body (and not in a def or class nested in it). */
  fallback: boolean;
  /** The innermost def or class (an `except` body keeps its enclosing one's). */
  range: ScopeRange | undefined;
}

/** A string literal that is a whole URL, of reasonable length. */
const URL_LITERAL = /^https?:\/\/[^\s"'<>]{1,200}$/;

/** Part of a text over several lines, or a sentence: 20 characters or more with three spaces. */
function isProse(text: string): boolean {
  return text.includes('\n') || (text.length >= 20 && (text.match(/ /g)?.length ?? 0) >= 3);
}

/**
 * Records a prose string literal once, unless it is a docstring or a bare
 * string statement. A one-line sentence passed to a call (`print("...")`,
 * `raise ValueError("...")`, `log.info(msg="...")`) is a message, not text
 * kept for its own sake.
 */
function readProse(content: Node, facts: PythonFacts, seen: Set<number>): void {
  const literal = content.parent;
  if (!literal || literal.type !== 'string' || seen.has(literal.startIndex)) return;
  seen.add(literal.startIndex);
  const holder = literal.parent?.type;
  if (holder === 'expression_statement') return;
  const text = literal.text;
  if (text.replace(/\s+/g, ' ').length < 26) return;
  if ((holder === 'argument_list' || holder === 'keyword_argument') && !text.includes('\n')) return;
  (facts.prose ??= []).push({ line: line(literal) });
}

export { resolveName } from './python-names.js';
