// The detectors' view of one repository: its facts and lookups built once.
// Detectors read facts only (no disk), through this context.
import picomatch from 'picomatch';
import { getTool, matchesAny, normalizePackage, type ToolSpec } from '../catalog/index.js';
import { ENDPOINT_CLIENTS } from '../catalog/tools/llm-calls.js';
import { ciSystemOf } from '../parse/ci.js';
import type { CallFact, CiFacts, DependencyFact, FileFacts, FormatId, ImportFact, PythonFacts } from '../parse/types.js';
import type { HistoryReport } from '../history/types.js';
import { codeEvidence, declaredOnly } from './evidence.js';
import { NameIndex } from './name-index.js';
import { includedCi } from './lib/ci-includes.js';
import { linkStarImports } from './lib/star-imports.js';
import { linkUnboundNames } from './lib/unbound-names.js';
import { onlySeeds } from './lib/seed-only.js';
import { addCalls, addImports, FactFeed, importTarget, isFixturePath, pyFileOf, serviceRuns, type Located, type PyFile } from './py-files.js';
import { isMultiProject, projectOf, projectRoots } from '../scan/projects.js';
import type { Evidence } from './types.js';

import { ownModuleNames, type OwnModuleNames } from './own-modules.js';
export { FactFeed, importTarget, isFixturePath, isTestPath, serviceRuns, type Located, type PyFile } from './py-files.js';

const INIT = /(^|\/)__init__\.py$/;

/** A catalogue tool in a repository: where code uses it, where it is declared, and imports of it never used. */
export interface ToolEvidence {
  uses: Evidence[];
  declared: Evidence[];
  /** Imports whose name the file never uses: hints, like declarations. */
  imported: Evidence[];
}

export class DetectContext {
  /** Every file; CI facts only on files the CI service runs (the others are in `unrunCi`). */
  readonly files: readonly FileFacts[];
  /** CI files that their service never runs (a `.github/workflows/` inside a sub-folder). */
  readonly unrunCi: readonly string[];
  readonly python: readonly PyFile[];
  readonly dependencies: readonly Located<DependencyFact>[];
  /** Git history, when the history stage ran (authorship signals). */
  history?: HistoryReport;
  private readonly globCache = new Map<string, (p: string) => boolean>();
  private readonly matchCache = new WeakMap<readonly string[], FileFacts[]>();
  private readonly toolCache = new Map<string, ToolEvidence>();
  private importIndex?: NameIndex<Located<ImportFact>>;
  private callIndex?: NameIndex<Located<CallFact>>;
  private ownModules?: OwnModuleNames;
  private roots?: Set<string>;

  /**
   * `feed`, when given, has already seen these very facts, in this order, as
   * they were parsed (FactFeed): its files and name indexes are taken as
   * they are. Any other feed is ignored and everything is built here.
   */
  constructor(every: readonly FileFacts[], feed?: FactFeed) {
    const all = every.some((f) => isFixturePath(f.path)) ? every.filter((f) => !isFixturePath(f.path)) : every;
    // Files a served pipeline includes run with it (lib/ci-includes.ts); other CI facts off the service's path are dropped.
    const included = all.some((f) => f.ci?.includes !== undefined) ? includedCi(all) : new Map<string, CiFacts>();
    const unrun = new Set(all.filter((f) => f.ci !== undefined && !serviceRuns(f.path, f.ci) && !included.has(f.path)));
    // A YAML file read as GitLab jobs by its content is reported only where a CI service looks for files (`.gitlab/ci/`).
    this.unrunCi = [...unrun].filter((f) => f.format === 'ci' || ciSystemOf(f.path) !== 'other').map((f) => f.path);
    const changed = unrun.size > 0 || included.size > 0;
    const files = changed ? all.map((f) => (unrun.has(f) ? { ...f, ci: undefined } : included.has(f.path) ? { ...f, ci: included.get(f.path) } : f)) : all;
    this.files = files;
    const fed = feed?.matches(every) ? feed : undefined;
    const python = fed ? fed.python : files.filter((f): f is FileFacts & { python: PythonFacts } => f.python !== undefined).map(pyFileOf);
    // Names star-imported from the repository's own modules (lib/star-imports.ts), and names an import-less module takes
    // from the others' imports (lib/unbound-names.ts): the feed's indexes hold the files as parsed.
    this.python = linkUnboundNames(linkStarImports(python));
    if (fed && this.python === python) {
      this.importIndex = fed.importIndex;
      this.callIndex = fed.callIndex;
    }
    this.dependencies = files.flatMap((f) => (f.dependencies ?? []).map((fact) => ({ path: f.path, fact })));
  }

  ofFormat(...formats: FormatId[]): FileFacts[] {
    return this.files.filter((f) => formats.includes(f.format));
  }

  /** Files whose path matches any glob (picomatch, `dot: true`). A bare name matches at any depth. */
  matching(globs: readonly string[]): FileFacts[] {
    // The catalogue's glob lists are asked again and again (each tool's config files, by several detectors and the tool list).
    let found = this.matchCache.get(globs);
    if (!found) {
      const tests = globs.map((g) => this.glob(g));
      found = this.files.filter((f) => tests.some((t) => t(f.path)));
      this.matchCache.set(globs, found);
    }
    return [...found];
  }

  private glob(pattern: string): (p: string) => boolean {
    let test = this.globCache.get(pattern);
    if (!test) {
      test = picomatch(pattern, { dot: true, basename: !pattern.includes('/') });
      this.globCache.set(pattern, test);
    }
    return test;
  }

  /** Imports whose module or imported name matches any pattern (see `matchesName`). */
  imports(patterns: readonly string[], files: readonly PyFile[] = this.python): Located<ImportFact>[] {
    // Over the whole repository, each distinct import is tested once (name-index.ts).
    if (files === this.python) return this.indexOfImports().select(patterns);
    const out: Located<ImportFact>[] = [];
    for (const file of files) {
      for (const imp of file.facts.imports) {
        if (matchesAny(imp.module, patterns) || matchesAny(importTarget(imp), patterns)) out.push({ path: file.path, fact: imp });
      }
    }
    return out;
  }

  /** Calls whose resolved name matches any pattern. */
  calls(patterns: readonly string[], files: readonly PyFile[] = this.python): Located<CallFact>[] {
    if (files === this.python) return this.indexOfCalls().select(patterns);
    const out: Located<CallFact>[] = [];
    for (const file of files) {
      for (const call of file.facts.calls) if (matchesAny(call.name, patterns)) out.push({ path: file.path, fact: call });
    }
    return out;
  }

  private indexOfImports(): NameIndex<Located<ImportFact>> {
    if (!this.importIndex) {
      this.importIndex = new NameIndex();
      for (const file of this.python) addImports(this.importIndex, file);
    }
    return this.importIndex;
  }

  private indexOfCalls(): NameIndex<Located<CallFact>> {
    if (!this.callIndex) {
      this.callIndex = new NameIndex();
      for (const file of this.python) addCalls(this.callIndex, file);
    }
    return this.callIndex;
  }

  /** Declared dependencies whose normalised name is one of `packages`. */
  declared(packages: readonly string[]): Located<DependencyFact>[] {
    const wanted = new Set(packages.map(normalizePackage));
    return this.dependencies.filter((d) => wanted.has(d.fact.name));
  }

  /**
   * Evidence that a catalogue tool is used (imports whose name the file
   * uses, and calls the catalogue names), or only declared or imported. A tool whose every import root is one of the
   * repository's own modules, and which is not declared, is shadowed and not
   * used: `import datasets` then means the local `datasets/` package.
   */
  tool(id: string): ToolEvidence {
    const cached = this.toolCache.get(id);
    if (cached) return cached;
    const spec = getTool(id);
    const declared = this.declared(spec.pypi).map(({ path, fact }) => declaredOnly(path, fact, fact.text, id));
    const uses: Evidence[] = [];
    const imported: Evidence[] = [];
    if (declared.length > 0 || !this.rootsAreLocal(spec)) {
      for (const { path, fact } of this.imports(spec.imports)) {
        // An import whose name the file never uses (its calls commented out) is a hint, not a use; a package's `__init__.py` re-exports.
        if (fact.unused && !INIT.test(path)) imported.push(declaredOnly(path, fact, `${fact.text} (imported, never used)`, id));
        else uses.push(codeEvidence(path, fact, fact.text, 'import', id));
      }
      if (spec.calls?.length) {
        for (const { path, fact } of this.calls(spec.calls)) uses.push(codeEvidence(path, fact, `${fact.name}()`, 'call', id));
      }
      // A call of a name the tool's import binds (`Report(...)` after `from evidently.report import Report`) is
      // the line that does the thing: cited before the import above it. Only where an import is use already.
      if (spec.importIsUse !== false) {
        const at = new Set(uses.map((e) => e.location));
        // Only in a file that imports the tool: an unresolved local name (`datasets.add_parser(...)` on an argparse
        // object) is not the library (real-people review: "Hugging Face Datasets: used" for a CLI sub-command).
        const importing = new Set(uses.filter((e) => e.kind === 'import').map((e) => e.path));
        for (const { path, fact } of this.calls(spec.imports)) {
          if (!importing.has(path)) continue;
          const e: Evidence = { ...codeEvidence(path, fact, `${fact.name}()`, 'call', id), generic: true };
          if (!at.has(e.location)) uses.push(e);
          at.add(e.location);
        }
      }
    }
    if (spec.endpoints) uses.push(...this.endpointUses(spec.endpoints, id));
    const seeded = this.seedingOnly(spec, uses);
    // A file that only seeds the tool mentions it (lib/seed-only.ts): its import is a hint, its seed calls nothing.
    for (const e of uses) if (seeded.has(e.path) && e.kind === 'import') imported.push({ ...e, kind: 'declared-only', match: `${e.match} (seeding only)` });
    const result = { uses: seeded.size > 0 ? uses.filter((e) => !seeded.has(e.path)) : uses, declared, imported };
    this.toolCache.set(id, result);
    return result;
  }

  /**
   * A tool's API URL (ToolSpec.endpoints) written in a file that builds an
   * LLM client or sends HTTP requests: the first such URL of each file. A URL
   * in a file that does neither (a docs string, a constant read elsewhere) is
   * not counted.
   */
  private endpointUses(endpoints: RegExp, id: string): Evidence[] {
    const out: Evidence[] = [];
    for (const file of this.python) {
      const url = file.facts.urls?.find((u) => endpoints.test(u.text));
      if (url && this.imports(ENDPOINT_CLIENTS, [file]).length > 0) out.push(codeEvidence(file.path, url, `"${url.text}"`, 'call', id));
    }
    return out;
  }

  private seedingOnly(spec: ToolSpec, uses: readonly Evidence[]): Set<string> {
    const paths = new Set(uses.filter((e) => e.kind === 'import' || e.kind === 'call').map((e) => e.path));
    return new Set(this.python.filter((f) => paths.has(f.path) && onlySeeds(f, spec)).map((f) => f.path));
  }

  /** A tool not declared whose every import root is one of the repository's own modules (see `tool`). */
  isShadowed(id: string): boolean {
    const spec = getTool(id);
    return this.rootsAreLocal(spec) && this.declared(spec.pypi).length === 0;
  }

  private rootsAreLocal(spec: ToolSpec): boolean {
    const roots = [...spec.imports, ...(spec.calls ?? [])].filter((p) => !p.startsWith('*')).map((p) => p.split('.')[0]);
    const hiding = this.modules().hiding;
    return roots.length > 0 && roots.every((r) => hiding.has(r));
  }

  /** Module names the repository defines itself: every folder on the path of a `.py` file, and each file's stem. */
  get localModules(): ReadonlySet<string> {
    return this.modules().all;
  }

  private modules(): OwnModuleNames {
    this.ownModules ??= ownModuleNames(this.python);
    return this.ownModules;
  }

  usesTool(id: string): boolean {
    return this.tool(id).uses.length > 0;
  }

  declaresTool(id: string): boolean {
    return this.tool(id).declared.length > 0;
  }

  /**
   * The project a file belongs to, when the repository holds several (each
   * with its own pyproject.toml, setup.py or requirements: scan/projects.ts);
   * `.` otherwise. Questions about "the project" (does it train a model, call
   * an LLM?) are asked of the file's own project.
   */
  projectOf(path: string): string {
    if (this.roots === undefined) {
      const roots = projectRoots(this.files);
      this.roots = isMultiProject(roots) ? new Set(roots) : new Set();
    }
    return this.roots.size === 0 ? '.' : projectOf(path, this.roots);
  }

  /** The projects of the files that satisfy `test`. */
  projectsWhere(test: (file: PyFile) => boolean): Set<string> {
    return new Set(this.python.filter(test).map((f) => this.projectOf(f.path)));
  }

  /**
   * True when the file's project is one of `projects`. Files outside every
   * project (a repository root without a manifest: shared `prompts/`,
   * `scripts/`) belong to all of them, and all projects to them.
   */
  inProjects(path: string, projects: ReadonlySet<string>): boolean {
    if (projects.size === 0) return false;
    const project = this.projectOf(path);
    const shared = (p: string) => p === '.' && !(this.roots?.has('.') ?? false);
    return projects.has(project) || shared(project) || [...projects].some(shared);
  }

  /** Own (non-test) Python files outside notebooks. */
  get sourceFiles(): PyFile[] {
    return this.python.filter((f) => !f.notebook && !f.test);
  }
}
