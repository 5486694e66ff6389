// signals.md › candidate_authored: the named candidate authored at least half of the non-merge commits, or of the lines in git blame of the repository's own code.
import { defineDetector } from './define.js';
import { historyEvidence } from './evidence.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;

export const candidateAuthored = defineDetector({
  id: 'candidate_authored',
  area: 'authorship',
  detect: ({ history }) => {
    if (!history?.available) return { evidence: [], present: null, note: `history unavailable${history?.reason ? `: ${history.reason}` : ''}` };
    const c = history.candidate;
    if (!c) return { evidence: [], present: null, note: 'no candidate identity given; authors reported without judging' };
    const evidence = [historyEvidence(`${c.commits} of ${history.nonMergeCommits} non-merge commits by the candidate (${pct(c.commitShare)})`)];
    if (c.blameShare !== null) {
      evidence.push(historyEvidence(`${c.blamedLines} of ${c.totalBlamedLines} blamed lines of own code by the candidate (${pct(c.blameShare)})`));
    }
    const present = c.commitShare >= 0.5 || (c.blameShare ?? 0) >= 0.5;
    return { evidence: present ? evidence : [], present, note: evidence.map((e) => e.match).join('; ') };
  },
});
