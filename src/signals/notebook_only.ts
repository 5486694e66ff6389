import { defineDetector, type DetectResult } from './define.js';
import type { DetectContext } from './context.js';
import { fileEvidence, measureEvidence } from './evidence.js';

const THRESHOLD = 0.7;
/** Largest notebooks listed as evidence beside the measure. */
const SHOWN_NOTEBOOKS = 3;

function detectNotebookOnly(ctx: DetectContext): DetectResult {
  let notebookLines = 0;
  let total = 0;
  for (const file of ctx.python) {
    // Type stubs (`.pyi`) are declarations, not the repository's code.
    if (file.path.endsWith('.pyi')) continue;
    total += file.facts.codeLines;
    if (file.notebook) notebookLines += file.facts.codeLines;
  }
  // Of the files screened only: a working tree may lack Python its last commit tracks (src/ingest/worktree.ts).
  if (total === 0) return { evidence: [], present: false, note: 'no Python code in the files screened' };
  const share = notebookLines / total;
  const pct = Math.round(share * 100);
  const note = `${notebookLines} of ${total} Python lines in notebooks (${pct}%)`;
  const notebooks = ctx.python
    .filter((f) => f.notebook && f.facts.codeLines > 0)
    .sort((a, b) => b.facts.codeLines - a.facts.codeLines || (a.path < b.path ? -1 : 1));
  const present = share >= THRESHOLD;
  // Without notebooks there is nothing to point at; the note carries the figures.
  if (notebooks.length === 0) return { evidence: [], present, note };
  const evidence = [measureEvidence(notebooks[0].path, undefined, note)];
  if (present) {
    // The measure cites the largest notebook already; the next ones follow as files.
    for (const nb of notebooks.slice(1, SHOWN_NOTEBOOKS)) {
      evidence.push(fileEvidence(nb.path, `${nb.facts.codeLines} code lines`));
    }
  }
  return { evidence, present, note };
}

export const notebookOnly = defineDetector({
  id: 'notebook_only',
  area: 'engineering',
  rule: 'the repository\'s own Python code lives mostly in notebooks: 70% or more of its non-blank, non-comment Python lines are in `.ipynb` code cells (helper modules that the notebooks import count as `.py` lines). A repository with no Python at all is not notebook-only.',
  detect: detectNotebookOnly,
});
