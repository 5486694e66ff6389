// Shares of the repository's own code in the log: which commits touch it,
// how many of its lines each commit added, the commits that brought most of
// it at once, and the candidate's part. Commits touching only other files
// (a licence, a lock file, generated translations) count for no one.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { ownSourceClassifier, type OwnSource } from './own-source.js';
import type { BulkCommit, CandidateShare, CommitRecord } from './types.js';

/** A bulk commit brings at least this share of the own-code lines of today's files... */
export const BULK_SHARE = 0.5;
/** ...and at least this many lines, so a two-line repository is not "bulk imported". */
export const BULK_MIN_LINES = 200;
/** Notebooks larger than this are not read for their code share (their lines then count whole). */
export const NOTEBOOK_SCALE_MAX_BYTES = 32 * 1024 * 1024;

export interface SourceScope {
  /** The own-source classifier (by path, minus files generated at HEAD). */
  own: OwnSource;
  /** Paths present at HEAD: only lines of today's files count. */
  atHead: ReadonlySet<string>;
  /** Notebook path → share of its JSON lines that are code-cell lines. */
  notebookScale: ReadonlyMap<string, number>;
}

/** Every path at HEAD, classified by path alone (tests and callers without file facts). */
export function scopeOf(paths: readonly string[]): SourceScope {
  return { own: ownSourceClassifier(), atHead: new Set(paths), notebookScale: new Map() };
}

export function touchesSource(c: CommitRecord, scope: SourceScope): boolean {
  for (const p of c.perPath.keys()) if (scope.own(p)) return true;
  return false;
}

/** Lines the commit added to own code present at HEAD (a notebook's lines weighed by its code share; a summarised commit's estimate). */
export function sourceLinesOf(c: CommitRecord, scope: SourceScope): number {
  if (c.summarised) return Math.round(c.estimate ?? 0);
  let n = 0;
  for (const [p, added] of c.perPath) {
    if (!scope.atHead.has(p) || !scope.own(p)) continue;
    n += weighed(p, added, scope);
  }
  return Math.round(n);
}

/** Files the commit added lines to: a deletion or a pure rename uploads nothing. */
export function filesAdded(c: CommitRecord): number {
  let n = 0;
  for (const added of c.perPath.values()) if (added > 0) n++;
  return n;
}

/**
 * For each commit (by hash), the own-code files it added: paths no older
 * commit touched (git's status A; renames follow the file, renames.ts, so a
 * moved file is not added again). Files it modified or deleted are not.
 */
export function ownFilesAddedBy(commits: readonly CommitRecord[], scope: SourceScope): Map<string, number> {
  const seen = new Set<string>();
  const out = new Map<string, number>();
  // The log is newest first: walk it oldest first.
  for (let i = commits.length - 1; i >= 0; i--) {
    const c = commits[i];
    let n = 0;
    for (const p of c.perPath.keys()) {
      if (seen.has(p)) continue;
      seen.add(p);
      if (scope.own(p)) n++;
    }
    out.set(c.hash, n);
  }
  return out;
}

const isoDate = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/** A notebook's lines weighed by its code share; other own files' lines whole. */
const weighed = (p: string, added: number, scope: SourceScope) => (p.endsWith('.ipynb') ? added * (scope.notebookScale.get(p) ?? 1) : added);

/**
 * How far the code a commit brought was developed afterwards: the own-code
 * lines that commits after `commits[index]` (the log is newest first: indexes
 * below it) added to the own files at HEAD it added lines to, and how many
 * of those commits did.
 */
export function laterChangesOf(commits: readonly CommitRecord[], index: number, scope: SourceScope): { lines: number; commits: number } {
  const files = new Set<string>();
  for (const [p, added] of commits[index].perPath) if (added > 0 && scope.atHead.has(p) && scope.own(p)) files.add(p);
  let lines = 0;
  let n = 0;
  for (let i = 0; i < index; i++) {
    let mine = 0;
    for (const [p, added] of commits[i].perPath) if (files.has(p)) mine += weighed(p, added, scope);
    if (mine > 0) n++;
    lines += mine;
  }
  return { lines: Math.round(lines), commits: n };
}

/**
 * Own-code files `commits[index]` deleted (the log is newest first): paths it
 * changed without adding a line, gone at HEAD, that no later commit touched
 * and older commits wrote; with the lines those older commits added to them.
 * A commit that deletes its author's files and adds them again moved or
 * edited (a restructure git's rename detection did not pair) brings that
 * code back, it does not upload it.
 */
export function ownFilesDeletedBy(commits: readonly CommitRecord[], index: number, scope: SourceScope): { files: number; lines: number } {
  const gone = new Set<string>();
  for (const [p, added] of commits[index].perPath) if (added === 0 && !scope.atHead.has(p) && scope.own(p)) gone.add(p);
  for (let i = 0; i < index && gone.size > 0; i++) for (const p of commits[i].perPath.keys()) gone.delete(p);
  let files = 0;
  let lines = 0;
  for (const p of gone) {
    let written = 0;
    for (let i = index + 1; i < commits.length; i++) written += weighed(p, commits[i].perPath.get(p) ?? 0, scope);
    if (written === 0) continue;
    files++;
    lines += written;
  }
  return { files, lines: Math.round(lines) };
}

/** Own-code files at HEAD whose lines in this commit could not be read (a missing blob). */
export function unknownOwnPaths(c: CommitRecord, scope: SourceScope): string[] {
  const paths = c.unread ? [...(c.unknownPaths ?? c.perPath.keys())] : [...(c.unknownPaths ?? [])];
  return paths.filter((p) => scope.atHead.has(p) && scope.own(p));
}

/** Commits that added at least half (and 200+) of the own-code lines; `isCandidate` absent without an identity. */
export function bulkImports(commits: readonly CommitRecord[], scope: SourceScope, isCandidate?: (c: CommitRecord) => boolean): BulkCommit[] {
  const lines = commits.map((c) => sourceLinesOf(c, scope));
  const total = lines.reduce((n, x) => n + x, 0);
  if (total === 0) return [];
  // The log is newest first: the first commit touching own code is the last such one listed.
  const first = commits.findLast((c) => touchesSource(c, scope));
  const added = ownFilesAddedBy(commits, scope);
  return commits.flatMap((c, i): BulkCommit[] => {
    // An estimate is no measure of one commit: bounding reads every heavy commit in full.
    if (c.summarised || lines[i] < BULK_MIN_LINES || lines[i] / total < BULK_SHARE) return [];
    const bulk: BulkCommit = {
      commit: c.hash,
      date: isoDate(c.authorTime),
      author: c.name,
      email: c.email,
      files: filesAdded(c),
      addedFiles: added.get(c.hash) ?? 0,
      linesAdded: lines[i],
      share: lines[i] / total,
      subject: c.subject,
      first: c === first,
    };
    const later = laterChangesOf(commits, i, scope);
    Object.assign(bulk, { laterLines: later.lines, laterCommits: later.commits });
    const moved = ownFilesDeletedBy(commits, i, scope);
    if (moved.files > 0) Object.assign(bulk, { movedFiles: moved.files, movedLines: moved.lines });
    if (isCandidate) bulk.candidate = isCandidate(c);
    return [bulk];
  });
}

/**
 * Bulk commits measured again against the own-code lines counted at HEAD:
 * when commits could not be read, the log's total misses their lines and a
 * commit's share is overstated, so the larger of the two totals is the
 * share's base. A commit left under BULK_SHARE is no bulk commit.
 */
export function boundedByHead(bulks: readonly BulkCommit[], headLines: number): BulkCommit[] {
  return bulks.flatMap((b) => {
    const logTotal = b.share > 0 ? b.linesAdded / b.share : 0;
    if (headLines <= logTotal) return [b];
    const share = b.linesAdded / headLines;
    return share < BULK_SHARE ? [] : [{ ...b, share }];
  });
}

/**
 * The candidate's commits and lines of own code (blame shares are added by
 * the caller). Commits of unattributed machine identities (identity.ts
 * isMachineIdentity) count neither for nor against: they are left out of
 * both sides of every share and counted apart.
 */
export function commitShares(
  commits: readonly CommitRecord[],
  scope: SourceScope,
  isAuthor: (c: CommitRecord) => boolean,
  coAuthored: ReadonlySet<string>,
  isMachine: (c: CommitRecord) => boolean = () => false,
): Omit<CandidateShare, 'blamedLines' | 'totalBlamedLines' | 'blameShare'> {
  const mineOf = (c: CommitRecord) => isAuthor(c) || coAuthored.has(c.hash);
  const attributed = commits.filter((c) => mineOf(c) || !isMachine(c));
  const source = attributed.filter((c) => touchesSource(c, scope));
  // Own code only machine identities touched: no commit can be counted (authorship unknown, verdict.ts).
  const machineOnly = source.length === 0 && commits.some((c) => touchesSource(c, scope));
  const counted = source.length > 0 || machineOnly ? source : attributed;
  const mine = counted.filter(mineOf);
  let linesAdded = 0;
  let totalLinesAdded = 0;
  let unattributedLines = 0;
  let unattributedCommits = 0;
  for (const c of commits) {
    const n = sourceLinesOf(c, scope);
    if (!mineOf(c) && isMachine(c)) {
      unattributedLines += n;
      if (touchesSource(c, scope)) unattributedCommits++;
      continue;
    }
    totalLinesAdded += n;
    if (mineOf(c)) linesAdded += n;
  }
  return {
    commits: mine.length,
    commitShare: counted.length > 0 ? mine.length / counted.length : 0,
    countedCommits: counted.length,
    scope: source.length > 0 || machineOnly ? 'source' : 'all',
    coAuthored: mine.filter((c) => !isAuthor(c)).length,
    linesAdded,
    totalLinesAdded,
    lineShare: totalLinesAdded > 0 ? linesAdded / totalLinesAdded : null,
    // Commits of theirs with no line read, or with own code whose lines could not be read (a missing blob).
    unmeasuredCommits: commits.filter((c) => mineOf(c) && (c.added === 0 || unknownOwnPaths(c, scope).length > 0)).length,
    ...(unattributedCommits > 0 ? { unattributedCommits, unattributedLines } : {}),
  };
}

/** Code-cell lines over JSON lines, for each notebook at HEAD (outputs and metadata are not code). */
export async function notebookScales(root: string, notebooks: ReadonlyArray<{ path: string; size: number }>): Promise<Map<string, number>> {
  const scales = new Map<string, number>();
  for (const nb of notebooks) {
    if (nb.size > NOTEBOOK_SCALE_MAX_BYTES) continue;
    const scale = codeShare(await readRegularText(join(root, nb.path), NOTEBOOK_SCALE_MAX_BYTES));
    if (scale !== undefined) scales.set(nb.path, scale);
  }
  return scales;
}

/** A regular file's text within the size cap; '' for anything else (symlink, FIFO, device, too large). */
export async function readRegularText(path: string, maxBytes: number): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(() => undefined);
  if (!handle) return '';
  try {
    const stat = await handle.stat();
    if (!stat.isFile() || stat.size > maxBytes) return '';
    return await handle.readFile('utf8');
  } catch {
    return '';
  } finally {
    await handle.close();
  }
}

function codeShare(text: string): number | undefined {
  if (!text) return undefined;
  try {
    const doc = JSON.parse(text) as { cells?: Array<{ cell_type?: unknown; source?: unknown }> };
    if (!Array.isArray(doc.cells)) return undefined;
    let code = 0;
    for (const cell of doc.cells) {
      if (cell?.cell_type !== 'code') continue;
      const src = Array.isArray(cell.source) ? cell.source.join('') : typeof cell.source === 'string' ? cell.source : '';
      code += src ? src.split('\n').length : 0;
    }
    const lines = text.split('\n').length;
    return lines > 0 ? Math.min(1, code / lines) : undefined;
  } catch {
    return undefined;
  }
}
