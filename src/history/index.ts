// History stage: authorship from git, and who wrote each evidence line.
import type { FileFacts } from '../parse/types.js';
import type { SignalResult } from '../model/evidence.js';
import { analyseHistory, unavailable } from './analyse.js';
import { attributeEvidence, type LineMatcher } from './attribute.js';
import { coAuthoredByCandidate, readCoAuthors } from './coauthors.js';
import { readCredits } from './credits.js';
import { withCandidateRepo, withSharedRepo } from './git.js';
import { buildMatcher, hasIdentity, isMachineIdentity, withAliases } from './identity.js';
import { markProvenance } from './provenance.js';
import { generatedAtHead, isOwnSource, ownSourceClassifier, type OwnSource } from './own-source.js';
import { notebookScales, type SourceScope } from './shares.js';
import type { CandidateIdentity, CommitRecord, HistoryReport } from './types.js';

export type * from './types.js';
export { buildMatcher, normalizeEmail, normalizeName, noreplyLogin } from './identity.js';
export { unavailable } from './analyse.js';
export { isOwnSource } from './own-source.js';

/**
 * The repository's own code for blame shares (own-source.ts), without
 * notebooks (a cell line has no stable line in the JSON); largest first, so a
 * time budget covers the most lines.
 */
export function ownCodePaths(files: readonly FileFacts[], own: OwnSource = isOwnSource): string[] {
  return files
    .filter((f) => own(f.path) && f.format !== 'notebook' && f.size > 0)
    .sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1))
    .map((f) => f.path);
}

/** Own code at HEAD: by path, minus files whose first bytes say they were generated; notebooks' code shares. */
async function sourceScope(root: string, files: readonly FileFacts[]): Promise<SourceScope> {
  const byPath = files.filter((f) => isOwnSource(f.path));
  const generated = await generatedAtHead(root, byPath.map((f) => f.path));
  const own = ownSourceClassifier(generated);
  const notebooks = byPath.filter((f) => f.format === 'notebook' && own(f.path));
  return { own, atHead: new Set(files.map((f) => f.path)), notebookScale: await notebookScales(root, notebooks) };
}

/**
 * Default blame time per repository: a safety net only. The work itself is
 * capped (MAX_BLAME_FILES), so on an ordinary machine blame finishes well
 * within it and the same inputs give the same shares.
 */
export const DEFAULT_BUDGET_MS = 60_000;

export interface HistoryStageOptions {
  candidate?: CandidateIdentity;
  /** Total budget for blame (shares and evidence), ms. Default 60 s. */
  budgetMs?: number;
}

/** The log each report was built from, kept for evidence attribution (read once per repository). */
const LOGS = new WeakMap<HistoryReport, CommitRecord[]>();

export async function readHistory(root: string, files: readonly FileFacts[], options: HistoryStageOptions): Promise<HistoryReport> {
  try {
    const scope = await sourceScope(root, files);
    const { report, commits } = await analyseHistory(root, {
      identity: options.candidate,
      ownCode: ownCodePaths(files, scope.own),
      scanned: files.map((f) => f.path),
      scope,
      budgetMs: (options.budgetMs ?? DEFAULT_BUDGET_MS) * 0.7,
    });
    LOGS.set(report, commits);
    if (report.available) {
      const credits = await readCredits(root, files.map((f) => f.path));
      if (credits.length > 0) report.credits = credits;
    }
    return report;
  } catch {
    return unavailable('git history could not be read');
  }
}

/** Adds `blame` to every evidence item; records in the report what the budget left out. */
export async function attributeSignals(
  root: string,
  report: HistoryReport,
  signals: SignalResult[],
  options: HistoryStageOptions,
): Promise<void> {
  await markProvenance(root, signals);
  if (!report.available) return;
  const commits = LOGS.get(report) ?? [];
  const isMine = hasIdentity(options.candidate) ? await candidateLines(root, options.candidate, commits) : undefined;
  const deadline = Date.now() + Math.max(1000, (options.budgetMs ?? DEFAULT_BUDGET_MS) * 0.3);
  // One shadow git dir for the blame of every evidence file.
  const { notAttributed } = await withSharedRepo(root, () => attributeEvidence(root, signals, isMine, deadline, commits));
  if (notAttributed.length > 0) {
    report.budget.exhausted = true;
    report.budget.notBlamed = [...new Set([...report.budget.notBlamed, ...notAttributed])].sort();
  }
}

/** Whether a line (its author, or a Co-authored-by trailer of its commit) is the candidate's, as in the shares; undefined for a machine identity's. */
async function candidateLines(root: string, identity: CandidateIdentity, commits: readonly CommitRecord[]): Promise<LineMatcher> {
  const matcher = withAliases(buildMatcher(identity), commits);
  const trailers = await withCandidateRepo(root, (repo) => readCoAuthors(repo), () => new Map());
  const coAuthored = coAuthoredByCandidate(trailers, matcher);
  return (name, email, commit) => (matcher(name, email) || (commit !== undefined && coAuthored.has(commit)) ? true : isMachineIdentity(name, email) ? undefined : false);
}
