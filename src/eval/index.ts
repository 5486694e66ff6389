// Evaluation against labelled repositories (shared/devset/README.md): scans
// each labelled repository's checkout `<reposDir>/<owner>__<name>` and
// compares the result with its labels. A missing checkout is reported and
// left out; a checkout at another commit than the labelled one is scanned
// with a warning, since its labels may not hold.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RepoScan } from '../model/index.js';
import { compare, type LabelledScan } from './compare.js';
import { checkoutName, loadLabels, type RepoLabel } from './labels.js';
import type { EvalReport, RepoOutcome } from './types.js';

export type * from './types.js';
export { compare } from './compare.js';
export { loadLabels, parseLabels } from './labels.js';

export interface EvaluateOptions {
  labelsFile: string;
  reposDir: string;
  /** Fact cache folder, as for `evident scan --cache`. */
  cacheDir?: string;
  /** Called before each repository is scanned. */
  onRepo?: (repo: string, index: number, total: number) => void;
  /** The scan stage (app/pipeline's scanRepository): given, so that this stage imports no application code. */
  scan: ScanFn;
}

/** Scans one checkout; eval never reads git history (labels do not cover authorship). */
export type ScanFn = (dir: string, options: { cacheDir?: string; history: false }) => Promise<RepoScan>;

export async function evaluate(options: EvaluateOptions): Promise<EvalReport> {
  const labels = await loadLabels(options.labelsFile);
  const repos: RepoOutcome[] = [];
  const entries: LabelledScan[] = [];
  const warnings: string[] = [];
  for (const [index, label] of labels.repos.entries()) {
    options.onRepo?.(label.repo, index, labels.repos.length);
    const { outcome, entry, warning } = await scanLabelled(label, options);
    repos.push(outcome);
    entries.push(entry);
    if (warning) warnings.push(warning);
  }
  const comparison = compare(entries);
  return {
    labels: { file: options.labelsFile, set: labels.set, labelled: labels.labelled },
    repos,
    signals: comparison.signals,
    figures: comparison.figures,
    maturity: comparison.maturity,
    disagreements: comparison.disagreements,
    warnings: [...warnings, ...comparison.warnings],
  };
}

interface Scanned {
  outcome: RepoOutcome;
  entry: LabelledScan;
  warning?: string;
}

async function scanLabelled(label: RepoLabel, options: EvaluateOptions): Promise<Scanned> {
  const dir = join(options.reposDir, checkoutName(label.repo));
  const outcome: RepoOutcome = { repo: label.repo, dir, status: 'missing' };
  if (label.commit) outcome.labelCommit = label.commit;
  if (label.maturity !== undefined) outcome.labelMaturity = label.maturity;
  const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!isDir) return { outcome, entry: { label }, warning: `${label.repo}: no checkout at ${dir}; left out` };
  try {
    // History only feeds the authorship signals, which labels do not cover.
    const scan = await options.scan(dir, { cacheDir: options.cacheDir, history: false });
    outcome.status = 'scanned';
    outcome.ourMaturity = scan.maturity.level;
    if (scan.source.commit) outcome.headCommit = scan.source.commit;
    return { outcome, entry: { label, scan }, warning: commitWarning(label, scan.source.commit) };
  } catch (err) {
    outcome.status = 'failed';
    return { outcome, entry: { label }, warning: `${label.repo}: scan failed: ${(err as Error).message}; left out` };
  }
}

function commitWarning(label: RepoLabel, head: string | undefined): string | undefined {
  if (!label.commit) return undefined;
  const want = label.commit.toLowerCase();
  if (!head) return `${label.repo}: checkout is not a git work tree; cannot check it is at ${want.slice(0, 12)}`;
  if (head.startsWith(want)) return undefined;
  return `${label.repo}: checkout is at ${head.slice(0, 12)}, labels are for ${want.slice(0, 12)}; labels may not hold`;
}
