// One pass of `git log` for every statistic: non-merge commits with author
// (after .mailmap), dates and lines added per path.
import { realpath } from 'node:fs/promises';
import { git } from './git.js';
import type { CommitRecord } from './types.js';

const FORMAT = '%x1e%H%x1f%aN%x1f%aE%x1f%at%x1f%ct%x1f%s';

export async function readLog(dir: string, timeoutMs = 120_000): Promise<CommitRecord[]> {
  const { stdout, code } = await git(
    dir,
    ['log', '--no-merges', '--use-mailmap', '--numstat', '--no-renames', '--no-textconv', '--no-ext-diff', `--format=${FORMAT}`, 'HEAD'],
    { timeoutMs },
  );
  if (code !== 0) return [];
  return parseLog(stdout);
}

export function parseLog(out: string): CommitRecord[] {
  const commits: CommitRecord[] = [];
  for (const chunk of out.split('\x1e')) {
    if (!chunk.trim()) continue;
    const nl = chunk.indexOf('\n');
    const header = nl === -1 ? chunk : chunk.slice(0, nl);
    const [hash, name, email, at, ct, subject] = header.split('\x1f');
    if (!hash || !/^[0-9a-f]{40}$/.test(hash)) continue;
    const record: CommitRecord = {
      hash,
      name: name ?? '',
      email: email ?? '',
      authorTime: Number(at) || 0,
      commitTime: Number(ct) || 0,
      subject: subject ?? '',
      files: 0,
      added: 0,
      perPath: new Map(),
    };
    for (const line of nl === -1 ? [] : chunk.slice(nl + 1).split('\n')) {
      const m = /^(\d+|-)\t(\d+|-)\t(.+)$/.exec(line);
      if (!m) continue;
      record.files++;
      const added = m[1] === '-' ? 0 : Number(m[1]);
      record.added += added;
      record.perPath.set(unquote(m[3]), (record.perPath.get(m[3]) ?? 0) + added);
    }
    commits.push(record);
  }
  return commits;
}

/** git quotes unusual paths in C style ("a\tb"); enough to compare with walked paths. */
function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  try {
    return JSON.parse(path) as string;
  } catch {
    return path.slice(1, -1);
  }
}

export async function countMerges(dir: string): Promise<number> {
  const { stdout, code } = await git(dir, ['rev-list', '--merges', '--count', 'HEAD']);
  return code === 0 ? Number(stdout.trim()) || 0 : 0;
}

export type HistoryState = 'none' | 'shallow' | 'full';

/**
 * One `git rev-parse` tells whether the folder is the top of a work tree with
 * a HEAD, and whether the clone is shallow. A folder inside someone else's
 * work tree has no history of its own.
 */
export async function historyState(dir: string): Promise<HistoryState> {
  const { stdout, code } = await git(dir, ['rev-parse', '--show-toplevel', '--is-shallow-repository', '--verify', '-q', 'HEAD']);
  const [top, shallow, head] = stdout.trim().split('\n');
  if (code !== 0 || !top || !/^[0-9a-f]{40}$/.test(head ?? '')) return 'none';
  const real = await realpath(dir).catch(() => dir);
  if (top !== real) return 'none';
  return shallow === 'true' ? 'shallow' : 'full';
}
