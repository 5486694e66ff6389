// Two small facts of `for` loops and comprehensions, read without running
// anything (PythonFacts.loops, PythonFacts.filters):
// - a loop whose body hands one of its values to a call (`for C in C_list:`
//   `model = SVC(C=C)`; `for params in ParameterGrid(grid):`
//   `est.set_params(**params)`): what it iterates (a literal list of
//   constants or of config dicts, directly or through a name assigned one in
//   the same scope, or the call it iterates), the calls handed a value
//   (directly, or through a name assigned from an expression holding one), and
//   whether the body compares a value with a running best (`if score >
//   best_score:`). Read by hyperparameter_tuning for searches written by hand;
// - a membership test of a loop's or comprehension's own value against a
//   collection (`for k, v in data.items(): if k not in ALLOWED: continue`;
//   `[x for x in labels if x in VALID]`): the names the items come from and
//   the collection. Read by guardrails for an LLM reply's items kept to an
//   allow-list.
// The reader is fed the captures parsePython already visits (loops,
// comprehensions, assignments, calls, comparisons), in document order, and
// keeps the loops, calls and comprehensions open at each; it never walks a
// loop's body itself, so its cost is a few steps per capture.
import type { Node } from 'web-tree-sitter';
import { heldNames, literalKind, operators, sourceNames, targetNames, type LiteralKind } from './python-loop-values.js';
import { compact, dottedName, line } from './python-names.js';
import type { CallFact, PythonFacts } from './types.js';

/** Most calls recorded as handed a loop's value. */
const MAX_GIVEN = 12;
/** Wrappers whose first argument is what a loop really iterates (`enumerate(grid)`, `tqdm(configs)`). */
const UNWRAP = /^(enumerate|list|tuple|sorted|reversed|iter|(tqdm\.)?(auto\.|notebook\.|std\.)?tqdm)$/;
/** A name for the best value seen so far (`best_score`, `self.best_loss`, `bestAcc`). */
const BEST = /best/i;
const ORDERING = new Set(['<', '>', '<=', '>=']);
const MEMBERSHIP = new Set(['in', 'not in']);

interface OpenLoop {
  start: number;
  end: number;
  line: number;
  endLine: number;
  targets: Set<string>;
  /** The targets and the names assigned from values holding one. */
  values: Set<string>;
  sources: string[];
  over?: string;
  given: string[];
  keepsBest: boolean;
}

interface OpenCall {
  start: number;
  end: number;
  name: string;
  bound?: string[];
}

interface OpenComprehension {
  end: number;
  /** Where its first `if` clause starts: tests from there on filter its items. */
  filterFrom: number;
  sources: Map<string, string[]>;
}

/** Reads loops and filters from the captures of one file, in document order (see the header). */
export class LoopReader {
  private readonly lists = new Map<string, LiteralKind>();
  private readonly loops: OpenLoop[] = [];
  private readonly calls: OpenCall[] = [];
  private readonly comprehensions: OpenComprehension[] = [];

  private readonly facts: PythonFacts;
  private readonly resolve: (dotted: string) => string;

  constructor(facts: PythonFacts, resolve: (dotted: string) => string) {
    this.facts = facts;
    this.resolve = resolve;
  }

  /** Closes the loops, calls and comprehensions that end before `start`. */
  private close(start: number): void {
    while (this.calls.length > 0 && this.calls[this.calls.length - 1].end <= start) this.calls.pop();
    while (this.comprehensions.length > 0 && this.comprehensions[this.comprehensions.length - 1].end <= start) this.comprehensions.pop();
    while (this.loops.length > 0 && this.loops[this.loops.length - 1].end <= start) this.emit(this.loops.pop() as OpenLoop);
  }

  private emit(loop: OpenLoop): void {
    if (loop.given.length === 0) return;
    const { line: at, endLine, targets, over, given, keepsBest } = loop;
    (this.facts.loops ??= []).push({ line: at, endLine, targets: [...targets], ...(over ? { over } : {}), given, ...(keepsBest ? { keepsBest: true as const } : {}) });
  }

  /** An assignment (`scope`: the enclosing def's or class's start, -1 at module level): a list of settings given a name, or a loop's value passed on. */
  assign(node: Node, scope: number): void {
    this.close(node.startIndex);
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return;
    if (left.type === 'identifier') {
      const kind = literalKind(right);
      if (kind) this.lists.set(`${scope}:${left.text}`, kind);
    }
    if (this.loops.length === 0 || left.type === 'subscript' || right.type === 'call') return;
    // A call's value passes through its `bound` names (call); here a literal, a name or an operation holding a value.
    const held = heldNames(right);
    for (const loop of this.loops) if (held.some((n) => loop.values.has(n))) for (const n of targetNames(left)) loop.values.add(n);
  }

  /** A `for` statement. */
  loop(node: Node, scope: number): void {
    this.close(node.startIndex);
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return;
    const targets = new Set(targetNames(left));
    if (targets.size === 0) return;
    this.loops.push({
      start: node.startIndex,
      end: node.endIndex,
      line: line(node),
      endLine: node.endPosition.row + 1,
      targets,
      values: new Set(targets),
      sources: sourceNames(right),
      over: this.iterable(right, scope),
      given: [],
      keepsBest: false,
    });
  }

  /** What a loop iterates (see LoopFact `over`). */
  private iterable(node: Node, scope: number): string | undefined {
    let at = node;
    for (let i = 0; i < 3 && at.type === 'call'; i++) {
      const fn = at.childForFieldName('function');
      const name = fn ? dottedName(fn) : undefined;
      const first = at.childForFieldName('arguments')?.namedChild(0);
      if (!name || !UNWRAP.test(this.resolve(name)) || !first || first.type === 'keyword_argument') break;
      at = first;
    }
    const type = at.type;
    if (type === 'call') {
      const fn = at.childForFieldName('function');
      const name = fn ? dottedName(fn) : undefined;
      return name && !name.startsWith('?') ? this.resolve(name) : undefined;
    }
    if (type === 'identifier') return this.lists.get(`${scope}:${at.text}`) ?? `=${at.text}`;
    if (type === 'attribute') return `=${compact(at.text)}`;
    return literalKind(at);
  }

  /** A comprehension: its `if` clauses may filter its items. */
  comprehension(node: Node): void {
    this.close(node.startIndex);
    const sources = new Map<string, string[]>();
    let filterFrom = -1;
    for (const clause of node.namedChildren) {
      if (clause?.type === 'for_in_clause') {
        const left = clause.childForFieldName('left');
        const right = clause.childForFieldName('right');
        if (left && right) for (const n of targetNames(left)) sources.set(n, sourceNames(right));
      } else if (clause?.type === 'if_clause' && filterFrom < 0) filterFrom = clause.startIndex;
    }
    if (filterFrom >= 0 && sources.size > 0) this.comprehensions.push({ end: node.endIndex, filterFrom, sources });
  }

  /** A call: handed a loop's value directly, or through a call in its arguments. */
  call(node: Node, fact: CallFact): void {
    this.close(node.startIndex);
    if (this.loops.length === 0) return;
    const open: OpenCall = { start: node.startIndex, end: node.endIndex, name: fact.name, bound: fact.bound };
    const handed: { name: string | undefined; keyword?: string }[] = [];
    for (const arg of node.childForFieldName('arguments')?.namedChildren ?? []) {
      if (!arg) continue;
      const keyword = arg.type === 'keyword_argument' ? arg.childForFieldName('name')?.text : undefined;
      const value = arg.type === 'keyword_argument' ? arg.childForFieldName('value') : arg;
      for (const name of value ? heldNames(value) : []) handed.push({ name, keyword });
    }
    for (const loop of this.loops) {
      const hit = handed.filter((h) => h.name !== undefined && loop.values.has(h.name));
      if (hit.length === 0) continue;
      for (const h of hit) this.give(loop, h.keyword ? `${fact.name}:${h.keyword}` : fact.name);
      // The value reaches the calls this one is nested in (an argument, a receiver), and the names they are assigned to.
      for (const outer of [open, ...this.calls.filter((c) => c.start >= loop.start)]) {
        if (outer !== open) this.give(loop, outer.name);
        for (const n of outer.bound ?? []) loop.values.add(n);
      }
    }
    this.calls.push(open);
  }

  private give(loop: OpenLoop, entry: string): void {
    if (loop.given.length < MAX_GIVEN && !loop.given.includes(entry)) loop.given.push(entry);
  }

  /** A comparison: a running best, or a loop's own value tested against a collection. */
  compare(node: Node): void {
    this.close(node.startIndex);
    if (this.loops.length === 0 && this.comprehensions.length === 0) return;
    const text = node.text;
    const best = BEST.test(text);
    const member = / in\b/.test(text);
    if (!best && !member) return;
    const ops = operators(node);
    if (best && ops.some((o) => ORDERING.has(o)) && node.descendantsOfType('identifier').some((n) => n !== null && BEST.test(n.text))) {
      for (const loop of this.loops) loop.keepsBest = true;
    }
    if (!member || !ops.some((o) => MEMBERSHIP.has(o))) return;
    const [left, right] = node.namedChildren;
    if (!left || !right || left.type !== 'identifier' || (right.type !== 'identifier' && right.type !== 'attribute')) return;
    const against = compact(right.text);
    const comprehension = this.comprehensions.find((c) => c.filterFrom <= node.startIndex && c.sources.has(left.text));
    const loop = [...this.loops].reverse().find((l) => l.targets.has(left.text));
    const over = comprehension?.sources.get(left.text) ?? loop?.sources;
    if (over) (this.facts.filters ??= []).push({ line: line(node), over, against });
  }

  /** Emits the loops still open at the end of the file, and puts them in line order. */
  finish(): void {
    while (this.loops.length > 0) this.emit(this.loops.pop() as OpenLoop);
    this.facts.loops?.sort((a, b) => a.line - b.line);
  }
}
