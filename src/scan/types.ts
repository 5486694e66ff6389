import type { HistoryReport } from '../history/types.js';
import type { Skipped } from '../ingest/types.js';
import type { Problem } from '../parse/types.js';
import type { Maturity, SignalResult, ToolUse } from '../signals/types.js';

/**
 * Version of the JSON report (`evident scan --json`), documented in
 * docs/scan-schema.md. Bump the minor for added fields, the major for
 * anything removed or changed.
 */
export const SCHEMA_VERSION = '1.0';

export interface LanguageShare {
  language: string;
  files: number;
  bytes: number;
}

export interface RepoSummary {
  /** Files read or counted (skipped files excluded). */
  files: number;
  bytes: number;
  pythonFiles: number;
  notebooks: number;
  /** Non-blank, non-comment Python lines in `.py` files and in notebook code cells. */
  pythonLines: { py: number; notebooks: number };
  languages: LanguageShare[];
}

export interface RepoScan {
  /** `owner/name` for URLs, the folder or archive name otherwise. */
  name: string;
  source: { input: string; kind: 'directory' | 'git' | 'archive'; commit?: string };
  summary: RepoSummary;
  /** One result per signal id, in signals.md order. */
  signals: SignalResult[];
  maturity: Maturity;
  /** Catalogue tools used or declared, by tool id (sorted as the catalogue). */
  tools: ToolUse[];
  /** Project roots (folders with their own pyproject.toml, setup.py or requirements*.txt), when there are two or more. */
  projects?: string[];
  skipped: Skipped[];
  problems: Problem[];
  /** Authorship from git history (absent when the history stage did not run). */
  history?: HistoryReport;
}

export interface ScanReport {
  schemaVersion: typeof SCHEMA_VERSION;
  analyser: { name: 'evident'; version: string };
  repositories: RepoScan[];
}
