// The scan use case: repositories (folders, git URLs, archives) into cited
// evidence, one after another, each with its own progress.
import { scanRepository, type ScanOptions } from './pipeline.js';
import type { RepoScan } from '../model/index.js';
import type { Progress } from './ports.js';

export type ScanSourcesOptions = Omit<ScanOptions, 'onProgress'>;

export interface ScanDeps {
  /** A progress sink for each source (a terminal line, a job's progress). */
  progressFor?: (source: string) => Progress;
}

/** Scans every source in order; a source that cannot be read throws (a UserError naming it). */
export async function scanSources(sources: readonly string[], options: ScanSourcesOptions = {}, deps: ScanDeps = {}): Promise<RepoScan[]> {
  const scans: RepoScan[] = [];
  for (const source of sources) {
    const progress = deps.progressFor?.(source);
    try {
      scans.push(await scanRepository(source, { ...options, onProgress: progress ? (e) => progress.update(e) : undefined }));
    } finally {
      progress?.stop?.();
    }
  }
  return scans;
}
