// Limits for bringing untrusted sources onto disk (git clones, archives),
// and the temporary folders they are brought into. See docs/ingest.md.
import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface IngestLimits {
  /** A clone or an extraction taking longer is aborted. */
  timeoutMs: number;
  /** Most bytes a clone folder may grow to, or an archive may unpack to. */
  maxBytes: number;
  /** Most entries (files, folders, links) an archive may hold. */
  maxEntries: number;
  /** Highest ratio of data unpacked to archive bytes read, over the whole archive (zip bombs). */
  maxRatio: number;
  /** The ratio is checked only once this much data is unpacked: small archives of repetitive text are harmless. */
  ratioFloorBytes: number;
}

export const DEFAULT_INGEST_LIMITS: IngestLimits = {
  timeoutMs: 120_000,
  maxBytes: 1024 * 1024 * 1024,
  maxEntries: 50_000,
  maxRatio: 100,
  ratioFloorBytes: 32 * 1024 * 1024,
};

/** Fills in defaults for the limits a caller did not give. */
export function resolveLimits(partial: Partial<IngestLimits> = {}): IngestLimits {
  const limits = { ...DEFAULT_INGEST_LIMITS };
  for (const key of Object.keys(limits) as (keyof IngestLimits)[]) {
    const value = partial[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) limits[key] = value;
  }
  return limits;
}

/** A fresh private folder under the system temp folder (mode 0700). */
export async function makeTempDir(kind: 'git' | 'archive'): Promise<string> {
  return mkdtemp(join(tmpdir(), `evident-${kind}-`));
}

/** Removes a temporary folder; never throws (a failed cleanup must not hide the real error). */
export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}

/**
 * Bytes used by the files under `dir`, counted with lstat so that no link is
 * followed. Stops early once `stopAbove` is passed.
 */
export async function folderBytes(dir: string, stopAbove = Number.POSITIVE_INFINITY): Promise<number> {
  let total = 0;
  const pending = [dir];
  while (pending.length > 0 && total <= stopAbove) {
    const current = pending.pop() as string;
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const abs = join(current, entry.name);
      if (entry.isDirectory()) {
        pending.push(abs);
        continue;
      }
      const st = await lstat(abs).catch(() => undefined);
      if (st) total += st.size;
    }
  }
  return total;
}

/** `1.0 GiB`, `512 MiB`, `12 KiB`: for messages. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * A ratio over `limit` for a message, never rounded down to the limit itself:
 * `171:1`, `100.4:1`, or `more than 100:1` when closer than that.
 */
export function formatRatio(ratio: number, limit: number): string {
  for (const digits of [0, 1, 2]) {
    const scale = 10 ** digits;
    const shown = Math.floor(ratio * scale) / scale;
    if (shown > limit) return `${shown.toFixed(digits)}:1`;
  }
  return `more than ${limit}:1`;
}

/** `120 s`, `250 ms`: for messages. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 1000)} s`;
}
