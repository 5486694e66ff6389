import { authorshipGap, candidateUploads, coAuthors, nameList, partialNote, pct, takenShare, uploadNote } from '../history/verdict.js';
import { defineDetector } from './define.js';
import { historyEvidence } from './evidence.js';

/** History evidence for one aspect (commits, lines, blame...): each its own location, so none is merged with another. */
const aspect = (what: string, match: string) => ({ ...historyEvidence(match), path: `git history: ${what}`, location: `git history: ${what}` });

export const forkOrCopy = defineDetector({
  id: 'fork_or_copy',
  area: 'authorship',
  rule: 'the history shows the code was taken rather than written: most of the repository\'s own code was added by identities other than the candidate (commits by others, or a bulk import commit by someone else). A bulk upload by the candidate\'s own identity is not copying: it only means the history cannot show how the code was developed, which is reported as a neutral note.',
  detect: ({ history }) => {
    const gap = authorshipGap(history);
    if (gap || !history) return { evidence: [], present: null, note: `${gap}: authorship unknown` };
    if (!history.candidate) return { evidence: [], present: null, note: 'no candidate identity given: not judged' };
    const taken = takenShare(history);
    if (!taken) {
      const c = history.candidate;
      if (c.totalLinesAdded === 0 && c.totalBlamedLines === 0) return { evidence: [], present: false, note: 'no own code in the history' };
      const why = partialNote(history) ?? 'blame time budget ran out';
      return { evidence: [], present: null, note: `own-code lines could not all be read (${why}): authorship unknown` };
    }
    const others = coAuthors(history);
    const named = others.length ? `: ${nameList(others)}` : '';
    const partial = partialNote(history);
    if (!taken.taken) {
      const share = taken.byLines ?? taken.byBlame ?? 0;
      const measure = taken.byLines === null ? 'blamed own-code lines by' : 'own-code lines added by';
      const notes = [...(partial ? [partial] : []), `${pct(1 - share)} of the ${measure} the candidate`, ...candidateUploads(history).map(uploadNote)];
      if (others.length) notes.push(`co-authors${named}`);
      return { evidence: [], present: false, note: notes.join('; ') };
    }
    const evidence = [];
    if (taken.byLines !== null) evidence.push(aspect('lines added', `${pct(taken.byLines)} of the own-code lines were added by other identities${named}`));
    if (taken.byBlame !== null) evidence.push(aspect('blame', `${pct(taken.byBlame)} of the blamed own-code lines are by other identities${taken.byLines === null ? named : ''}`));
    for (const b of history.bulkImports.filter((x) => x.candidate === false)) {
      evidence.push(historyEvidence(`bulk import ${b.commit.slice(0, 12)} on ${b.date} by ${b.author}: ${b.linesAdded} own-code lines in ${b.files} files (${pct(b.share)} of the own code)`, b.commit));
    }
    if (partial) evidence.push(aspect('partial', partial));
    return { evidence, present: true };
  },
});
