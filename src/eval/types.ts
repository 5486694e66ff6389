/** Agreement counts of one signal (or all) over the labelled repositories. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SignalScore extends Counts {
  signal: string;
  /** tp / (tp + fp); null when we predicted no positive. */
  precision: number | null;
  /** tp / (tp + fn); null when no label is positive. */
  recall: number | null;
  /** 2tp / (2tp + fp + fn); null when there is neither a positive label nor a positive prediction. */
  f1: number | null;
  /** True positives whose label lists evidence, and how many of them our evidence points at a listed file. */
  evidenceChecked: number;
  evidenceHits: number;
}

/** One set of figures: over all labels, or over the labels not marked borderline. */
export interface Figure {
  labels: 'all' | 'without-borderline';
  signals: SignalScore[];
  /** Counts summed over signals, and the micro-averaged figures from them. */
  totals: Counts;
  micro: { precision: number | null; recall: number | null; f1: number | null };
  /** Mean F1 over the signals whose F1 is defined (see `macroSignals`); null when none is. */
  macroF1: number | null;
  macroSignals: number;
  evidenceChecked: number;
  evidenceHits: number;
  /** evidenceHits / evidenceChecked; null when no true positive has labelled evidence. */
  evidenceHitRate: number | null;
}

/** A labelled signal we got wrong. */
export interface Disagreement {
  repo: string;
  signal: string;
  /** FP: we say present, the label absent. FN: the other way round. */
  kind: 'FP' | 'FN';
  borderline: boolean;
  /** Our first two evidence locations. */
  ours: string[];
  /** How we decided a measured signal (`41% of defs annotated`). */
  ourNote?: string;
  /** The label's evidence. */
  label: string[];
  labelNote?: string;
}

export interface RepoOutcome {
  repo: string;
  /** The checkout folder looked at. */
  dir: string;
  /** `missing`: no checkout folder; `failed`: the scan raised an error (see warnings). */
  status: 'scanned' | 'missing' | 'failed';
  labelCommit?: string;
  /** HEAD of the checkout, when it is a git work tree. */
  headCommit?: string;
  labelMaturity?: number;
  ourMaturity?: number;
}

export interface MaturityAgreement {
  matched: number;
  compared: number;
  rate: number | null;
}

export interface EvalReport {
  labels: { file: string; set?: string; labelled?: string };
  repos: RepoOutcome[];
  /** Signal ids evaluated: those present in the labels and known to the analyser, in signals.md order. */
  signals: string[];
  figures: { all: Figure; withoutBorderline: Figure };
  maturity: MaturityAgreement;
  disagreements: Disagreement[];
  warnings: string[];
}
