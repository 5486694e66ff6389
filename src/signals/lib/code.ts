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

/** Evidence for a call fact, cited as `name()`. */
export function callEvidence(file: PyFile, call: CallFact, tool?: string): Evidence {
  return codeEvidence(file.path, call, `${call.name}()`, 'call', tool);
}
