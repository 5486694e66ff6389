import type { Area, SignalId } from './ids.js';

export const EVIDENCE_KINDS = [
  'import',
  'call',
  'class',
  'decorator',
  'function',
  'config',
  'file',
  'measure',
  'history',
  'declared-only',
] as const;
/** What kind of thing an evidence item is. `declared-only` is a weak hint, never enough on its own. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Who wrote an evidence line, from `git blame` (added by the history stage). */
export interface Authorship {
  author: string;
  email: string;
  /** ISO date (YYYY-MM-DD) of the commit that wrote the line. */
  date: string;
  commit: string;
  /** True when the author matches the candidate's identity; absent when no identity was given. */
  candidate?: boolean;
  /** `line`: git blame of the line; `file`: the file's main author (notebooks). */
  scope?: 'line' | 'file';
}

/** One piece of evidence: where it is and what matched. */
export interface Evidence {
  path: string;
  line?: number;
  /** Notebook cell index (0-based, markdown cells included). */
  cell?: number;
  /** `path:line`, `path#cell=N:line`, or `path` for a whole file. */
  location: string;
  /** What matched, as written: `import mlflow`, `FROM python:3.11-slim`, `tool.ruff`. */
  match: string;
  kind: EvidenceKind;
  /** The tool it shows, when it is a catalogue tool. */
  tool?: string;
  /** In an `except` fallback or a demo/stub function: cited after evidence on the main path. */
  fallback?: true;
  blame?: Authorship;
}

export const STRENGTHS = ['declared-only', 'used', 'config+used'] as const;
/** `declared-only` < `used` < `config+used` (used in code and configured in a file). */
export type Strength = (typeof STRENGTHS)[number];

export interface SignalResult {
  id: SignalId;
  area: Area;
  /** `null` when it cannot be decided (authorship without history). */
  present: boolean | null;
  strength: Strength | null;
  /** Evidence that decides the signal (capped; see `evidenceCount`). */
  evidence: Evidence[];
  evidenceCount: number;
  /** Weak hints that do not decide it: dependencies declared but never used. */
  hints: Evidence[];
  /** How it was decided, for measured signals (`73% of Python lines in notebooks`). */
  note?: string;
}

export interface MaturityCondition {
  level: 1 | 2 | 3;
  /** e.g. `python_package or pinned_dependencies`. */
  condition: string;
  met: boolean;
  /** Signals that satisfied it. */
  by: SignalId[];
}

export interface Maturity {
  level: 0 | 1 | 2 | 3;
  name: 'exploration' | 'reproducible' | 'deployed' | 'operated';
  conditions: MaturityCondition[];
}

/** A catalogue tool found in a repository: used in code or config, or only declared. */
export interface ToolUse {
  tool: string;
  /** Imported or called in code, or configured by its own config file. */
  used: boolean;
  /** Files that use or configure it (its centrality in the repository). */
  files: number;
  /** First uses in code. */
  evidence: Evidence[];
  /** Its config files present (e.g. `dvc.yaml`, `.pre-commit-config.yaml`). */
  configFiles: string[];
  /** Declarations in dependency files. */
  declared: Evidence[];
  /** Files using or configuring it per project root, when the repository holds two projects or more. */
  projects?: Record<string, number>;
}
