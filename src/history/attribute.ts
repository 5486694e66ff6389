// Who wrote each evidence line: `git blame -L` on just those lines, batched
// by file. Notebook evidence is attributed per file (a cell line has no
// stable line in the notebook's JSON): the author of most lines added to it.
import type { Authorship, Evidence, SignalResult } from '../model/evidence.js';
import { blameLines } from './blame.js';
import type { CommitRecord } from './types.js';

/**
 * Whether an author (and, when known, the commit's Co-authored-by trailers)
 * is the candidate; undefined for an unattributed machine identity (its
 * lines count neither for nor against the candidate).
 */
export type LineMatcher = (name: string, email: string, commit?: string) => boolean | undefined;

export interface AttributionResult {
  /** Evidence files not attributed because the budget ran out. */
  notAttributed: string[];
}

export async function attributeEvidence(
  dir: string,
  signals: SignalResult[],
  matcher: LineMatcher | undefined,
  deadline: number,
  commits: readonly CommitRecord[],
): Promise<AttributionResult> {
  const byPath = new Map<string, Evidence[]>();
  for (const s of signals) {
    for (const e of s.evidence) {
      if (e.kind === 'history') continue;
      const list = byPath.get(e.path) ?? [];
      list.push(e);
      byPath.set(e.path, list);
    }
  }
  const notAttributed: string[] = [];
  const notebookOwners = fileOwners(commits, [...byPath.keys()].filter((p) => p.endsWith('.ipynb')));
  // With one commit, every line was written by it: no blame needed.
  const only = commits.length === 1 ? commits[0] : undefined;
  for (const [path, items] of [...byPath].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (path.endsWith('.ipynb') || items.every((e) => !e.line)) {
      const owner = path.endsWith('.ipynb') ? notebookOwners.get(path) : undefined;
      if (owner) for (const e of items) e.blame = withCandidate({ ...owner, scope: 'file' }, matcher);
      continue;
    }
    if (only) {
      const a: Authorship = { author: only.name, email: only.email, date: isoDate(only.authorTime), commit: only.hash, scope: 'line' };
      for (const e of items) if (e.line) e.blame = withCandidate(a, matcher);
      continue;
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      notAttributed.push(path);
      continue;
    }
    const lines = items.filter((e) => e.line).map((e) => e.line as number);
    const blamed = await blameLines(dir, path, lines, left);
    if (!blamed) continue;
    const byLine = new Map(blamed.map((b) => [b.line, b]));
    for (const e of items) {
      const b = e.line ? byLine.get(e.line) : undefined;
      if (b) e.blame = withCandidate({ author: b.name, email: b.email, date: isoDate(b.time), commit: b.commit, scope: 'line' }, matcher);
    }
  }
  return { notAttributed };
}

function withCandidate(a: Authorship, matcher: LineMatcher | undefined): Authorship {
  const candidate = matcher?.(a.author, a.email, a.commit);
  return candidate === undefined ? a : { ...a, candidate };
}

function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/**
 * For each path (its name at HEAD: the log follows renames, so a move
 * credits the mover with the lines it changed, none for a pure move), the
 * author who added the most lines to it, with the date of their last commit
 * touching it. A commit whose change to the file could not be read
 * (`unread`, `unknownPaths`: a missing blob) credits no one; when such a
 * commit is by another identity than the author who added the most readable
 * lines, the file's author is unknown (no owner), since its unread lines could
 * be the most. An author with no line added is no owner.
 */
export function fileOwners(commits: readonly CommitRecord[], paths: string[]): Map<string, Authorship> {
  const owners = new Map<string, Authorship>();
  if (paths.length === 0) return owners;
  const wanted = new Set(paths);
  const tally = new Map<string, Map<string, { lines: number; name: string; email: string; time: number; commit: string }>>();
  const unknownBy = new Map<string, Set<string>>();
  for (const c of commits) {
    for (const [p, added] of c.perPath) {
      if (!wanted.has(p)) continue;
      const key = c.email.toLowerCase();
      if (c.unread || c.unknownPaths?.has(p)) {
        unknownBy.set(p, (unknownBy.get(p) ?? new Set()).add(key));
        continue;
      }
      const perAuthor = tally.get(p) ?? new Map();
      const t = perAuthor.get(key) ?? { lines: 0, name: c.name, email: c.email, time: 0, commit: c.hash };
      t.lines += added;
      if (c.authorTime > t.time) Object.assign(t, { time: c.authorTime, commit: c.hash });
      perAuthor.set(key, t);
      tally.set(p, perAuthor);
    }
  }
  for (const [p, perAuthor] of tally) {
    const best = [...perAuthor.values()].sort((a, b) => b.lines - a.lines || a.email.localeCompare(b.email))[0];
    if (!best || best.lines <= 0) continue;
    const unknown = unknownBy.get(p);
    if (unknown && [...unknown].some((k) => k !== best.email.toLowerCase())) continue;
    owners.set(p, { author: best.name, email: best.email, date: isoDate(best.time), commit: best.commit });
  }
  return owners;
}
