/**
 * Facts: what the parsers read out of one file. Plain, serialisable data
 * (no classes, no Maps) so facts can be cached as JSON and moved between
 * worker threads. Every fact carries its 1-based `line`; facts from a
 * notebook also carry the 0-based `cell` index (into the notebook's `cells`
 * array, markdown cells included) and a line within that cell.
 */

import type { Problem } from '../model/scan.js';
import type { CiFacts } from './ci-types.js';
import type { PythonFacts } from './python-types.js';

/** A place in a file: a 1-based line, and for notebooks the 0-based cell. */
export interface Loc {
  line: number;
  cell?: number;
}

/** Something in a file that could not be read as its format says (defined in src/model). */
export { Problem } from '../model/scan.js';

export type { CallFact, ClassFact, DecoratorFact, FieldFact, FilterFact, FunctionFact, ImportFact, LoopFact, PartFact, PythonFacts } from './python-types.js';

/** A dependency declared in a requirements, pyproject, setup, Pipfile, conda or lock file. */
export interface DependencyFact extends Loc {
  /** Normalised distribution name (PEP 503: lower case, runs of `-_.` → `-`). */
  name: string;
  /** Version constraint as written (`==1.2`, `>=2,<3`, `=1.2` for conda), or '' if none. */
  spec: string;
  /** Exact version: `==1.2`, `==1.2.*`, `===1.2`, conda `name=1.2` / `name==1.2` (not `2.*` major-only). */
  pinned: boolean;
  /** `conda` for conda packages, otherwise `pypi`. */
  ecosystem: 'pypi' | 'conda';
  /** Optional group or extra (`dev`, `test`, a Poetry group), if any. */
  group?: string;
  /** Entry as written, for evidence. */
  text: string;
}

/** A configured tool or setting found in a config file: `tool.ruff` in pyproject, `flake8` in setup.cfg, a pre-commit hook. */
export interface ConfigFact extends Loc {
  /** Dotted key or `hook:<id>` for pre-commit hooks, e.g. `tool.mypy`, `hook:ruff`, `flake8`. */
  key: string;
  text: string;
}

/** What makes a project installable. */
export interface PackageFact extends Loc {
  /** `pep621` ([project]), `poetry`, `setup.py`, `setup.cfg`, `pdm`, ... */
  kind: string;
  name?: string;
  /** False for Poetry `package-mode = false`. */
  installable: boolean;
  text: string;
}

export interface DockerInstruction extends Loc {
  /** Upper-case keyword: FROM, RUN, CMD, ENTRYPOINT, COPY, EXPOSE, ... */
  keyword: string;
  /** Arguments with `${ARG}` expanded where the Dockerfile defines them. */
  args: string;
}

export type { CiFacts, CiInclude, CiJob, CiStep } from './ci-types.js';

/** A deployment or pipeline descriptor: a Kubernetes object, Helm chart, Terraform resource, serverless app, ... */
export interface ManifestFact extends Loc {
  /** e.g. `k8s:Deployment`, `helm:chart`, `terraform:aws_sagemaker_endpoint`, `serverless`, `kustomize`, `fly`, `skaffold`, `modal`. */
  kind: string;
  text: string;
  /** The script a deployment runs, relative to the file's folder as written (Azure ML `code_configuration` → `src/score.py`). */
  script?: string;
  /** The deployment names the model it serves (Azure ML `model:`). */
  model?: true;
}

/** A pipeline stage: a `dvc.yaml` stage, an `MLproject` entry point or an Elyra pipeline node. */
export interface StageFact extends Loc {
  name: string;
  cmd: string;
  deps: string[];
  outs: string[];
}

/** A command of a shell script or a Makefile recipe line; `target` is the Makefile target it belongs to. */
export interface CommandFact extends Loc {
  text: string;
  target?: string;
}

/**
 * A SQL statement of a `.sql` file that transforms data into a table (joins,
 * aggregates, windows, unions, or a MERGE or an UPDATE ... FROM; a dbt
 * model's query that dbt writes as a table or view), or
 * that stores or searches vectors in the database (a `vector(N)` column, an
 * HNSW/IVFFlat index, a distance operator or function: pgvector and its kin).
 */
export interface SqlFact extends Loc {
  kind: 'insert-select' | 'create-as' | 'merge' | 'update-from' | 'dbt-model' | 'vector-store' | 'vector-search' | 'time-travel';
  /** The statement on one line, clipped. */
  text: string;
}

export const FORMATS = [
  'python',
  'notebook',
  'requirements',
  'pyproject',
  'setup-cfg',
  'pipfile',
  'pixi',
  'conda-env',
  'lockfile',
  'dockerfile',
  'compose',
  'ci',
  'k8s',
  'helm',
  'terraform',
  'hcl',
  'serverless',
  'dvc',
  'elyra',
  'mlproject',
  'shell',
  'sql',
  'pre-commit',
  'tool-config',
  'yaml',
  'toml',
  'json',
  'markdown',
  'text',
  'other',
] as const;
export type FormatId = (typeof FORMATS)[number];

/** Everything parsed from one file. Sections are present only for formats that have them. */
export interface FileFacts {
  /** POSIX path relative to the repository root. */
  path: string;
  format: FormatId;
  size: number;
  /** Number of lines in the file. */
  lines: number;
  /** Language name for the summary (`Python`, `Jupyter Notebook`, `YAML`, ...). */
  language?: string;
  /** A YAML, TOML, JSON or HCL file of nothing but whitespace and comments (blank.ts): it configures and describes nothing. */
  blank?: true;
  python?: PythonFacts;
  /** For notebooks: number of cells and of code cells. */
  notebook?: { cells: number; codeCells: number };
  dependencies?: DependencyFact[];
  configs?: ConfigFact[];
  packages?: PackageFact[];
  docker?: DockerInstruction[];
  ci?: CiFacts;
  manifests?: ManifestFact[];
  stages?: StageFact[];
  /** Shell scripts and Makefile recipes: one command per line (continuations joined). */
  commands?: CommandFact[];
  /** `.sql` files: statements that transform data. */
  sql?: SqlFact[];
  problems?: Problem[];
}

/** The result of a parser: facts, and what could not be read. Parsers never throw on candidate input. */
export interface ParseResult<T> {
  facts: T;
  problems: Problem[];
}
