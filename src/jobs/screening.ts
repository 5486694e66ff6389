// The screening jobs: scan one repository, parse one CV, assess one candidate.
// Each reads stored references (ids, URLs, commits), writes its result in one
// statement under a unique key, and is safe to run twice. A commit already
// scanned by this analyser version (with the same git identities) is read
// from the shared result table, and a scan in progress elsewhere is waited
// for, not repeated. Bad input is recorded on the repository or file, with
// its reason, and the candidate is assessed with what could be read.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCv } from '../cv/index.js';
import { checkRemoteUrl, pinnedGitConfig, type RemotePolicy } from '../ingest/remote-guard.js';
import { scanRepository } from '../app/pipeline.js';
import { readSnippets } from '../screen/snippets.js';
import type { Candidate, Repository, Store, StoredScan } from '../store/index.js';
import { safeFileName } from '../store/index.js';
import { VERSION } from '../version.js';
import { assessStored } from './assess-stored.js';
import { errorReason, isRetryable, PermanentJobError } from './errors.js';
import { resolveRemoteCommit } from './remote-commit.js';
import { fanIn } from './submit.js';
import type { JobContext, JobHandlers, JobQueue } from './types.js';

export interface ScreeningOptions {
  store: Store;
  /** Where follow-up jobs go (the assessment once a candidate's inputs are in). */
  queue: JobQueue;
  /** YYYY-MM-DD recency is measured from (default: today, UTC). */
  asOf?: () => string;
  /** `file://` repository URLs (local tests and benches only: a server must not let users read the worker's disk). */
  allowFileUrls?: boolean;
  /** Time budget for blame per repository, ms (default 120 s). */
  blameBudgetMs?: number;
  /**
   * What a repository URL may point at, checked again when the job runs (the
   * name may resolve elsewhere by now), and the clone pinned to the checked
   * addresses with no redirects: ingest/remote-guard.ts. allowFileUrls is added.
   */
  remote?: Omit<RemotePolicy, 'allowFileUrls'>;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The git identities a scan's authorship depends on, and the key part naming them. */
function identityOf(candidate: Candidate): { identity: { emails: string[]; names: string[] }; variant: string } {
  const identity = { emails: [...candidate.emails].sort(), names: [...candidate.names].sort() };
  const empty = identity.emails.length === 0 && identity.names.length === 0;
  return { identity, variant: empty ? '' : createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 32) };
}

/** Records a failure that will not be retried on the input, then lets the candidate be assessed without it. */
async function onFailure(err: unknown, ctx: JobContext, record: (reason: string) => Promise<void>, after: () => Promise<void>): Promise<never> {
  if (!isRetryable(err) || ctx.final) {
    await record(errorReason(err));
    await after();
  }
  throw err;
}

export function screeningHandlers(options: ScreeningOptions): JobHandlers {
  const { store, queue } = options;
  const asOf = options.asOf ?? today;
  const next = async (candidateId: string): Promise<void> => {
    await fanIn(store, queue, candidateId);
  };

  /** The `git -c` settings a fetch of this URL runs under, once it passes the server's URL policy (a refused address is final, a failed lookup is retried). */
  async function guard(url: string): Promise<string[]> {
    return pinnedGitConfig(await checkRemoteUrl(url, { ...options.remote, allowFileUrls: options.allowFileUrls ?? false }));
  }

  async function commitOf(repo: Repository): Promise<string> {
    if (repo.commit) return repo.commit;
    let commit: string;
    if (repo.url) commit = await resolveRemoteCommit(repo.url, { allowFileUrls: options.allowFileUrls, config: await guard(repo.url) });
    else {
      const file = await store.files.get(repo.fileId ?? '');
      if (!file) throw new PermanentJobError('the uploaded archive is gone');
      commit = `sha256:${file.sha256}`;
    }
    await store.repositories.setCommit(repo.id, commit);
    return commit;
  }

  async function runScan(repo: Repository, commit: string, identity: { emails: string[]; names: string[] }, ctx: JobContext): Promise<StoredScan> {
    const tmp = await mkdtemp(join(tmpdir(), 'evident-job-'));
    try {
      const file = repo.fileId ? await store.files.get(repo.fileId) : undefined;
      const input = repo.url ?? (await store.files.materialize(repo.fileId ?? '', tmp));
      let snippets: Record<string, string> = {};
      const gitConfig = repo.url ? await guard(repo.url) : [];
      const scan = await scanRepository(input, {
        source: { allowFileUrls: options.allowFileUrls, gitConfig, ...(repo.url ? { ref: commit } : {}) },
        candidate: identity,
        blameBudgetMs: options.blameBudgetMs ?? 120_000,
        onProgress: (e) => ctx.progress(e.phase, e.done, e.total),
        beforeDispose: async (root, s) => {
          snippets = await readSnippets(root, s);
        },
      });
      // The worker's temporary path means nothing elsewhere: an archive is named as uploaded.
      if (file) scan.source.input = safeFileName(file.originalName);
      return { scan, snippets };
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }

  return {
    'scan-repository': async ({ candidateId, repositoryId }, ctx) => {
      const repo = await store.repositories.get(repositoryId);
      const candidate = await store.candidates.get(candidateId);
      // Deleted since it was queued: nothing to do.
      if (!repo || !candidate || repo.candidateId !== candidateId) return;
      try {
        const { identity, variant } = identityOf(candidate);
        const key = { commit: await commitOf(repo), analyserVersion: VERSION, variant };
        const scanId = await store.scans.withLock(key, async () => (await store.scans.findId(key)) ?? store.scans.save(key, await runScan(repo, key.commit, identity, ctx)));
        await store.repositories.setScan(repo.id, scanId);
        // The candidate was deleted while this ran: keep nothing about them.
        if (!(await store.repositories.get(repo.id))) await store.scans.dropIfUnreferenced(scanId);
      } catch (err) {
        await onFailure(err, ctx, (reason) => store.repositories.setError(repo.id, reason), () => next(candidateId));
      }
      await next(candidateId);
    },

    'parse-cv': async ({ candidateId, fileId }, ctx) => {
      const file = await store.files.get(fileId);
      if (!file || file.candidateId !== candidateId) return;
      try {
        if (!(await store.cvResults.get(fileId, VERSION))) {
          const cv = await parseCv(await store.files.read(fileId), safeFileName(file.originalName), { now: new Date(`${asOf()}T00:00:00Z`) });
          await store.cvResults.save({ fileId, candidateId, analyserVersion: VERSION, result: cv });
        }
      } catch (err) {
        await onFailure(err, ctx, (reason) => store.files.setError(fileId, reason), () => next(candidateId));
      }
      await next(candidateId);
    },

    'assess-candidate': async ({ candidateId, roleId }, ctx) => {
      try {
        await assessStored(store, candidateId, roleId, asOf());
      } catch (err) {
        await onFailure(err, ctx, (reason) => store.candidates.setStatus(candidateId, 'failed', reason), async () => {});
      }
    },
  };
}
