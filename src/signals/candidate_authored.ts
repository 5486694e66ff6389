// signals.md › candidate_authored: the named candidate (matched by any of the given emails or names) authored at least half of the non-merge commits, or of the lines in git blame of the repository's own code.
import { defineDetector } from './define.js';

export const candidateAuthored = defineDetector({
  id: 'candidate_authored',
  area: 'authorship',
});
