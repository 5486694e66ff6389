// `git blame --porcelain`: who wrote which line. Whole files for the
// candidate's share of the code; only the evidence lines (`-L n,n`, batched
// by file) for evidence attribution. Both run within a time budget.
import { git } from './git.js';

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

export async function blameFile(dir: string, path: string, timeoutMs: number): Promise<BlameLine[] | undefined> {
  const { stdout, code } = await git(dir, [...BLAME_FLAGS, 'HEAD', '--', path], { timeoutMs });
  return code === 0 ? parseBlamePorcelain(stdout) : undefined;
}

export async function blameLines(dir: string, path: string, lines: number[], timeoutMs: number): Promise<BlameLine[] | undefined> {
  const ranges = [...new Set(lines)].sort((a, b) => a - b).flatMap((n) => ['-L', `${n},${n}`]);
  const { stdout, code } = await git(dir, [...BLAME_FLAGS, ...ranges, 'HEAD', '--', path], { timeoutMs });
  return code === 0 ? parseBlamePorcelain(stdout) : undefined;
}
