// Matching of use patterns (catalog/types.ts › UsePattern: a detector's
// `patterns`, and a tool's `calls` for detectors that count calls) against
// Python facts: calls, decorators and base classes.
import { getTool, matchesAny } from '../../catalog/index.js';
import { patternAnchors } from '../../catalog/match.js';
import type { UsePattern } from '../../catalog/types.js';
import type { CallFact, DecoratorFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { pushAll } from '../../util/arrays.js';
import { importsAny, lastSegment } from './code.js';

function inScope(file: PyFile, p: UsePattern): boolean {
  if (!p.methods && !p.within) return true;
  return importsAny(file, p.within ?? getTool(p.tool).imports);
}

/** Does one call satisfy a pattern (see UsePattern)? `scoped`: the file imports what the pattern needs. */
export function matchCall(call: CallFact, p: UsePattern, scoped: boolean): boolean {
  const byName = p.calls ? matchesAny(call.name, p.calls) : false;
  const byMethod = p.methods ? scoped && p.methods.includes(lastSegment(call.name)) : false;
  if ((p.calls || p.methods) && !byName && !byMethod) return false;
  if (!p.calls && !p.methods && !scoped) return false;
  if (p.name && !p.name.test(call.name)) return false;
  if (p.notName?.test(call.name)) return false;
  if (p.kwargs && !p.kwargs.some((k) => call.kwargs.includes(k))) return false;
  if (p.strings && !call.strings.some((s) => p.strings?.test(s))) return false;
  if (p.notStrings && call.strings.some((s) => p.notStrings?.test(s))) return false;
  return true;
}

function nameOnly(p: UsePattern): boolean {
  return Boolean(p.calls) && !p.kwargs && !p.strings;
}

/** Evidence for every call, decorator and base class in `files` that matches one of `patterns`. */
export function patternUses(ctx: DetectContext, patterns: readonly UsePattern[], files: readonly PyFile[] = ctx.python): Evidence[] {
  const out: Evidence[] = [];
  const usable = patterns.filter((p) => !p.needsPackage || ctx.usesTool(p.tool) || ctx.declaresTool(p.tool));
  if (usable.length === 0) return out;
  for (const file of files) for (const p of usable) pushAll(out, usesIn(file, p));
  return out;
}

const USES = new WeakMap<PyFile, Map<UsePattern, Evidence[]>>();

/** One pattern's evidence in one file: its facts alone decide it, so it is remembered per file (and worked out early, `warmPatternUses`). */
function usesIn(file: PyFile, p: UsePattern): Evidence[] {
  let byPattern = USES.get(file);
  if (!byPattern) {
    byPattern = new Map();
    USES.set(file, byPattern);
  }
  let found = byPattern.get(p);
  if (!found) {
    found = callUses(file, p, callNames(file), decoratorKeys(file));
    if (nameOnly(p)) found = [...found, ...definitionUses(file, p)];
    byPattern.set(p, found);
  }
  return found;
}

/**
 * Works out the patterns' evidence in a file as its facts arrive (per-file.ts),
 * except for patterns that count only when their package is used or declared
 * (a question about the whole repository, often answered no).
 */
export function warmPatternUses(file: PyFile, patterns: readonly UsePattern[]): void {
  for (const p of patterns) if (!p.needsPackage) usesIn(file, p);
}

function callUses(file: PyFile, p: UsePattern, names: CallNames, decorated: Set<string>): Evidence[] {
  // Cheap pre-checks on the file's call names before testing every call.
  const byName = p.calls ? mayMatchByName(p.calls, names) : false;
  const byMethod = p.methods ? p.methods.some((m) => names.lasts.has(m)) : false;
  if ((p.calls || p.methods) && !byName && !byMethod) return [];
  const scoped = inScope(file, p);
  if (!byName && !scoped) return [];
  const out: Evidence[] = [];
  const calls = file.facts.calls;
  for (const i of candidateCalls(p, names, calls.length)) {
    const call = calls[i];
    // `@flow(name=...)` is a call too; name-only patterns report it as the decorator.
    if (nameOnly(p) && decorated.has(key(call))) continue;
    if (matchCall(call, p, scoped)) out.push(codeEvidence(file.path, call, `${call.name}()`, 'call', p.tool));
  }
  return out;
}

/**
 * Indices (in document order) of the calls that can satisfy `p`: those whose
 * first or last name segment a pattern of `p.calls` anchors on, or whose last
 * segment is one of `p.methods`; every call when a pattern has no anchor
 * (`*`) or `p` names no calls at all. A detector asks each file about dozens
 * of patterns, and most files hold thousands of calls.
 */
function candidateCalls(p: UsePattern, names: CallNames, count: number): Iterable<number> {
  if (!p.calls && !p.methods) return allIndices(count);
  const anchors = p.calls ? anchorsOf(p.calls) : { heads: new Set<string>(), lasts: new Set<string>() };
  if (anchors === null) return allIndices(count);
  const picked = new Set<number>();
  const add = (list: readonly number[] | undefined) => {
    for (const i of list ?? []) picked.add(i);
  };
  for (const h of anchors.heads) add(names.byHead.get(h));
  for (const l of anchors.lasts) add(names.byLast.get(l));
  for (const m of p.methods ?? []) add(names.byLast.get(m));
  return [...picked].sort((a, b) => a - b);
}

function* allIndices(count: number): Iterable<number> {
  for (let i = 0; i < count; i++) yield i;
}

interface CallNames {
  heads: Set<string>;
  lasts: Set<string>;
  /** Indices of the file's calls by the first segment of their name. */
  byHead: Map<string, number[]>;
  /** Indices of the file's calls by the last segment of their name. */
  byLast: Map<string, number[]>;
}

const CALL_NAMES = new WeakMap<PyFile, CallNames>();

/** First and last segments of a file's call names, and the calls under each, computed once per file. */
function callNames(file: PyFile): CallNames {
  let names = CALL_NAMES.get(file);
  if (!names) {
    names = { heads: new Set(), lasts: new Set(), byHead: new Map(), byLast: new Map() };
    for (const [i, c] of file.facts.calls.entries()) {
      const dot = c.name.indexOf('.');
      const head = dot === -1 ? c.name : c.name.slice(0, dot);
      const last = lastSegment(c.name);
      names.heads.add(head);
      names.lasts.add(last);
      pushTo(names.byHead, head, i);
      pushTo(names.byLast, last, i);
    }
    CALL_NAMES.set(file, names);
  }
  return names;
}

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const ANCHORS = new WeakMap<readonly string[], ReturnType<typeof patternAnchors> | null>();

/** What a call name must share with one of `calls` (catalog/match.ts › patternAnchors), null when anything may match; remembered per list. */
function anchorsOf(calls: readonly string[]): NonNullable<ReturnType<typeof patternAnchors>> | null {
  let anchors = ANCHORS.get(calls);
  if (anchors === undefined) {
    anchors = patternAnchors(calls) ?? null;
    ANCHORS.set(calls, anchors);
  }
  return anchors;
}

/** False only when no call name in the file can match any of `calls`. */
function mayMatchByName(calls: readonly string[], names: CallNames): boolean {
  const anchors = anchorsOf(calls);
  if (anchors === null) return true;
  for (const h of anchors.heads) if (names.heads.has(h)) return true;
  for (const l of anchors.lasts) if (names.lasts.has(l)) return true;
  return false;
}

function key(fact: { cell?: number; line: number; name: string }): string {
  return `${fact.cell ?? ''}:${fact.line}:${fact.name}`;
}

const DECORATORS = new WeakMap<PyFile, { all: DecoratorFact[]; keys: Set<string> }>();

/** The decorators of a file's functions and classes, gathered once per file. */
function decoratorsOf(file: PyFile): { all: DecoratorFact[]; keys: Set<string> } {
  let found = DECORATORS.get(file);
  if (!found) {
    const all = [...file.facts.functions.flatMap((f) => f.decorators), ...file.facts.classes.flatMap((c) => c.decorators)];
    found = { all, keys: new Set(all.map(key)) };
    DECORATORS.set(file, found);
  }
  return found;
}

function decoratorKeys(file: PyFile): Set<string> {
  return decoratorsOf(file).keys;
}

const DEFINITION_NAMES = new WeakMap<PyFile, CallNames>();

/** First and last segments of a file's decorator and base-class names, computed once per file. */
function definitionNames(file: PyFile): CallNames {
  let names = DEFINITION_NAMES.get(file);
  if (!names) {
    names = { heads: new Set(), lasts: new Set(), byHead: new Map(), byLast: new Map() };
    const all = [...decoratorsOf(file).all.map((d) => d.name), ...file.facts.classes.flatMap((c) => c.bases)];
    for (const name of all) {
      const dot = name.indexOf('.');
      names.heads.add(dot === -1 ? name : name.slice(0, dot));
      names.lasts.add(lastSegment(name));
    }
    DEFINITION_NAMES.set(file, names);
  }
  return names;
}

/** Decorators (`@flow`) and base classes (`FlowSpec`) matching a name-only pattern. */
function definitionUses(file: PyFile, p: UsePattern): Evidence[] {
  const out: Evidence[] = [];
  const calls = p.calls ?? [];
  // No decorator or base class shares a first or last segment with the patterns: nothing can match.
  if (!mayMatchByName(calls, definitionNames(file))) return out;
  for (const d of decoratorsOf(file).all) {
    if (!matchesAny(d.name, calls) || (p.name && !p.name.test(d.name))) continue;
    out.push(codeEvidence(file.path, d, `@${d.name}`, 'decorator', p.tool));
  }
  for (const cls of file.facts.classes) {
    const base = cls.bases.find((b) => matchesAny(b, calls) && (!p.name || p.name.test(b)));
    if (base) out.push(codeEvidence(file.path, cls, `class ${cls.name}(${base})`, 'class', p.tool));
  }
  return out;
}
