// Wires ingest → parse → detect for one source. No domain logic here. With a
// cache folder, a scan whose source has not changed is read from the scan
// cache (scan/scan-cache.ts) before anything is walked; the stages are
// imported only when a scan actually runs, so a cached re-scan stays cheap.
import { resolve } from 'node:path';
import { openSource, type SourceOptions } from '../ingest/source.js';
import type { OpenedSource, WalkLimits } from '../ingest/types.js';
import type { CandidateIdentity } from '../history/index.js';
import type { ParseStats } from '../scan/parse-files.js';
import { refuseCacheInside } from '../scan/cache-dir.js';
import { ScanCache } from '../scan/scan-cache.js';
import type { RepoScan } from '../scan/types.js';
import { redactSecrets } from '../util/redact.js';

export interface ScanOptions {
  limits?: Partial<WalkLimits>;
  /** Clone/extraction limits, `ref`, `allowFileUrls` (see ingest/limits.ts). */
  source?: SourceOptions;
  /** Folder for cached facts and whole scans (keyed by content, source state and analyser version); never inside a scanned folder. */
  cacheDir?: string;
  /** The candidate's git identities, for the authorship signals. */
  candidate?: CandidateIdentity;
  /** Read git history (authorship, blame of evidence). Default true. */
  history?: boolean;
  /** Time limit for blame, ms (default 60 s; a safety net, the work is capped). */
  blameBudgetMs?: number;
  /** Called once parsing is done: files parsed, taken from the cache, counted only; threads used. Not called for a scan taken whole from the cache. */
  onStats?: (stats: ParseStats) => void;
  /** Called as files are parsed. */
  onProgress?: (event: { phase: 'walk' | 'parse' | 'detect'; done: number; total: number }) => void;
  /** Called with the checkout's folder before a temporary clone or extraction is removed (screen reads cited lines). */
  beforeDispose?: (root: string, scan: RepoScan) => Promise<void>;
}

/**
 * The options that change a scan's result, in a fixed order (part of the scan
 * cache's key). Defaults are code, covered by the analyser's hash.
 */
function cacheSettings(options: ScanOptions): unknown {
  const candidate = options.candidate ? { emails: [...options.candidate.emails].sort(), names: [...options.candidate.names].sort() } : null;
  return {
    limits: options.limits ?? {},
    source: options.source ?? {},
    candidate,
    history: options.history !== false,
    blameBudgetMs: options.blameBudgetMs ?? null,
  };
}

/** Scans one repository (folder, git URL or archive) into cited evidence. */
export async function scanRepository(input: string, options: ScanOptions = {}): Promise<RepoScan> {
  const cache = options.cacheDir ? ScanCache.open(options.cacheDir, cacheSettings(options)) : undefined;
  const folderHit = await cache?.lookupFolder(input);
  if (folderHit) {
    // A folder is read in place: its root is where it is.
    await options.beforeDispose?.(resolve(input), folderHit);
    return folderHit;
  }
  const source = await openSource(input, options.source);
  try {
    const hit = await cache?.lookupOpened(source, input);
    if (hit) {
      await options.beforeDispose?.(source.root, hit);
      return hit;
    }
    const scan = await scanOpened(source, input, options);
    await cache?.store(scan);
    return scan;
  } finally {
    await source.dispose();
  }
}

/**
 * Scans a source already opened (the caller disposes of it): screen opens
 * every repository first to resolve identity. Walks, parses, reads history
 * and detects; the stages are imported here, when a scan actually runs.
 */
export async function scanOpened(source: OpenedSource, input: string, options: ScanOptions = {}): Promise<RepoScan> {
  if (options.cacheDir && source.kind === 'directory') refuseCacheInside(options.cacheDir, source.root);
  const [{ DEFAULT_WALK_LIMITS }, { walkTree }, { readHeadTree }, { parseFiles }, { attributeSignals, readHistory }, { detectSignals, FactFeed }, { summarize }] = await Promise.all([
    import('../ingest/types.js'),
    import('../ingest/walk.js'),
    import('../ingest/tracked.js'),
    import('../scan/parse-files.js'),
    import('../history/index.js'),
    import('../signals/index.js'),
    import('../scan/summary.js'),
  ]);
  const limits = { ...DEFAULT_WALK_LIMITS, ...options.limits };
  // What HEAD tracks is read even where .gitignore says otherwise (git's own rule); an archive holds no git data.
  const head = source.kind === 'archive' ? undefined : await readHeadTree(source.root);
  const walked = await walkTree(source.root, limits, head?.map((e) => e.path));
  options.onProgress?.({ phase: 'walk', done: walked.files.length, total: walked.files.length });
  // Detection's per-file work is done as the facts arrive, while the workers parse.
  const feed = new FactFeed();
  const parsed = await parseFiles(walked.files, {
    onProgress: (done, total) => options.onProgress?.({ phase: 'parse', done, total }),
    cacheDir: options.cacheDir,
    onFacts: (facts) => feed.add(facts),
  });
  options.onStats?.(parsed.stats);
  const historyOptions = { candidate: options.candidate, budgetMs: options.blameBudgetMs };
  const history = options.history === false ? undefined : await readHistory(source.root, parsed.facts, historyOptions);
  const { signals, maturity, tools, projects } = detectSignals(
    parsed.facts,
    (ctx) => {
      ctx.history = history;
    },
    feed,
  );
  // The tool list's evidence is blamed and checked for credits too: a tool shown as the candidate's (an unclaimed
  // strength) must be used in their own lines (real-people review: LangGraph listed for a co-author's file).
  const toolEvidence = tools.map((t) => ({ evidence: t.evidence }) as unknown as (typeof signals)[number]);
  if (history) await attributeSignals(source.root, history, [...signals, ...toolEvidence], historyOptions);
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
  // A folder whose working tree lacks files its last commit tracks was screened as it is on disk: the report says so.
  if (source.kind === 'directory' && head) {
    const { worktreeGapOf } = await import('../ingest/worktree.js');
    const gap = await worktreeGapOf(source.root, head);
    if (gap) scan.worktree = gap;
  }
  await options.beforeDispose?.(source.root, scan);
  return scan;
}
