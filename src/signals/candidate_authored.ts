import { authorshipGap, candidateUploads, commitsComplete, completeBlameShare, MAJORITY, nameList, partialNote, pct, sourceAuthors, uploadNote } from '../history/verdict.js';
import { defineDetector } from './define.js';
import { historyEvidence } from './evidence.js';

/** History evidence for one aspect (commits, lines, blame...): each its own location, so none is merged with another. */
const aspect = (what: string, match: string) => ({ ...historyEvidence(match), path: `git history: ${what}`, location: `git history: ${what}` });

export const candidateAuthored = defineDetector({
  id: 'candidate_authored',
  area: 'authorship',
  rule: 'the named candidate (matched by any of the given emails or names) authored at least half of the non-merge commits, or of the lines in `git blame` of the repository\'s own code.',
  detect: ({ history }) => {
    const gap = authorshipGap(history) ?? (history ? partialNote(history) : undefined);
    if (!history?.available) return { evidence: [], present: null, note: `${gap}: authorship unknown` };
    const c = history.candidate;
    if (!c) {
      const authors = sourceAuthors(history);
      return { evidence: [], present: null, note: `no candidate identity given: authors reported without judging${authors.length ? `: ${nameList(authors)}` : ''}` };
    }
    const counted = c.scope === 'source' ? 'commits touching own code' : 'non-merge commits (none touches own code)';
    const trailers = c.coAuthored > 0 ? `, ${c.coAuthored} as a Co-authored-by trailer` : '';
    const evidence = [aspect('commits', `${c.commits} of ${c.countedCommits} ${counted} by the candidate (${pct(c.commitShare)}${trailers})`)];
    // A partial history with every commit listed is judged from the files that could be blamed.
    const blame = authorshipGap(history) ? null : completeBlameShare(history);
    if (c.blameShare !== null) {
      const partial = blame === null || history.partial?.unblamedFiles.length ? '; partial: not every file was blamed' : '';
      evidence.push(aspect('blame', `${c.blamedLines} of ${c.totalBlamedLines} blamed lines of own code by the candidate (${pct(c.blameShare)}${partial})`));
    }
    const present = (commitsComplete(history) && c.commitShare >= MAJORITY) || (blame ?? 0) >= MAJORITY;
    const notes = [...(gap ? [gap] : []), ...evidence.map((e) => e.match), ...candidateUploads(history).map(uploadNote)];
    // A partial history shows the candidate's part only when it is already a majority.
    if (gap && !present) return { evidence: [], present: null, note: `${notes.join('; ')}: authorship unknown` };
    return { evidence: present ? evidence : [], present, note: notes.join('; ') };
  },
});
