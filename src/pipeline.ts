// Wires ingest → parse → detect for one source. No domain logic here.
import { openSource, type OpenedSource, type SourceOptions } from './ingest/index.js';
import { walkTree } from './ingest/walk.js';
import type { WalkLimits } from './ingest/types.js';
import { DEFAULT_WALK_LIMITS } from './ingest/types.js';
import { attributeSignals, readHistory, type CandidateIdentity } from './history/index.js';
import { detectSignals } from './signals/index.js';
import { parseFiles, type ParseStats } from './scan/parse-files.js';
import { summarize } from './scan/summary.js';
import type { RepoScan } from './scan/types.js';
import { redactSecrets } from './util/redact.js';

export interface ScanOptions {
  limits?: Partial<WalkLimits>;
  /** Clone/extraction limits, `ref`, `allowFileUrls` (see ingest/limits.ts). */
  source?: SourceOptions;
  /** Folder for cached facts (keyed by content hash and analyser version). */
  cacheDir?: string;
  /** The candidate's git identities, for the authorship signals. */
  candidate?: CandidateIdentity;
  /** Read git history (authorship, blame of evidence). Default true. */
  history?: boolean;
  /** Time budget for blame, ms (default 20 s). */
  blameBudgetMs?: number;
  /** Called once parsing is done: files parsed, taken from the cache, counted only; threads used. */
  onStats?: (stats: ParseStats) => void;
  /** Called as files are parsed. */
  onProgress?: (event: { phase: 'walk' | 'parse' | 'detect'; done: number; total: number }) => void;
  /** Called with the checkout's folder before a temporary clone or extraction is removed (screen reads cited lines). */
  beforeDispose?: (root: string, scan: RepoScan) => Promise<void>;
}

/** Scans one repository (folder, git URL or archive) into cited evidence. */
export async function scanRepository(input: string, options: ScanOptions = {}): Promise<RepoScan> {
  const source = await openSource(input, options.source);
  try {
    return await scanOpened(source, input, options);
  } finally {
    await source.dispose();
  }
}

/** Scans a source already opened (the caller disposes of it): screen opens every repository first to resolve identity. */
export async function scanOpened(source: OpenedSource, input: string, options: ScanOptions = {}): Promise<RepoScan> {
  const limits = { ...DEFAULT_WALK_LIMITS, ...options.limits };
  const walked = await walkTree(source.root, limits);
  options.onProgress?.({ phase: 'walk', done: walked.files.length, total: walked.files.length });
  const parsed = await parseFiles(walked.files, {
    onProgress: (done, total) => options.onProgress?.({ phase: 'parse', done, total }),
    cacheDir: options.cacheDir,
  });
  options.onStats?.(parsed.stats);
  const historyOptions = { candidate: options.candidate, budgetMs: options.blameBudgetMs };
  const history = options.history === false ? undefined : await readHistory(source.root, parsed.facts, historyOptions);
  const { signals, maturity, tools, projects } = detectSignals(parsed.facts, (ctx) => {
    ctx.history = history;
  });
  if (history) await attributeSignals(source.root, history, signals, historyOptions);
  const problems = parsed.facts.flatMap((f) => f.problems ?? []);
  const skipped = [...(source.skipped ?? []), ...walked.skipped, ...parsed.skipped].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const scan: RepoScan = {
    name: source.name,
    source: { input: redactSecrets(input), kind: source.kind, ...(source.commit ? { commit: source.commit } : {}) },
    summary: summarize(parsed.facts),
    signals,
    maturity,
    tools,
    skipped,
    problems,
  };
  if (projects) scan.projects = projects;
  if (history) scan.history = history;
  await options.beforeDispose?.(source.root, scan);
  return scan;
}
