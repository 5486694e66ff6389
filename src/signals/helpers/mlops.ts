// Shared matching for the MLOps detectors: catalogue use-patterns
// (src/catalog/tools/mlops-calls.ts) against Python facts, and the
// repository-level questions several detectors ask.
import { getTool, matchesAny } from '../../catalog/index.js';
import { patternAnchors } from '../../catalog/match.js';
import type { UsePattern } from '../../catalog/tools/mlops-calls.js';
import type { CallFact, DecoratorFact, FileFacts, StageFact } from '../../parse/types.js';
import { importTarget, type DetectContext, type PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { pushAll } from '../../util/arrays.js';

export function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** True when the file imports any of `modules` (a module matches itself and its submodules). */
export function importsAny(file: PyFile, modules: readonly string[]): boolean {
  return file.facts.imports.some((imp) => matchesAny(imp.module, modules) || matchesAny(importTarget(imp), modules));
}

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
  for (const file of files) {
    const decorated = decoratorKeys(file);
    const names = callNames(file);
    for (const p of usable) {
      pushAll(out, callUses(file, p, names, decorated));
      if (nameOnly(p)) pushAll(out, definitionUses(file, p));
    }
  }
  return out;
}

function callUses(file: PyFile, p: UsePattern, names: CallNames, decorated: Set<string>): Evidence[] {
  // Cheap pre-checks on the file's call names before testing every call.
  const byName = p.calls ? mayMatchByName(p.calls, names) : false;
  const byMethod = p.methods ? p.methods.some((m) => names.lasts.has(m)) : false;
  if ((p.calls || p.methods) && !byName && !byMethod) return [];
  const scoped = inScope(file, p);
  if (!byName && !scoped) return [];
  const out: Evidence[] = [];
  for (const call of file.facts.calls) {
    // `@flow(name=...)` is a call too; name-only patterns report it as the decorator.
    if (nameOnly(p) && decorated.has(key(call))) continue;
    if (matchCall(call, p, scoped)) out.push(codeEvidence(file.path, call, `${call.name}()`, 'call', p.tool));
  }
  return out;
}

interface CallNames {
  heads: Set<string>;
  lasts: Set<string>;
}

const CALL_NAMES = new WeakMap<PyFile, CallNames>();

/** First and last segments of a file's call names, computed once per file. */
function callNames(file: PyFile): CallNames {
  let names = CALL_NAMES.get(file);
  if (!names) {
    names = { heads: new Set(), lasts: new Set() };
    for (const c of file.facts.calls) {
      const dot = c.name.indexOf('.');
      names.heads.add(dot === -1 ? c.name : c.name.slice(0, dot));
      names.lasts.add(lastSegment(c.name));
    }
    CALL_NAMES.set(file, names);
  }
  return names;
}

const ANCHORS = new WeakMap<readonly string[], ReturnType<typeof patternAnchors> | null>();

/** False only when no call name in the file can match any of `calls`. */
function mayMatchByName(calls: readonly string[], names: CallNames): boolean {
  let anchors = ANCHORS.get(calls);
  if (anchors === undefined) {
    anchors = patternAnchors(calls) ?? null;
    ANCHORS.set(calls, anchors);
  }
  if (anchors === null) return true;
  for (const h of anchors.heads) if (names.heads.has(h)) return true;
  for (const l of anchors.lasts) if (names.lasts.has(l)) return true;
  return false;
}

function key(fact: { cell?: number; line: number; name: string }): string {
  return `${fact.cell ?? ''}:${fact.line}:${fact.name}`;
}

function decorators(file: PyFile): DecoratorFact[] {
  return [...file.facts.functions.flatMap((f) => f.decorators), ...file.facts.classes.flatMap((c) => c.decorators)];
}

function decoratorKeys(file: PyFile): Set<string> {
  return new Set(decorators(file).map(key));
}

/** Decorators (`@flow`) and base classes (`FlowSpec`) matching a name-only pattern. */
function definitionUses(file: PyFile, p: UsePattern): Evidence[] {
  const out: Evidence[] = [];
  const calls = p.calls ?? [];
  for (const d of decorators(file)) {
    if (!matchesAny(d.name, calls) || (p.name && !p.name.test(d.name))) continue;
    out.push(codeEvidence(file.path, d, `@${d.name}`, 'decorator', p.tool));
  }
  for (const cls of file.facts.classes) {
    const base = cls.bases.find((b) => matchesAny(b, calls) && (!p.name || p.name.test(b)));
    if (base) out.push(codeEvidence(file.path, cls, `class ${cls.name}(${base})`, 'class', p.tool));
  }
  return out;
}

/** Name-only patterns from each tool's ToolSpec.calls. */
export function toolPatterns(toolIds: readonly string[]): UsePattern[] {
  return toolIds.map((id) => ({ tool: id, calls: getTool(id).calls ?? [] })).filter((p) => p.calls.length > 0);
}

/** Declared-only hints for tools that have no evidence of use in `found`. */
export function declaredHints(ctx: DetectContext, toolIds: readonly string[], found: readonly Evidence[]): Evidence[] {
  const used = new Set(found.map((e) => e.tool));
  return toolIds.filter((id) => !used.has(id)).flatMap((id) => ctx.tool(id).declared);
}

/** Imports of the given tools, as evidence (for tools whose import is use). */
export function importUses(ctx: DetectContext, toolIds: readonly string[]): Evidence[] {
  return toolIds.flatMap((id) => ctx.tool(id).uses.filter((e) => e.kind === 'import'));
}

/** `dvc.yaml` stages, with their file. */
export function dvcStages(ctx: DetectContext): { file: FileFacts; stage: StageFact }[] {
  return ctx.ofFormat('dvc').flatMap((file) => (file.stages ?? []).map((stage) => ({ file, stage })));
}

/** Words that name training: train, retrain, training, trainer, fine-tune, fit (not `pretrained`, `constraint`). */
export const TRAIN_WORD = /(?<![a-z])(re)?train(s|ing|er)?(?![a-z])|fine[-_ ]?tun|(?<![a-z])fit(?![a-z])/i;
const NOT_TRAINING = /fit_transform|fit_resample|train_test_split|train_test|x_train|y_train|train_(df|data|set|loader|dataset|path|file|size|x|y|ids?)\b|train\.(csv|parquet|json|txt|pkl)/i;

/** True when a name (function, task id, script, command word) says it trains a model. */
export function namesTraining(name: string): boolean {
  return TRAIN_WORD.test(name) && !NOT_TRAINING.test(name);
}
