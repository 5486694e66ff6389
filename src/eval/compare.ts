// Compares scans with labels, as shared/devset/README.md "Using the set"
// asks: per-signal precision and recall, maturity agreement, two figures
// (all labels, and labels without `borderline` ones), and for true
// positives whether our evidence points at a file the label lists.
//
// Conventions: a signal we leave undecided (`present: null`) counts as a
// negative prediction. A signal with neither a positive label nor a positive
// prediction has no F1 (0/0); it is left out of the macro F1 rather than
// counted as 0 or 1, and `macroSignals` says how many signals were averaged.
import type { RepoScan } from '../scan/types.js';
import { SIGNAL_IDS } from '../signals/ids.js';
import type { SignalResult } from '../signals/types.js';
import { pointsAtLabelled, type RepoLabel, type SignalLabel } from './labels.js';
import type { Counts, Disagreement, Figure, MaturityAgreement, SignalScore } from './types.js';

export interface LabelledScan {
  label: RepoLabel;
  /** Absent when the checkout is missing. */
  scan?: RepoScan;
}

export interface Comparison {
  signals: string[];
  figures: { all: Figure; withoutBorderline: Figure };
  maturity: MaturityAgreement;
  disagreements: Disagreement[];
  warnings: string[];
}

/** One labelled signal of one scanned repository. */
interface Pair {
  repo: string;
  signal: string;
  label: SignalLabel;
  result: SignalResult;
}

export function compare(entries: readonly LabelledScan[]): Comparison {
  const warnings: string[] = [];
  const labelled = new Set(entries.flatMap((e) => Object.keys(e.label.signals)));
  const known = new Set<string>(SIGNAL_IDS);
  const unknown = [...labelled].filter((id) => !known.has(id)).sort();
  if (unknown.length) warnings.push(`labels name signals the analyser does not know, ignored: ${unknown.join(', ')}`);
  const signals = SIGNAL_IDS.filter((id) => labelled.has(id));
  const pairs = collectPairs(entries, signals);
  return {
    signals,
    figures: {
      all: figure('all', signals, pairs),
      withoutBorderline: figure('without-borderline', signals, pairs.filter((p) => !p.label.borderline)),
    },
    maturity: maturityAgreement(entries),
    disagreements: pairs.flatMap((p) => disagreement(p) ?? []),
    warnings,
  };
}

function collectPairs(entries: readonly LabelledScan[], signals: readonly string[]): Pair[] {
  const pairs: Pair[] = [];
  for (const { label, scan } of entries) {
    if (!scan) continue;
    const results = new Map<string, SignalResult>(scan.signals.map((s) => [s.id, s]));
    for (const signal of signals) {
      const l = label.signals[signal];
      const result = results.get(signal);
      if (l && result) pairs.push({ repo: label.repo, signal, label: l, result });
    }
  }
  return pairs;
}

function figure(labels: Figure['labels'], signals: readonly string[], pairs: readonly Pair[]): Figure {
  const scores = signals.map((signal) => score(signal, pairs.filter((p) => p.signal === signal)));
  const totals: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  let evidenceChecked = 0;
  let evidenceHits = 0;
  for (const s of scores) {
    totals.tp += s.tp;
    totals.fp += s.fp;
    totals.fn += s.fn;
    totals.tn += s.tn;
    evidenceChecked += s.evidenceChecked;
    evidenceHits += s.evidenceHits;
  }
  const defined = scores.flatMap((s) => (s.f1 === null ? [] : [s.f1]));
  return {
    labels,
    signals: scores,
    totals,
    micro: {
      precision: ratio(totals.tp, totals.tp + totals.fp),
      recall: ratio(totals.tp, totals.tp + totals.fn),
      f1: ratio(2 * totals.tp, 2 * totals.tp + totals.fp + totals.fn),
    },
    macroF1: defined.length ? defined.reduce((a, b) => a + b, 0) / defined.length : null,
    macroSignals: defined.length,
    evidenceChecked,
    evidenceHits,
    evidenceHitRate: ratio(evidenceHits, evidenceChecked),
  };
}

function score(signal: string, pairs: readonly Pair[]): SignalScore {
  const s: SignalScore = { signal, tp: 0, fp: 0, fn: 0, tn: 0, precision: null, recall: null, f1: null, evidenceChecked: 0, evidenceHits: 0 };
  for (const { label, result } of pairs) {
    const predicted = result.present === true;
    if (predicted && label.present) {
      s.tp++;
      if (label.evidence?.length) {
        s.evidenceChecked++;
        if (result.evidence.some((e) => pointsAtLabelled(e.path, label.evidence ?? []))) s.evidenceHits++;
      }
    } else if (predicted) s.fp++;
    else if (label.present) s.fn++;
    else s.tn++;
  }
  s.precision = ratio(s.tp, s.tp + s.fp);
  s.recall = ratio(s.tp, s.tp + s.fn);
  s.f1 = ratio(2 * s.tp, 2 * s.tp + s.fp + s.fn);
  return s;
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

function disagreement({ repo, signal, label, result }: Pair): Disagreement | undefined {
  const predicted = result.present === true;
  if (predicted === label.present) return undefined;
  const d: Disagreement = {
    repo,
    signal,
    kind: predicted ? 'FP' : 'FN',
    borderline: label.borderline === true,
    ours: result.evidence.slice(0, 2).map((e) => e.location),
    label: label.evidence ?? [],
  };
  if (result.note) d.ourNote = result.note;
  if (label.note) d.labelNote = label.note;
  return d;
}

function maturityAgreement(entries: readonly LabelledScan[]): MaturityAgreement {
  let matched = 0;
  let compared = 0;
  for (const { label, scan } of entries) {
    if (!scan || label.maturity === undefined) continue;
    compared++;
    if (scan.maturity.level === label.maturity) matched++;
  }
  return { matched, compared, rate: ratio(matched, compared) };
}
