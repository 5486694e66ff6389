// `git blame --porcelain`: who wrote which line. Whole files for the
// candidate's share of the code; only the evidence lines (`-L n,n`, batched
// by file) for evidence attribution. Both run within a time budget.
import { tryGit, usingRepo, type CandidateRepo } from './git.js';

export interface BlameLine {
  line: number;
  commit: string;
  name: string;
  email: string;
  time: number;
}

export function parseBlamePorcelain(out: string): BlameLine[] {
  const lines: BlameLine[] = [];
  const commits = new Map<string, { name: string; email: string; time: number }>();
  let current: { commit: string; line: number } | undefined;
  let pending: { name: string; email: string; time: number } = { name: '', email: '', time: 0 };
  for (const row of out.split('\n')) {
    const head = /^([0-9a-f]{40}) \d+ (\d+)/.exec(row);
    if (head) {
      current = { commit: head[1], line: Number(head[2]) };
      pending = commits.get(head[1]) ?? { name: '', email: '', time: 0 };
      continue;
    }
    if (!current) continue;
    if (row.startsWith('author ')) pending.name = row.slice(7);
    else if (row.startsWith('author-mail ')) pending.email = row.slice(12).replace(/^<|>$/g, '');
    else if (row.startsWith('author-time ')) pending.time = Number(row.slice(12));
    else if (row.startsWith('\t')) {
      commits.set(current.commit, pending);
      lines.push({ line: current.line, commit: current.commit, ...pending });
      current = undefined;
    }
  }
  return lines;
}

const BLAME_FLAGS = ['blame', '--porcelain', '-w', '--no-textconv'];
/** Most output read from one blame (a very large file). */
export const MAX_BLAME_BYTES = 128 * 1024 * 1024;
/** Line ranges given to one `git blame` run (keeps the command line short). */
export const BLAME_RANGES_PER_RUN = 500;

/** Blames a whole file at HEAD; undefined when git fails (objects missing, time limit). */
export async function blameFile(repo: CandidateRepo, path: string, timeoutMs: number): Promise<BlameLine[] | undefined> {
  const out = await tryGit(repo, [...BLAME_FLAGS, repo.head, '--', path], { timeoutMs, maxStdout: MAX_BLAME_BYTES });
  return out === undefined ? undefined : parseBlamePorcelain(out);
}

/**
 * Blames the given lines of a file at HEAD (for evidence), in the work tree
 * `dir`, through the shared shadow git dir when one is open (withSharedRepo).
 */
export async function blameLines(dir: string, path: string, lines: number[], timeoutMs: number): Promise<BlameLine[] | undefined> {
  const deadline = Date.now() + timeoutMs;
  const wanted = [...new Set(lines)].sort((a, b) => a - b);
  return usingRepo(
    dir,
    async (repo) => {
      const found: BlameLine[] = [];
      for (let i = 0; i < wanted.length; i += BLAME_RANGES_PER_RUN) {
        const ranges = wanted.slice(i, i + BLAME_RANGES_PER_RUN).flatMap((n) => ['-L', `${n},${n}`]);
        const left = deadline - Date.now();
        const out = left > 0 ? await tryGit(repo, [...BLAME_FLAGS, ...ranges, repo.head, '--', path], { timeoutMs: left, maxStdout: MAX_BLAME_BYTES }) : undefined;
        if (out === undefined) return i === 0 ? undefined : found;
        for (const line of parseBlamePorcelain(out)) found.push(line);
      }
      return found;
    },
    () => undefined,
  );
}
