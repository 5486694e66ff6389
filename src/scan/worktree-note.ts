// What the report says of a repository whose working tree lacks files its
// last commit tracks (src/ingest/worktree.ts), next to the repository, in
// every format.
import type { RepoScan, WorktreeGap } from '../model/scan.js';

/** "the working tree lacks 103 of the 120 files its last commit tracks, 103 of its 103 Python files among them: screened what is on disk". */
export function worktreeSentence(gap: WorktreeGap): string {
  const python = gap.missingPython > 0 ? `, ${gap.missingPython} of its ${gap.trackedPython} Python files among them` : '';
  return `the working tree lacks ${gap.missing} of the ${gap.tracked} files its last commit tracks${python}: screened what is on disk`;
}

/** The sentence for a scan, when its working tree lacks tracked files. */
export const worktreeNote = (scan: RepoScan): string | undefined => (scan.worktree ? worktreeSentence(scan.worktree) : undefined);
