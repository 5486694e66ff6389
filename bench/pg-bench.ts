// What the PostgreSQL benchmarks share (queue-bench.ts, scale-bench.ts): the
// admin connection, a throw-away database per run, command-line flags and the
// CPU time of worker processes.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';

export const ADMIN = process.env.EVIDENT_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const BIN = new URL('../src/cli/bin.js', import.meta.url).pathname;

/** The value after `--name` on the command line, or the fallback. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** One query on its own connection. */
export async function query<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A new database for one run, dropped (with its connections) by `drop`. */
export async function freshDatabase(prefix: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await query(ADMIN, `CREATE DATABASE ${name}`);
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: async () => void (await query(ADMIN, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)) };
}

/** User + system CPU time of a live process and its finished children (git) from /proc (Linux), ms; 0 elsewhere. */
export async function cpuOf(pid: number | undefined): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime, stime, cutime, cstime: clock ticks of 10 ms on Linux.
  return fields.slice(11, 15).reduce((n, f) => n + Number(f || 0), 0) * 10;
}
