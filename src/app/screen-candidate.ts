// Screening one candidate: scan the repositories, parse the CV, build the
// claims-vs-evidence input and assess against a role. Wiring only: every rule
// lives in src/assess/. Identity (names, emails, links, file name) is passed
// to the report for the reader and never reaches a score.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { assessCandidate } from '../assess/assess.js';
import { buildCvEvidence, cvFactsOf } from '../assess/cv-input.js';
import type { RoleProfile } from '../assess/role-profile.js';
import type { Assessment, CandidateDetails } from '../assess/types.js';
import { parseCvFile, readCvFile } from '../cv/index.js';
import { isGitHubSource } from '../cv/matrix.js';
import type { CvResult } from '../cv/types.js';
import { isGitUrl } from '../ingest/source.js';
import { buildMatcher } from '../history/identity.js';
import { expandIdentity, loginAddress, ownerAddress, readAuthors } from '../history/portfolio-identity.js';
import type { CandidateIdentity } from '../history/types.js';
import { openSource, type OpenedSource } from '../ingest/index.js';
import { scanOpened } from './pipeline.js';
import type { DiscoverSettings } from '../discover/settings.js';
import type { StageTimings } from '../model/rank.js';
import type { RepoScan } from '../scan/types.js';
import { isUserError } from '../util/errors.js';
import { redactSecrets } from '../util/redact.js';
import { redactAssessment, identityTerms } from '../screen/blind.js';
import { hashKey, readEntry, sourceFingerprint, writeEntry } from '../screen/result-cache.js';
import { analyserVersion } from '../version.js';
import { readSnippets } from '../screen/snippets.js';
import type { CandidateInput } from '../screen/types.js';

export type { CandidateInput } from '../screen/types.js';

export type { StageTimings } from '../model/rank.js';

export interface ScreenOptions {
  role: RoleProfile;
  /** YYYY-MM-DD; recency and "Present" in the CV are measured from it. */
  asOf: string;
  blind?: boolean;
  /** Blind label, e.g. `Candidate 3`. */
  blindLabel?: string;
  cacheDir?: string;
  /** Read git history (default true). */
  history?: boolean;
  blameBudgetMs?: number;
  /** `throw` (screen: the user named each input) or `note` (rank: go on without it). */
  onInputError?: 'throw' | 'note';
  timings?: StageTimings;
  onProgress?: (event: { phase: string; done: number; total: number }) => void;
  /** API settings for discovery (default: from the environment). */
  discoverSettings?: DiscoverSettings;
}

export function emptyTimings(): StageTimings {
  return { cv: 0, scan: 0, assess: 0 };
}

async function timed<T>(timings: StageTimings | undefined, stage: keyof StageTimings, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    if (timings) timings[stage] += performance.now() - start;
  }
}

function failure(err: unknown, what: string, options: ScreenOptions, notes: string[]): void {
  if (options.onInputError !== 'note' || !isUserError(err)) throw err;
  notes.push(redactSecrets(`${what} could not be read: ${err.message}`));
}

async function parseCvCached(path: string, options: ScreenOptions): Promise<CvResult> {
  const parse = () => parseCvFile(path, { now: new Date(`${options.asOf}T00:00:00Z`) });
  if (!options.cacheDir) return parse();
  // "Present" in the CV is dated by asOf, so the date is part of the key.
  // Bounded and non-blocking: a FIFO or /dev/zero named as the CV is refused by parse() below, not read here.
  const bytes = await readCvFile(path).catch(() => undefined);
  if (!bytes) return parse();
  // The CV reader's own version too: an upgraded reader never reuses an old parse.
  const key = hashKey('cv', await analyserVersion(), options.asOf, createHash('sha256').update(bytes).digest('hex'));
  const hit = await readEntry<CvResult>(options.cacheDir, 'cvs', key);
  if (hit) return { ...hit, file: basename(path) };
  const cv = await parse();
  await writeEntry(options.cacheDir, 'cvs', key, cv);
  return cv;
}

async function readCv(input: CandidateInput, options: ScreenOptions, notes: string[]): Promise<CvResult | undefined> {
  if (!input.cv) return undefined;
  try {
    const cv = await parseCvCached(input.cv, options);
    if (!cv.hasText) notes.push('the CV has no text layer (a scanned image?): no claims were read');
    for (const note of cv.notes) notes.push(`CV: ${note}`);
    return cv;
  } catch (err) {
    failure(err, 'the CV', options, notes);
    return undefined;
  }
}

interface ScannedRepo {
  scan: RepoScan;
  /** Cited lines by evidence location. */
  snippets: Record<string, string>;
}

/** Scans one opened repository, or takes the scan from the result cache when its files have not changed. */
async function scanOne(repo: OpenRepo, candidate: CandidateIdentity, options: ScreenOptions): Promise<ScannedRepo> {
  const scanOptions = {
    candidate: { emails: [...candidate.emails].sort(), names: [...candidate.names].sort() },
    history: options.history !== false,
    blameBudgetMs: options.blameBudgetMs ?? null,
  };
  const fingerprint = options.cacheDir ? await sourceFingerprint(repo.input) : undefined;
  const key = fingerprint ? hashKey('scan', JSON.stringify(scanOptions), fingerprint) : undefined;
  if (key && options.cacheDir) {
    const hit = await readEntry<ScannedRepo>(options.cacheDir, 'scans', key);
    if (hit) return hit;
  }
  let snippets: Record<string, string> = {};
  const scan = await scanOpened(repo.source, repo.input, {
    cacheDir: options.cacheDir,
    candidate: scanOptions.candidate,
    history: options.history,
    blameBudgetMs: options.blameBudgetMs,
    onProgress: options.onProgress,
    beforeDispose: async (root, s) => {
      snippets = await readSnippets(root, s);
    },
  });
  // A scan cut short by the blame budget is not kept: the next run may finish it.
  if (key && options.cacheDir && !scan.history?.budget.exhausted) await writeEntry(options.cacheDir, 'scans', key, { scan, snippets });
  return { scan, snippets };
}

interface OpenRepo {
  index: number;
  input: string;
  source: OpenedSource;
}

/**
 * The candidate's identity across every repository (portfolio-identity.ts):
 * the identities given, the CV's own addresses and GitHub profile, the GitHub
 * accounts the repository URLs live under, and every address their commits use
 * in any of the repositories.
 */
/** The identity to judge authorship by; `unmatched`: the identities given, when they match no commit author anywhere. */
interface Judged {
  identity: CandidateIdentity;
  unmatched?: string[];
}

async function candidateIdentity(input: CandidateInput, cv: CvResult | undefined, repos: readonly OpenRepo[], options: ScreenOptions, notes: string[]): Promise<Judged> {
  const logins = [...(cv?.claims.links ?? []).map((l) => loginAddress(l.url)), ...input.repos.map(ownerAddress)];
  const fromSources = [...(cv?.claims.emails ?? []), ...logins.filter((a): a is string => Boolean(a))];
  // The full name on the CV is the candidate's git name too ("Arash Aghababazadeh <…>"): one word alone could be anyone.
  const cvName = cv?.claims.name && /\S\s+\S/.test(cv.claims.name.trim()) ? [cv.claims.name] : [];
  const seed = { emails: [...new Set([...input.emails, ...fromSources])], names: [...new Set([...input.names, ...cvName])] };
  if (options.history === false || (seed.emails.length === 0 && seed.names.length === 0)) return { identity: seed };
  const authors = (await Promise.all(repos.map((r) => readAuthors(r.source.root)))).flat();
  const { identity, added } = expandIdentity(seed, authors);
  // Identities that match no commit anywhere were mistyped or are not the ones the
  // candidate commits under: that makes authorship unknown, never "all by others".
  const matches = buildMatcher(identity);
  if (authors.length > 0 && !authors.some((a) => matches(a.name, a.email))) {
    notes.push('authorship: the identities given match no commit in any repository, so authorship is unknown; give the names or addresses the candidate commits under');
    // A blind report names no identity (each would name the candidate).
    return { identity: { emails: [], names: [] }, unmatched: options.blind ? [] : [...seed.names, ...seed.emails] };
  }
  if (added.length > 0) notes.push(`authorship: also the candidate's commits: ${added.map((a) => `${a.name} (${a.reason})`).join('; ')}`);
  return { identity };
}

async function scanAll(input: CandidateInput, cv: CvResult | undefined, options: ScreenOptions, notes: string[]) {
  const scans: RepoScan[] = [];
  const snippets: Record<string, string> = {};
  const label = (i: number, repo: string) => (options.blind ? `repository ${i + 1}` : `repository ${repo}`);
  // Every repository is opened first: who the candidate is in git is read across all of them.
  const opened: OpenRepo[] = [];
  try {
    for (const [index, repo] of input.repos.entries()) {
      try {
        opened.push({ index, input: repo, source: await openSource(repo) });
      } catch (err) {
        failure(err, label(index, repo), options, notes);
      }
    }
    const { identity: candidate, unmatched } = await candidateIdentity(input, cv, opened, options, notes);
    for (const repo of opened) {
      try {
        const found = await scanOne(repo, candidate, options);
        const scan = found.scan;
        if (unmatched && scan.history?.available) scan.history.unmatchedIdentities = unmatched;
        // Blind: repository names (`owner/name` for URLs) would name the candidate.
        if (options.blind) {
          scan.name = `repository ${repo.index + 1}`;
          // The host is no identity, and a GitHub claim is checked against it.
          scan.source.input = isGitHubSource(scan.source.input) ? 'https://github.com/[redacted]' : scan.name;
        }
        for (const [location, line] of Object.entries(found.snippets)) snippets[`${scan.name}: ${location}`] = line;
        scans.push(scan);
      } catch (err) {
        failure(err, label(repo.index, repo.input), options, notes);
      }
    }
  } finally {
    await Promise.all(opened.map((r) => r.source.dispose().catch(() => undefined)));
  }
  return { scans, snippets };
}

function identityOf(input: CandidateInput, cv: CvResult | undefined): CandidateDetails {
  const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))];
  const details: CandidateDetails = {
    names: uniq([...input.names, ...(cv?.claims.name ? [cv.claims.name] : [])]),
    emails: uniq([...input.emails, ...(cv?.claims.emails ?? [])]),
    // Credentials in a repository URL are for cloning, never for a report.
    links: uniq([...(cv?.claims.links.map((l) => l.url) ?? []), ...(input.links ?? []), ...input.repos.filter((r) => isGitUrl(r))].map(redactSecrets)),
  };
  if (input.cv) details.cvFile = basename(input.cv);
  return details;
}

/** Discovery (src/discover): the repositories chosen and the git identities the hosts give join the ones given. */
/** Discovery errors that say nothing about the candidate: the host, the network, a rate limit. */
const DISCOVERY_UNAVAILABLE = new Set(['E_NETWORK', 'E_RATE_LIMIT', 'E_API']);

async function withDiscovered(input: CandidateInput, cv: CvResult | undefined, options: ScreenOptions, notes: string[]): Promise<CandidateInput> {
  if (!input.discover) return input;
  const { discoverForScreen } = await import('../discover/for-screen.js');
  const request = input.discover;
  const found = await discoverForScreen(request, cv, { asOf: options.asOf, given: input.repos, strict: options.onInputError !== 'note', settings: options.discoverSettings }).catch((err: unknown) => {
    // Discovery the user did not ask for by name (the CV's links), beside repositories they
    // gave: a host that cannot be reached or a rate limit is said in the notes, and the
    // repositories given are screened (offline use keeps working). Never silent.
    const byName = request.github.length + request.gitlab.length + request.huggingface.length > 0;
    if (byName || input.repos.length === 0 || !isUserError(err) || !DISCOVERY_UNAVAILABLE.has(err.code)) throw err;
    notes.push(redactSecrets(`repository discovery from the CV's links stopped: ${err.message}; only the ${input.repos.length} repositories given were screened`));
    return undefined;
  });
  if (!found) return input;
  notes.push(...found.notes);
  return { ...input, repos: [...input.repos, ...found.repos], emails: [...new Set([...input.emails, ...found.emails])], links: [...(input.links ?? []), ...found.links] };
}

/** Screens one candidate into an Assessment (deterministic for the same inputs and asOf). */
export async function screenCandidate(given: CandidateInput, options: ScreenOptions): Promise<Assessment> {
  const notes: string[] = [];
  const cv = await timed(options.timings, 'cv', () => readCv(given, options, notes));
  const input = await timed(options.timings, 'scan', () => withDiscovered(given, cv, options, notes));
  const { scans, snippets } = await timed(options.timings, 'scan', () => scanAll(input, cv, options, notes));
  if (input.repos.length === 0) notes.push('no repositories given: every claim is at rung none and no evidence was scored');
  return timed(options.timings, 'assess', async () => {
    const identity = identityOf(input, cv);
    const assessment = assessCandidate({
      // The title is the name on the CV; names given for git matching (--candidate-name, candidate.yaml)
      // are identities, and title a report only when the CV has no name (a blog's About page) and the
      // name is a full name, not a login; else the CV's file, said as such.
      label: input.label || cv?.claims.name || input.fallbackLabel || input.names.find((n) => /\S\s+\S/.test(n.trim())) || (identity.cvFile ? `Unnamed candidate (${identity.cvFile})` : 'Candidate'),
      scans,
      ...(cv ? { cv: buildCvEvidence(cvFactsOf(cv), scans) } : {}),
      role: options.role,
      asOf: options.asOf,
      blind: options.blind,
      blindLabel: options.blindLabel,
      identity,
      snippets,
      notes,
    });
    return options.blind ? redactAssessment(assessment, identityTerms(identity, input.repos)) : assessment;
  });
}
