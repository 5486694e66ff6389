// What the detect stage finds in one repository: evidence items, one result
// per signal, the maturity ladder and the catalogue tools used
// (docs/scan-schema.md).
import { z } from 'zod';
import { Area, SignalId } from './ids.js';

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
export const EvidenceKind = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

/** Who wrote an evidence line, from `git blame` (added by the history stage). */
export const Authorship = z.object({
  author: z.string(),
  email: z.string(),
  /** ISO date (YYYY-MM-DD) of the commit that wrote the line. */
  date: z.string(),
  commit: z.string(),
  /** True when the author matches the candidate's identity; absent when no identity was given. */
  candidate: z.boolean().optional(),
  /** `line`: git blame of the line; `file`: the file's main author (notebooks). */
  scope: z.enum(['line', 'file']).optional(),
});
export type Authorship = z.infer<typeof Authorship>;

/** One piece of evidence: where it is and what matched. */
export const Evidence = z.object({
  path: z.string(),
  line: z.number().int().optional(),
  /** Notebook cell index (0-based, markdown cells included). */
  cell: z.number().int().optional(),
  /** `path:line`, `path#cell=N:line`, or `path` for a whole file. */
  location: z.string(),
  /** What matched, as written: `import mlflow`, `FROM python:3.11-slim`, `tool.ruff`. */
  match: z.string(),
  kind: EvidenceKind,
  /** The tool it shows, when it is a catalogue tool. */
  tool: z.string().optional(),
  /** In an `except` fallback or a demo/stub function: cited after evidence on the main path. */
  fallback: z.literal(true).optional(),
  /** A weaker place to cite: a stock-image compose service, a test file that runs its tests as a script, a route handler's call into the model's module (the route is cited first). Cited after the main evidence. */
  secondary: z.literal(true).optional(),
  /** A call found only because its name comes from the tool's import (`cohere.Client()`), not a call the catalogue names for the job: cited after those, before imports. */
  generic: z.literal(true).optional(),
  blame: Authorship.optional(),
  /** A comment of its file or function credits another source for the code (history/provenance.ts): not the candidate's own. */
  adapted: z.object({ location: z.string(), text: z.string() }).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const SIGNAL_STRENGTHS = ['declared-only', 'used', 'config+used'] as const;
/** `declared-only` < `used` < `config+used` (used in code and configured in a file). */
export const SignalStrength = z.enum(SIGNAL_STRENGTHS);
export type SignalStrength = z.infer<typeof SignalStrength>;

export const SignalResult = z.object({
  id: SignalId,
  area: Area,
  /** `null` when it cannot be decided (authorship without history). */
  present: z.boolean().nullable(),
  strength: SignalStrength.nullable(),
  /** Evidence that decides the signal (capped; see `evidenceCount`). */
  evidence: z.array(Evidence),
  evidenceCount: z.number().int(),
  /** Weak hints that do not decide it: dependencies declared but never used. */
  hints: z.array(Evidence),
  /** How it was decided, for measured signals (`73% of Python lines in notebooks`). */
  note: z.string().optional(),
});
export type SignalResult = z.infer<typeof SignalResult>;

export const MaturityCondition = z.object({
  level: z.literal([1, 2, 3]),
  /** e.g. `python_package or pinned_dependencies`. */
  condition: z.string(),
  met: z.boolean(),
  /** Signals that satisfied it. */
  by: z.array(SignalId),
});
export type MaturityCondition = z.infer<typeof MaturityCondition>;

export const MATURITY_NAMES = ['exploration', 'reproducible', 'deployed', 'operated'] as const;
export const Maturity = z.object({
  level: z.literal([0, 1, 2, 3]),
  name: z.enum(MATURITY_NAMES),
  conditions: z.array(MaturityCondition),
});
export type Maturity = z.infer<typeof Maturity>;

/** A catalogue tool found in a repository: used in code or config, or only declared. */
export const ToolUse = z.object({
  tool: z.string(),
  /** Imported or called in code, or configured by its own config file. */
  used: z.boolean(),
  /** Files that use or configure it (its centrality in the repository). */
  files: z.number().int(),
  /** First uses in code. */
  evidence: z.array(Evidence),
  /** Its config files present (e.g. `dvc.yaml`, `.pre-commit-config.yaml`). */
  configFiles: z.array(z.string()),
  /** Declarations in dependency files. */
  declared: z.array(Evidence),
  /** Files using or configuring it per project root, when the repository holds two projects or more. */
  projects: z.record(z.string(), z.number()).optional(),
});
export type ToolUse = z.infer<typeof ToolUse>;
