// Files with Python facts as the detectors see them (test and fixture paths,
// import targets), and the feed that builds their name indexes while the
// parse workers are still busy (context.ts takes them when the facts match).
import type { CallFact, CiFacts, FileFacts, ImportFact, PythonFacts } from '../parse/types.js';
import { NameIndex } from './name-index.js';
import { warmFile } from './per-file.js';

/** A file with Python facts: a `.py` file or a notebook. */
export interface PyFile {
  path: string;
  notebook: boolean;
  /** Under `tests/`/`test/`, or named `test_*.py`, `*_test.py`, `conftest.py`, `tests.py`. */
  test: boolean;
  facts: PythonFacts;
}

export interface Located<T> {
  path: string;
  fact: T;
}

const TEST_PATH = /(^|\/)(tests?\/|test_[^/]*\.py$|[^/]*_test\.py$|conftest\.py$|tests\.py$)/;

export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path);
}

/**
 * Test fixture data: files under a `fixtures/` (or `__fixtures__/`) folder,
 * files named `*_fixture*` or `fixture_*`, notebooks under a test folder, and
 * what a test data folder holds besides test code. They are sample input for the
 * project's tests (another project's code, a model card to parse), not the
 * author's use of what they show, so they are never evidence.
 */
const FIXTURE_PATH = /(^|\/)(__)?fixtures?(__)?\/|(^|\/)([^/]*_fixtures?[^/]*|fixtures?_[^/]*)$/i;
/** A notebook under a test folder: input a test reads (a hook's sample notebook), not the author's analysis. */
const TEST_NOTEBOOK = /(^|\/)(tests?|testing)\/(.*\/)?[^/]+\.ipynb$/i;
/** A test data folder: `tests/data/`, `tests/resources/`, `testdata/`, `test_data/`. */
const TEST_DATA_DIR = /(^|\/)(test[_-]?data|(tests?|testing)\/(.*\/)?(data|resources))\//i;
/** Test code in a data folder still counts: `tests/data/test_dataset.py`, `conftest.py`. */
const TEST_CODE = /(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/;

export function isFixturePath(path: string): boolean {
  return FIXTURE_PATH.test(path) || TEST_NOTEBOOK.test(path) || (TEST_DATA_DIR.test(path) && !TEST_CODE.test(path));
}

/** Full dotted name an import brings in: `from a.b import c` → `a.b.c`; `import a.b` → `a.b`. */
export function importTarget(imp: ImportFact): string {
  return imp.name && imp.name !== '*' ? `${imp.module}.${imp.name}` : imp.module;
}

/**
 * Where each CI service reads its configuration (signals.md › ci: a workflow
 * file the service never runs is not CI). GitHub runs only the root's
 * `.github/workflows/`; GitLab, CircleCI, Travis and Bitbucket read their file
 * at the root; Azure Pipelines and Jenkins run whichever file the project's
 * settings name, so any place counts.
 */
const SERVICE_PATHS: Partial<Record<CiFacts['system'], RegExp>> = {
  github: /^\.github\/workflows\/[^/]+$/,
  gitlab: /^\.gitlab-ci\.ya?ml$/,
  circleci: /^\.circleci\/config\.ya?ml$/,
  travis: /^\.travis\.ya?ml$/,
  bitbucket: /^bitbucket-pipelines\.ya?ml$/,
};

export function serviceRuns(path: string, ci: CiFacts): boolean {
  return SERVICE_PATHS[ci.system]?.test(path) ?? true;
}


/** The detectors' view of a file with Python facts. */
export function pyFileOf(f: FileFacts & { python: PythonFacts }): PyFile {
  // A Markdown notebook (jupytext, an nbconvert export) is a notebook too (parse/markdown-notebook.ts).
  return { path: f.path, notebook: f.format === 'notebook' || f.notebook !== undefined, test: isTestPath(f.path), facts: f.python };
}

export function addImports(index: NameIndex<Located<ImportFact>>, file: PyFile): void {
  for (const imp of file.facts.imports) {
    const target = importTarget(imp);
    index.add(`${imp.module}\0${target}`, [imp.module, target], { path: file.path, fact: imp });
  }
}

export function addCalls(index: NameIndex<Located<CallFact>>, file: PyFile): void {
  for (const call of file.facts.calls) index.add(call.name, [call.name], { path: file.path, fact: call });
}

/**
 * A repository's facts as they are parsed, in walk order, before detection
 * starts: each Python file's view and its entries in the name indexes are
 * built as it arrives, and its per-file detection work (per-file.ts) done,
 * while the parse workers are still busy. DetectContext then takes them as
 * they are when it is given the same facts in the same order, and otherwise
 * builds its own, so the result never depends on the feed.
 */
export class FactFeed {
  readonly python: PyFile[] = [];
  readonly importIndex = new NameIndex<Located<ImportFact>>();
  readonly callIndex = new NameIndex<Located<CallFact>>();
  private readonly seen: FileFacts[] = [];

  /** Takes the next file's facts, in walk order. */
  add(f: FileFacts): void {
    this.seen.push(f);
    if (f.python === undefined || isFixturePath(f.path)) return;
    const file = pyFileOf(f as FileFacts & { python: PythonFacts });
    this.python.push(file);
    addImports(this.importIndex, file);
    addCalls(this.callIndex, file);
    warmFile(file);
  }

  /** True when the feed saw exactly these facts (the same objects), in this order. */
  matches(every: readonly FileFacts[]): boolean {
    if (every.length !== this.seen.length) return false;
    for (let i = 0; i < every.length; i++) if (every[i] !== this.seen[i]) return false;
    return true;
  }
}
