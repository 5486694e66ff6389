// `evident rank --submit`: the batch stored and queued on PostgreSQL for
// `evident worker` processes (src/jobs/batch.ts), progress on stderr while
// they work (a bar on a terminal, else a line per change), and the ranking
// of their stored assessments once every candidate is screened or failed.
import type { RoleProfile } from '../assess/role-profile.js';
import type { RankResult } from '../model/rank.js';
import type { BatchCandidate } from '../screen/candidates.js';
import type { Io } from './io.js';
import { progressBar } from './progress-bar.js';

export interface SubmitOptions {
  role: RoleProfile;
  blind?: boolean;
  databaseUrl: string;
  dataDir?: string;
  /** How often the store is read for progress, ms (default 1000). */
  pollMs?: number;
}

export async function rankSubmitted(io: Io, batch: readonly BatchCandidate[], options: SubmitOptions): Promise<RankResult> {
  const { openStore } = await import('../store/index.js');
  const { openQueue } = await import('../jobs/index.js');
  const { rankStoredBatch, storeBatch, submitBatch, waitForBatch } = await import('../jobs/batch.js');
  const start = performance.now();
  const store = await openStore({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  try {
    // This process only queues and reads: lease checks are the workers' work.
    const queue = await openQueue(store, { databaseUrl: options.databaseUrl, supervise: false });
    try {
      const stored = await storeBatch(store, batch, { profile: options.role, blind: options.blind });
      const jobs = await submitBatch(store, queue, stored);
      const queued = stored.entries.filter((e) => e.candidateId).length;
      io.err(`submitted ${queued} of ${batch.length} candidates (${jobs} jobs) for evident worker; waiting\n`);
      const bar = progressBar(io, queued, 'screening');
      let ticked = 0;
      try {
        await waitForBatch(store, stored, {
          pollMs: options.pollMs ?? 1000,
          onProgress: (p) => {
            for (; ticked < p.done; ticked++) bar.tick('');
            if (!io.isTty) io.err(`screening: ${p.done}/${p.total} candidates done${p.failed ? `, ${p.failed} failed` : ''}\n`);
          },
        });
      } finally {
        bar.stop();
      }
      return await rankStoredBatch(store, batch, stored, { blind: options.blind, wallMs: performance.now() - start });
    } finally {
      await queue.stop({ timeoutMs: 1000 });
    }
  } finally {
    await store.close();
  }
}
