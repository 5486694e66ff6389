// The scan stage's result: one RepoScan per repository, and the report
// `evident scan --json` writes (docs/scan-schema.md).
import { z } from 'zod';
import { Maturity, SignalResult, ToolUse } from './evidence.js';
import { HistoryReport } from './history.js';
import { SCHEMA_VERSION } from './scan-version.js';

export { SCHEMA_VERSION };

export const SKIP_REASONS = ['excluded-folder', 'gitignore', 'binary', 'too-large', 'symlink', 'unreadable', 'limit'] as const;
/** Why a file or folder was left out of the scan. */
export const SkipReason = z.enum(SKIP_REASONS);
export type SkipReason = z.infer<typeof SkipReason>;

export const Skipped = z.object({
  /** Repository-relative POSIX path; folders end with `/`. */
  path: z.string(),
  reason: SkipReason,
  detail: z.string().optional(),
});
export type Skipped = z.infer<typeof Skipped>;

export const PROBLEM_KINDS = ['encoding', 'syntax', 'invalid', 'too-large', 'limit', 'io'] as const;
/** A file that could not be read or parsed in full. */
export const Problem = z.object({
  path: z.string(),
  kind: z.enum(PROBLEM_KINDS),
  message: z.string(),
  line: z.number().int().optional(),
});
export type Problem = z.infer<typeof Problem>;

export const LanguageShare = z.object({ language: z.string(), files: z.number().int(), bytes: z.number() });
export type LanguageShare = z.infer<typeof LanguageShare>;

export const RepoSummary = z.object({
  /** Files read or counted (skipped files excluded). */
  files: z.number().int(),
  bytes: z.number(),
  pythonFiles: z.number().int(),
  notebooks: z.number().int(),
  /** Non-blank, non-comment Python lines in `.py` files and in notebook code cells. */
  pythonLines: z.object({ py: z.number().int(), notebooks: z.number().int() }),
  languages: z.array(LanguageShare),
});
export type RepoSummary = z.infer<typeof RepoSummary>;

export const SOURCE_KINDS = ['directory', 'git', 'archive'] as const;

/**
 * A folder's working tree lacks files its HEAD commit tracks (deleted and not committed, a failed or sparse
 * checkout): the scan read what is on disk. Counts regular files only (src/ingest/worktree.ts).
 */
export const WorktreeGap = z.object({
  /** Files the last commit tracks. */
  tracked: z.number().int(),
  /** Of those, files the working tree lacks. */
  missing: z.number().int(),
  /** `.py` and `.ipynb` files the last commit tracks, and how many of them the working tree lacks. */
  trackedPython: z.number().int(),
  missingPython: z.number().int(),
});
export type WorktreeGap = z.infer<typeof WorktreeGap>;

/** The evidence found in one repository: the scan stage's result (`RepoEvidence` in design.md). */
export const RepoScan = z.object({
  /** `owner/name` for URLs, the folder or archive name otherwise. */
  name: z.string(),
  source: z.object({ input: z.string(), kind: z.enum(SOURCE_KINDS), commit: z.string().optional() }),
  summary: RepoSummary,
  /** One result per signal id, in signals.md order. */
  signals: z.array(SignalResult),
  maturity: Maturity,
  /** Catalogue tools used or declared, by tool id (sorted as the catalogue). */
  tools: z.array(ToolUse),
  /** Project roots (folders with their own pyproject.toml, setup.py or requirements*.txt), when there are two or more. */
  projects: z.array(z.string()).optional(),
  skipped: z.array(Skipped),
  problems: z.array(Problem),
  /** Authorship from git history (absent when the history stage did not run). */
  history: HistoryReport.optional(),
  /** Present when a folder's working tree lacks files its last commit tracks: what was screened is what is on disk. */
  worktree: WorktreeGap.optional(),
});
export type RepoScan = z.infer<typeof RepoScan>;

export const ScanReport = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  analyser: z.object({ name: z.literal('evident'), version: z.string() }),
  repositories: z.array(RepoScan),
});
export type ScanReport = z.infer<typeof ScanReport>;
