// A rank batch as jobs (`evident rank --submit`): each candidate of the batch
// stored the way the team app stores an upload (the CV and every local
// repository put in the store's file store, a local folder packed first: a
// git work tree as a bundle of its HEAD, with history; other folders as a
// .tar.gz), their screening queued for `evident worker` processes, and, once
// every candidate is screened or failed, the stored assessments ranked like
// `rank` ranks its own. Job payloads hold ids only: no local path leaves this
// machine.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapBounded, rankOutcomes, type RankOutcome } from '../app/rank-candidates.js';
import { packFolder } from '../ingest/bundle.js';
import { isArchive, isGitUrl } from '../ingest/index.js';
import type { RankResult } from '../model/rank.js';
import type { RoleProfile } from '../assess/role-profile.js';
import type { BatchCandidate } from '../screen/candidates.js';
import type { CandidateInput } from '../screen/types.js';
import type { Store } from '../store/index.js';
import { isUserError, UserError } from '../util/errors.js';
import { redactSecrets } from '../util/redact.js';
import { submitScreening, waitForCandidates, type BatchProgress } from './submit.js';
import type { JobQueue } from './types.js';

/** A candidate of the batch in the store (`candidateId`), or why it could not be stored. */
export interface StoredEntry {
  id: string;
  candidateId?: string;
  error?: string;
}

export interface StoredBatch {
  roleId: string;
  entries: StoredEntry[];
}

/** What one candidate becomes in the store: its files read or packed, before anything is written. */
interface Prepared {
  cv?: { name: string; bytes: Buffer };
  repos: Array<{ url: string } | { name: string; bytes: Buffer }>;
}

/** A `file://` URL is a local folder or archive: packed like one, never handed to a worker as a path. */
function localPathOf(repo: string): string | undefined {
  if (/^file:\/\//i.test(repo)) return fileURLToPath(repo.replace(/#.*$/, ''));
  return isGitUrl(repo) ? undefined : repo;
}

async function prepare(input: CandidateInput, tmp: string): Promise<Prepared> {
  if (input.discover) throw new UserError('profile discovery (github, gitlab, huggingface columns) is not run by --submit: list the repositories instead', 'E_USAGE');
  const repos: Prepared['repos'] = [];
  for (const [i, repo] of input.repos.entries()) {
    const path = localPathOf(repo);
    if (path === undefined) {
      repos.push({ url: repo });
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UserError(`no such file or folder: ${basename(path)}`, 'E_NOT_FOUND');
    const file = info.isDirectory() ? await packFolder(path, tmp, `${i + 1}-${basename(path) || 'repository'}`) : isArchive(path) ? path : undefined;
    if (!file) throw new UserError(`not a folder, git URL or archive: ${basename(path)}`, 'E_SOURCE');
    // A packed folder is stored under the folder's name (a bundle or .tar.gz): the report names it so.
    const name = file === path ? basename(path) : `${basename(path) || 'repository'}${file.endsWith('.bundle') ? '.bundle' : '.tar.gz'}`;
    repos.push({ name, bytes: await readFile(file) });
  }
  return { ...(input.cv ? { cv: { name: basename(input.cv), bytes: await readFile(input.cv) } } : {}), repos };
}

function reasonOf(err: unknown): string {
  if (isUserError(err)) return redactSecrets(err.message);
  return redactSecrets(`internal error: ${(err as Error)?.message ?? String(err)}`);
}

/**
 * Stores the role and every readable candidate of the batch (a blind role's
 * candidates are labelled `Candidate N`, N their place in the batch).
 */
export async function storeBatch(store: Store, batch: readonly BatchCandidate[], role: { profile: RoleProfile; blind?: boolean }): Promise<StoredBatch> {
  const stored = await store.roles.create({ profile: role.profile, blind: role.blind });
  // Packing runs git and tar: a few candidates at once.
  const entries = await mapBounded(batch, 4, async (c, index): Promise<StoredEntry> => {
    if (!c.input) return { id: c.id, error: c.error ?? 'unreadable' };
    const tmp = await mkdtemp(join(tmpdir(), 'evident-submit-'));
    try {
      const prepared = await prepare(c.input, tmp);
      const label = role.blind ? `Candidate ${index + 1}` : c.input.label;
      const candidate = await store.candidates.create({ label, roleId: stored.id, emails: c.input.emails, names: c.input.names });
      if (prepared.cv) await store.files.put({ candidateId: candidate.id, kind: 'cv', originalName: prepared.cv.name, content: prepared.cv.bytes });
      for (const repo of prepared.repos) {
        if ('url' in repo) await store.repositories.add({ candidateId: candidate.id, url: repo.url });
        else {
          const file = await store.files.put({ candidateId: candidate.id, kind: 'archive', originalName: repo.name, content: repo.bytes });
          await store.repositories.add({ candidateId: candidate.id, fileId: file.id });
        }
      }
      return { id: c.id, candidateId: candidate.id };
    } catch (err) {
      return { id: c.id, error: reasonOf(err) };
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
  return { roleId: stored.id, entries };
}

/** Queues the screening of every stored candidate; returns the number of jobs queued. */
export async function submitBatch(store: Store, queue: JobQueue, batch: StoredBatch): Promise<number> {
  let jobs = 0;
  for (const e of batch.entries) if (e.candidateId) jobs += (await submitScreening(store, queue, e.candidateId)).length;
  return jobs;
}

/** Waits until every stored candidate is screened or failed. */
export function waitForBatch(store: Store, batch: StoredBatch, options: { pollMs?: number; signal?: AbortSignal; onProgress?: (p: BatchProgress) => void } = {}): Promise<BatchProgress> {
  return waitForCandidates(store, batch.entries.flatMap((e) => (e.candidateId ? [e.candidateId] : [])), options);
}

/** The ranking of the batch from the stored assessments, as `rank` gives it. */
export async function rankStoredBatch(store: Store, batch: readonly BatchCandidate[], stored: StoredBatch, options: { blind?: boolean; wallMs: number }): Promise<RankResult> {
  const outcomes: RankOutcome[] = [];
  for (const [i, e] of stored.entries.entries()) {
    if (!e.candidateId) {
      outcomes.push({ id: e.id, error: e.error ?? 'unreadable' });
      continue;
    }
    const candidate = await store.candidates.get(e.candidateId);
    const row = candidate?.status === 'screened' ? await store.assessments.get(e.candidateId, stored.roleId) : undefined;
    if (!row) {
      outcomes.push({ id: e.id, error: candidate?.error ?? 'not screened' });
      continue;
    }
    const assessment = row.assessment;
    // Without a label or a name on the CV, `rank` titles a report with the folder name (or manifest id).
    if (!options.blind && !batch[i]?.input?.label && assessment.candidate.label === 'Candidate') assessment.candidate.label = e.id;
    outcomes.push({ id: e.id, assessment });
  }
  return rankOutcomes(batch, outcomes, { blind: options.blind, timings: { cv: 0, scan: 0, assess: 0 }, wallMs: options.wallMs });
}
