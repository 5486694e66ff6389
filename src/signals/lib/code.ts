// Small questions detectors ask of one Python file's facts.
import { matchesAny } from '../../catalog/index.js';
import type { CallFact } from '../../parse/types.js';
import { importTarget, type PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';

/** `a.b.c` → `c`. */
export function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** True when the file imports any of `modules` (a module matches itself and its submodules). */
export function importsAny(file: PyFile, modules: readonly string[]): boolean {
  return file.facts.imports.some((imp) => matchesAny(imp.module, modules) || matchesAny(importTarget(imp), modules));
}

const BY_SCOPE = new WeakMap<readonly CallFact[], Map<string | undefined, CallFact[]>>();

/**
 * The file's calls made directly in `scope` (CallFact.inFunction: `Class.method`,
 * `name`; undefined for module level), in document order. Grouped once per
 * file: detectors ask this for each function of each file. The list is shared: never change it.
 */
export function callsIn(file: PyFile, scope: string | undefined): readonly CallFact[] {
  const calls = file.facts.calls;
  let groups = BY_SCOPE.get(calls);
  if (!groups) {
    groups = new Map();
    for (const c of calls) {
      const list = groups.get(c.inFunction);
      if (list) list.push(c);
      else groups.set(c.inFunction, [c]);
    }
    BY_SCOPE.set(calls, groups);
  }
  return groups.get(scope) ?? NONE;
}

const NONE: readonly CallFact[] = Object.freeze([]);

/** Evidence for a call fact, cited as `name()`. */
export function callEvidence(file: PyFile, call: CallFact, tool?: string): Evidence {
  return codeEvidence(file.path, call, `${call.name}()`, 'call', tool);
}
