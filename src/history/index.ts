// History stage: authorship from git, and who wrote each evidence line.
import type { FileFacts } from '../parse/types.js';
import type { SignalResult } from '../signals/types.js';
import { analyseHistory, unavailable } from './analyse.js';
import { attributeEvidence } from './attribute.js';
import { buildMatcher, hasIdentity } from './identity.js';
import type { CandidateIdentity, CommitRecord, HistoryReport } from './types.js';

export type * from './types.js';
export { buildMatcher, normalizeEmail, normalizeName, noreplyLogin } from './identity.js';
export { unavailable } from './analyse.js';

const NOT_CODE = new Set(['Markdown', 'reStructuredText', 'JSON', 'YAML', 'TOML', 'Jupyter Notebook', 'HTML', 'CSS']);

/**
 * The repository's own code for blame shares: source files, not docs, data or
 * notebooks; largest first, so a time budget covers the most lines.
 */
export function ownCodePaths(files: readonly FileFacts[]): string[] {
  return files
    .filter((f) => f.language && !NOT_CODE.has(f.language) && f.size > 0)
    .sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1))
    .map((f) => f.path);
}

/** Default blame budget per repository. */
export const DEFAULT_BUDGET_MS = 20_000;

export interface HistoryStageOptions {
  candidate?: CandidateIdentity;
  /** Total budget for blame (shares and evidence), ms. Default 20 s. */
  budgetMs?: number;
}

/** The log each report was built from, kept for evidence attribution (read once per repository). */
const LOGS = new WeakMap<HistoryReport, CommitRecord[]>();

export async function readHistory(root: string, files: readonly FileFacts[], options: HistoryStageOptions): Promise<HistoryReport> {
  try {
    const { report, commits } = await analyseHistory(root, {
      identity: options.candidate,
      ownCode: ownCodePaths(files),
      scanned: files.map((f) => f.path),
      budgetMs: (options.budgetMs ?? DEFAULT_BUDGET_MS) * 0.7,
    });
    LOGS.set(report, commits);
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
  if (!report.available) return;
  const matcher = hasIdentity(options.candidate) ? buildMatcher(options.candidate) : undefined;
  const deadline = Date.now() + Math.max(1000, (options.budgetMs ?? DEFAULT_BUDGET_MS) * 0.3);
  const { notAttributed } = await attributeEvidence(root, signals, matcher, deadline, LOGS.get(report) ?? []);
  if (notAttributed.length > 0) {
    report.budget.exhausted = true;
    report.budget.notBlamed = [...new Set([...report.budget.notBlamed, ...notAttributed])].sort();
  }
}
