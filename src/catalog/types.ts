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
  /**
   * Signals the tool is evidence for when it is used; how it shows use is the
   * detector's `uses` (an import, or one of `calls`). Also links a CV claim of
   * the tool to these signals. A declaration never used is a hint for them.
   */
  signals: readonly SignalId[];
  /**
   * Qualified call, decorator or base-class names (prefix match on dotted
   * segments) that show real use. When set for a signal the detector decides
   * whether an import alone is enough.
   */
  calls?: readonly string[];
  /**
   * False when importing the tool shows no use for its signals: only its
   * `calls` or a detector's patterns do (Deepchecks does two jobs, and the
   * detectors split its checks).
   */
  importIsUse?: false;
  /** Config files (globs on the repository-relative path) whose presence configures the tool. */
  files?: readonly string[];
  /**
   * URLs of the tool's API (an OpenAI-compatible base URL, its REST paths):
   * such a URL written in a file that builds an LLM client or sends HTTP
   * requests is use of the tool (`OpenAI(base_url="http://localhost:11434/v1")`,
   * a provider table of base URLs, `requests.post(".../api/generate")`).
   */
  endpoints?: RegExp;
  /**
   * Files of a project the tool's config file roots (globs relative to the
   * config file's folder): a dbt project's models. They count as files using
   * the tool, and the first is cited.
   */
  projectFiles?: readonly string[];
  /**
   * Imports of the whole package, when `imports` names only the part that
   * feeds the tool's signals (`aiohttp` beside `aiohttp.web`): a file that
   * imports one and calls it uses the tool (the claims matrix), and feeds none
   * of its signals (signals/lib/claim-uses.ts).
   */
  packageImports?: readonly string[];
  /** Other names people write for it (CV lexicon aliases). */
  aliases?: readonly string[];
}

export function defineTools<const T extends readonly ToolSpec[]>(tools: T): T {
  return tools;
}

/**
 * One way a tool shows use. A call matches when every given condition holds:
 * its resolved name matches `calls` (or its last segment is one of `methods`,
 * on a local object, in a file that imports one of `within`, by default the
 * tool's own imports), it carries one of `kwargs`, and its string arguments
 * match `strings` and none matches `notStrings`. `calls` also match
 * decorators and base classes.
 */
export interface UsePattern {
  tool: string;
  calls?: readonly string[];
  methods?: readonly string[];
  within?: readonly string[];
  kwargs?: readonly string[];
  strings?: RegExp;
  notStrings?: RegExp;
  /** Extra test on the resolved name. */
  name?: RegExp;
  notName?: RegExp;
  /** Counts only when the tool's package is declared or imported (framework loggers). */
  needsPackage?: boolean;
}
