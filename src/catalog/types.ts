import type { SignalId } from '../model/ids.js';

/**
 * One tool the analyser recognises. Tool knowledge lives here as data, so
 * adding a tool is one entry. Ids are the canonical skill ids shared with
 * the CV lexicon (lower case, kebab-case: `scikit-learn`, `pytorch`).
 */
export interface ToolSpec {
  id: string;
  /** Display name. */
  name: string;
  /** PyPI (or conda) distribution names, normalised (PEP 503). */
  pypi: readonly string[];
  /** Import modules; a module matches itself and its submodules (`mlflow` matches `mlflow.sklearn`). */
  imports: readonly string[];
  /** Signals the tool is evidence for when it is used. */
  signals: readonly SignalId[];
  /**
   * Qualified call, decorator or base-class names (prefix match on dotted
   * segments) that show real use. When set for a signal the detector decides
   * whether an import alone is enough.
   */
  calls?: readonly string[];
  /** Config files (globs on the repository-relative path) whose presence configures the tool. */
  files?: readonly string[];
  /** Other names people write for it (CV lexicon aliases). */
  aliases?: readonly string[];
}

export function defineTools<const T extends readonly ToolSpec[]>(tools: T): T {
  return tools;
}
