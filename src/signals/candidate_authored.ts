// signals.md › candidate_authored: the named candidate authored at least half of the non-merge commits, or of the lines in git blame of the repository's own code.
import { defineDetector } from './define.js';

export const candidateAuthored = defineDetector({
  id: 'candidate_authored',
  area: 'authorship',
  // Decided by the history stage; without history it is unknown (neither present nor absent).
  detect: () => ({ evidence: [], present: null, note: 'history unavailable' }),
});
