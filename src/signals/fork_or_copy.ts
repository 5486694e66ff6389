// signals.md › fork_or_copy: the history shows the code was taken rather than written: a single bulk import commit holding most of the code, or commits mostly by other authors.
import { defineDetector } from './define.js';

export const forkOrCopy = defineDetector({
  id: 'fork_or_copy',
  area: 'authorship',
  // Decided by the history stage; without history it is unknown (neither present nor absent).
  detect: () => ({ evidence: [], present: null, note: 'history unavailable' }),
});
