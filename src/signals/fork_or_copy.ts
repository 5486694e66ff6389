// signals.md › fork_or_copy: the history shows the code was taken rather than written: a single bulk import commit holding most of the code, or commits mostly by other authors.
import { defineDetector } from './define.js';
import { historyEvidence } from './evidence.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;

export const forkOrCopy = defineDetector({
  id: 'fork_or_copy',
  area: 'authorship',
  detect: ({ history }) => {
    if (!history?.available) return { evidence: [], present: null, note: `history unavailable${history?.reason ? `: ${history.reason}` : ''}` };
    const evidence = history.bulkImports.map((b) =>
      historyEvidence(
        `bulk import ${b.commit.slice(0, 12)} on ${b.date} by ${b.author}: ${b.linesAdded} lines in ${b.files} files (${pct(b.share)} of the code)`,
        b.commit,
      ),
    );
    const c = history.candidate;
    if (c && c.commitShare < 0.5 && (c.blameShare === null || c.blameShare < 0.5)) {
      evidence.push(historyEvidence(`${history.nonMergeCommits - c.commits} of ${history.nonMergeCommits} non-merge commits by other authors (${pct(1 - c.commitShare)})`));
    }
    if (evidence.length > 0) return { evidence, present: true };
    if (!c) return { evidence: [], present: null, note: 'no bulk import; no candidate identity given to judge the other authors' };
    return { evidence: [], present: false, note: `no bulk import; ${pct(c.commitShare)} of commits by the candidate` };
  },
});
