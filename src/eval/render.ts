// Renders an evaluation: a table for people, JSON for machines. Only reads
// the report; every figure is computed in compare.ts.
import type { Disagreement, EvalReport, Figure, SignalScore } from './types.js';

export function renderEvalJson(report: EvalReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function num(x: number | null): string {
  return x === null ? '—' : x.toFixed(2);
}

function pct(n: number, d: number): string {
  return d === 0 ? '—' : `${n}/${d} (${Math.round((100 * n) / d)}%)`;
}

const NAME = 24;
const HALF = 38;

function counts(s: Pick<SignalScore, 'tp' | 'fp' | 'fn' | 'tn'>): string {
  return [s.tp, s.fp, s.fn, s.tn].map((n) => String(n).padStart(3)).join(' ');
}

function half(s: SignalScore | undefined): string {
  if (!s) return ''.padEnd(HALF);
  return `${counts(s)}  ${num(s.precision).padStart(4)} ${num(s.recall).padStart(4)} ${num(s.f1).padStart(4)}`.padEnd(HALF);
}

function summaryRows(all: Figure, clean: Figure): string[] {
  const micro = (f: Figure): string =>
    `${counts(f.totals)}  ${num(f.micro.precision).padStart(4)} ${num(f.micro.recall).padStart(4)} ${num(f.micro.f1).padStart(4)}`.padEnd(HALF);
  // Three decimals: one disagreement among 30 signals must not round to 1.00.
  const macro = (f: Figure): string => `${f.macroF1 === null ? '—' : f.macroF1.toFixed(3)} over ${f.macroSignals} signals`.padEnd(HALF);
  const hits = (f: Figure): string => pct(f.evidenceHits, f.evidenceChecked).padEnd(HALF);
  return [
    `${'total (micro)'.padEnd(NAME)}${micro(all)}  ${micro(clean)}`,
    `${'macro F1'.padEnd(NAME)}${macro(all)}  ${macro(clean)}`,
    `${'evidence hit rate'.padEnd(NAME)}${hits(all)}  ${hits(clean)}`,
  ];
}

function signalTable(report: EvalReport): string[] {
  const { all, withoutBorderline: clean } = report.figures;
  const head = ' TP  FP  FN  TN  prec  rec   F1'.padEnd(HALF);
  const lines = [
    `${''.padEnd(NAME)}${'all labels'.padEnd(HALF)}  without borderline`,
    `${'signal'.padEnd(NAME)}${head}  ${head}`.trimEnd(),
  ];
  for (const s of all.signals) {
    const c = clean.signals.find((x) => x.signal === s.signal);
    lines.push(`${s.signal.padEnd(NAME)}${half(s)}  ${half(c)}`.trimEnd());
  }
  lines.push(...summaryRows(all, clean).map((l) => l.trimEnd()));
  return lines;
}

function maturityTable(report: EvalReport): string[] {
  const m = report.maturity;
  const lines = [`Maturity: ${pct(m.matched, m.compared)} exact`];
  const width = Math.max(10, ...report.repos.map((r) => r.repo.length)) + 2;
  lines.push(`  ${'repository'.padEnd(width)}label  ours`);
  for (const r of report.repos) {
    const ours = r.status === 'scanned' ? String(r.ourMaturity) : r.status;
    const label = r.labelMaturity === undefined ? '—' : String(r.labelMaturity);
    const mark = r.status === 'scanned' && r.labelMaturity !== undefined && r.labelMaturity !== r.ourMaturity ? '  ≠' : '';
    lines.push(`  ${r.repo.padEnd(width)}${label.padEnd(7)}${ours}${mark}`);
  }
  return lines;
}

function disagreementLines(d: Disagreement): string[] {
  const lines = [`  ${d.kind}  ${d.signal}  ${d.repo}${d.borderline ? '  (borderline)' : ''}`];
  if (d.kind === 'FP') {
    lines.push(`      ours: ${d.ours.join(', ') || '(no evidence)'}`);
    if (d.labelNote) lines.push(`      label note: ${d.labelNote}`);
  } else {
    lines.push(`      label: ${d.label.join(', ') || '(no evidence listed)'}`);
    if (d.labelNote) lines.push(`      label note: ${d.labelNote}`);
    if (d.ours.length) lines.push(`      ours: ${d.ours.join(', ')}`);
  }
  if (d.ourNote) lines.push(`      our note: ${d.ourNote}`);
  return lines;
}

export function renderEvalTable(report: EvalReport): string {
  const scanned = report.repos.filter((r) => r.status === 'scanned').length;
  const missing = report.repos.filter((r) => r.status === 'missing').length;
  const failed = report.repos.filter((r) => r.status === 'failed').length;
  const meta = [report.labels.set && `set ${report.labels.set}`, report.labels.labelled && `labelled ${report.labels.labelled}`].filter(Boolean);
  const lines = [
    `Evaluation against ${report.labels.file}${meta.length ? ` (${meta.join(', ')})` : ''}`,
    `Repositories: ${report.repos.length} labelled, ${scanned} scanned, ${missing} missing${failed ? `, ${failed} failed` : ''}; ${report.signals.length} signals evaluated`,
    '',
    ...signalTable(report),
    '',
    ...maturityTable(report),
  ];
  const borderline = report.disagreements.filter((d) => d.borderline).length;
  lines.push('', `Disagreements: ${report.disagreements.length} (${borderline} on borderline labels)`);
  for (const d of report.disagreements) lines.push(...disagreementLines(d));
  if (report.warnings.length) {
    lines.push('', 'Warnings:');
    for (const w of report.warnings) lines.push(`  - ${w}`);
  }
  return `${lines.join('\n')}\n`;
}
