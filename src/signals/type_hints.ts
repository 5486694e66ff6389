import { defineDetector, type DetectResult } from './define.js';
import type { DetectContext, PyFile } from './context.js';
import { codeEvidence, measureEvidence } from './evidence.js';
import type { Evidence } from './types.js';

const THRESHOLD = 0.5;
/** Files shown as examples of annotated code, most annotated first. */
const SHOWN_FILES = 3;

function annotatedCount(file: PyFile): number {
  return file.facts.functions.filter((fn) => fn.annotated).length;
}

function detectTypeHints(ctx: DetectContext): DetectResult {
  // Every `def` and `async def`, methods and nested functions included; tests
  // and notebooks excluded (`sourceFiles`); examples and scripts count. Type
  // stubs (`.pyi`) are annotated by nature and are not `.py` files.
  const files = ctx.sourceFiles.filter((f) => f.facts.functions.length > 0 && !f.path.endsWith('.pyi'));
  const total = files.reduce((n, f) => n + f.facts.functions.length, 0);
  if (total === 0) return { evidence: [], present: false, note: 'no functions in non-test .py files' };
  const annotated = files.reduce((n, f) => n + annotatedCount(f), 0);
  const pct = Math.round((annotated / total) * 100);
  const note = `${annotated} of ${total} defs in non-test .py files annotated (${pct}%)`;
  const present = annotated / total >= THRESHOLD;
  const ranked = files
    .filter((f) => annotatedCount(f) > 0)
    .sort((a, b) => annotatedCount(b) - annotatedCount(a) || (a.path < b.path ? -1 : 1));
  const anchor = ranked[0] ?? files[0];
  const evidence: Evidence[] = [measureEvidence(anchor.path, undefined, note)];
  if (present) {
    for (const file of ranked.slice(0, SHOWN_FILES)) {
      const fn = file.facts.functions.find((f) => f.annotated);
      if (fn) evidence.push(codeEvidence(file.path, fn, `def ${fn.name}(...) annotated`, 'function'));
    }
  }
  return { evidence, present, note };
}

export const typeHints = defineDetector({
  id: 'type_hints',
  area: 'engineering',
  rule: 'most functions in the repository\'s own non-test `.py` files carry type annotations (50% or more of `def`s have an annotated argument or return).',
  detect: detectTypeHints,
});
