// signals.md › Authorship: "the repository's own code" is source files
// (Python, notebooks' code cells, other programming languages, SQL,
// configuration written by hand); never licence texts, lock files, generated
// files, vendored code, data files, documents or media. One classifier, used
// for every share in the history stage: commits, lines added, bulk imports
// and blame.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';

/** Folders whose files were installed, vendored, generated or written by a tool. */
const NOT_OWN_DIRS = new Set([
  'vendor', 'vendored', 'third_party', 'third-party', 'thirdparty', 'external', 'node_modules', 'bower_components',
  'site-packages', 'venv', '.venv', 'virtualenv', '__pycache__', '.ipynb_checkpoints', 'build', 'dist',
  '.git', '.tox', '.nox', '.eggs', '.mypy_cache', '.pytest_cache', '.ruff_cache', 'htmlcov', '_build', 'mlruns', 'wandb',
  'lightning_logs', '.chainlit', '.files', '.idea', '.vscode', '.next', '.nuxt', '.svelte-kit', '.terraform', '.dvc', '.cache',
  // Test data and snapshots written by test runners; Django's collectstatic output.
  'testdata', 'test_data', 'test-data', '__snapshots__', 'staticfiles', 'lcov-report',
]);

/** Folders of tests: notebooks inside them, and their data folders, are test input. */
const TEST_DIRS = new Set(['test', 'tests', '__tests__', 'testing', 'spec', 'specs']);
/** Folders of test input inside a test folder (`tests/data/`, `tests/resources/`...). */
const TEST_INPUT_DIRS = new Set(['data', 'resources', 'assets', 'samples', 'inputs', 'input', 'expected', 'golden', 'files', 'snapshots', 'cassettes']);
/** Fixture folders: their notebooks, data and configuration are test input (their code, e.g. pytest fixture modules, is written by hand). */
const FIXTURE_DIRS = new Set(['fixtures', 'fixture', '__fixtures__']);
/** Programming-language source (written by hand even inside a fixture folder); configuration and notebooks are not in it. */
const CODE_EXT = /\.(?:pyw?|pyi|r|jl|m?[jt]sx?|c[jt]s|go|rs|java|kts?|scala|c|h|cc|cpp|hpp|cu|cs|rb|php|swift|sh|bash|sql|lua|dart|ex|exs|hs|clj|groovy|vue|svelte)$/i;

/** Lock files and other files written by package managers. */
const LOCK_FILES = new Set([
  'uv.lock', 'poetry.lock', 'pipfile.lock', 'pdm.lock', 'pixi.lock', 'conda-lock.yml', 'conda-lock.yaml', 'package-lock.json',
  'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb', 'cargo.lock', 'gemfile.lock', 'composer.lock',
  'go.sum', 'flake.lock', 'mix.lock', 'podfile.lock', 'packages.lock.json', 'deno.lock', 'pylock.toml',
]);

/** Licence and legal texts, by base name (`LICENSE`, `LICENCE.md`, `COPYING.LESSER`, `NOTICE`...). */
const LEGAL = /^(?:un)?(?:licen[cs]e|copying|copyright|notice|patents|authors|contributors|code_of_conduct)(?:$|[._-])/i;

/** File names that are generated (minified bundles, source maps, protobuf stubs, compiled code). */
const GENERATED_NAME = /(?:\.min\.(?:js|css|mjs)|\.map|[.-]bundle\.js|\.chunk\.(?:js|css)|_pb2(?:_grpc)?\.pyi?|\.pb\.go|\.g\.dart|\.generated\.\w+|\.designer\.cs|\.pyc|\.pyo)$/i;

/**
 * Front-end libraries copied into a project (`static/js/jquery-3.7.1.js`,
 * `bootstrap.css`, `react.development.js`): well-known library names, and
 * any script or style sheet whose name carries a version (`name-1.2.3.js`, `name.v4.js`).
 */
const VENDORED_NAME = new RegExp(
  '^(?:(?:jquery(?:[.-]ui)?|bootstrap(?:-grid|-reboot|-icons)?|popper|normalize|font-?awesome|htmx|alpine|lodash|underscore|moment|d3|three|plotly|mathjax|modernizr|socket\\.io|swagger-ui)' +
    '(?:[.-](?:slim|bundle|esm|umd|all|full|core))*|(?:vue|react|react-dom|chart|highlight|prism|require)(?:[.-](?:slim|bundle|esm|umd|global|development|production|prod|runtime))+)' +
    '\\.(?:js|mjs|css)$|^[\\w.-]+?(?:-\\d+\\.\\d+(?:\\.\\d+)?|\\.v\\d+)(?:[.-][a-z]+)*\\.(?:js|mjs|css)$',
  'i',
);

/** Files a framework writes: snapshottest's `snapshots/snap_*.py`, Prisma's `prisma/migrations/<name>/migration.sql`. */
function writtenByTool(dirs: readonly string[], base: string): boolean {
  const parent = dirs[dirs.length - 1]?.toLowerCase();
  if (parent === 'snapshots' && /^snap_.*\.py$/.test(base)) return true;
  return base === 'migration.sql' && dirs.some((d, i) => d.toLowerCase() === 'migrations' && dirs[i - 1]?.toLowerCase() === 'prisma');
}

/** A file that tests read rather than run: notebooks in test folders, test data folders, fixtures other than code. */
function isTestInput(dirs: readonly string[], base: string): boolean {
  const lower = dirs.map((d) => d.toLowerCase());
  const inTests = lower.findIndex((d) => TEST_DIRS.has(d));
  if (inTests !== -1 && (base.endsWith('.ipynb') || lower.slice(inTests + 1).some((d) => TEST_INPUT_DIRS.has(d)))) return true;
  return lower.some((d) => FIXTURE_DIRS.has(d)) && !CODE_EXT.test(base);
}

/** Source and hand-written configuration, by extension. */
const SOURCE_EXT = new Set(
  (
    'py pyw pyi pyx pxd ipynb r jl js mjs cjs jsx ts tsx mts cts go rs java kt kts scala sc c h cc cpp cxx hpp hh hxx cu cuh ' +
    'cs fs rb php swift m mm sh bash zsh fish ps1 bat sql lua pl pm dart ex exs erl hs ml mli clj cljs groovy gradle vue svelte ' +
    'astro html htm jinja j2 jinja2 css scss sass less proto graphql gql tf hcl nix zig nim v sol mojo ' +
    'yml yaml toml ini cfg conf properties'
  ).split(' '),
);

/** Hand-written files known by name (no extension, or an extension that is usually data). */
const SOURCE_NAMES = new Set([
  'dockerfile', 'containerfile', 'makefile', 'gnumakefile', 'justfile', 'procfile', 'jenkinsfile', 'vagrantfile', 'snakefile',
  'mlproject', 'cmakelists.txt', 'package.json', 'tsconfig.json', 'jsconfig.json', 'pyrightconfig.json', 'devcontainer.json',
  '.eslintrc.json', 'biome.json', 'deno.json', 'vercel.json', 'renovate.json', 'pom.xml', 'build.xml', 'setup.cfg', 'tox.ini',
]);

/** Django's own admin and REST framework assets, copied into a project's `static/` by collectstatic. */
function isDjangoStatic(dirs: readonly string[]): boolean {
  const i = dirs.findIndex((d) => d.toLowerCase() === 'static');
  return i !== -1 && ['admin', 'rest_framework', 'debug_toolbar'].includes(dirs[i + 1]?.toLowerCase() ?? '');
}

/** True when `path` (repository-relative, POSIX) is the repository's own code by its path alone. */
export function isOwnSource(path: string): boolean {
  const parts = path.split('/');
  const base = (parts.pop() ?? '').toLowerCase();
  if (parts.some((d) => NOT_OWN_DIRS.has(d.toLowerCase()) || d.endsWith('.egg-info'))) return false;
  if (LOCK_FILES.has(base) || base.endsWith('.lock') || LEGAL.test(base) || GENERATED_NAME.test(base) || VENDORED_NAME.test(base)) return false;
  if (isTestInput(parts, base) || writtenByTool(parts, base) || isDjangoStatic(parts)) return false;
  if (SOURCE_NAMES.has(base) || /^(?:dockerfile|containerfile)[.-]/.test(base) || /^requirements[\w.-]*\.(?:txt|in)$/.test(base)) return true;
  if (/^\.[\w-]*ignore$|^\.gitattributes$|^\.gitmodules$/.test(base)) return false;
  const dot = base.lastIndexOf('.');
  if (dot === -1) return false;
  return SOURCE_EXT.has(base.slice(dot + 1));
}

/** Markers tools write at the top of generated files. */
const GENERATED_MARKER = /@generated|\bdo not edit\b|\bauto-?generated\b|\bcode generated by\b|^# generated by django|commands auto generated by alembic|generated by the protocol buffer compiler|this file (?:is|was) (?:automatically )?generated/im;

/** True when the start of a file says it was generated. */
export function hasGeneratedMarker(head: string): boolean {
  return GENERATED_MARKER.test(head);
}

/** How much of a file's start is read for a generated marker. */
export const MARKER_BYTES = 1024;

/** What Jupyter's HTML export (nbconvert) writes at the top of a page: its CSS variables and class names. */
const NOTEBOOK_EXPORT_MARKER = /nbconvert|--jp-|jp-Notebook/;
const HTML = /\.html?$/i;

/** A page exported from a notebook: an `.html` beside a notebook of the same name, or one whose head is nbconvert's. */
function isNotebookExport(path: string, head: string | undefined, notebooks: ReadonlySet<string>): boolean {
  if (!HTML.test(path)) return false;
  return notebooks.has(path.replace(HTML, '.ipynb')) || (head !== undefined && NOTEBOOK_EXPORT_MARKER.test(head));
}

/** Of the given paths at HEAD, those whose first bytes carry a generated marker, and notebooks' HTML exports. */
export async function generatedAtHead(root: string, paths: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const notebooks = new Set(paths.filter((p) => p.endsWith('.ipynb')));
  const buffer = Buffer.alloc(MARKER_BYTES);
  for (const path of paths) {
    if (path.endsWith('.ipynb')) continue;
    if (isNotebookExport(path, undefined, notebooks)) {
      found.add(path);
      continue;
    }
    // No symlink followed, no wait on a FIFO; only a regular file is read.
    const handle = await open(join(root, path), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(() => undefined);
    if (!handle) continue;
    try {
      if (!(await handle.stat()).isFile()) continue;
      const { bytesRead } = await handle.read(buffer, 0, MARKER_BYTES, 0);
      const head = buffer.subarray(0, bytesRead).toString('utf8');
      if (hasGeneratedMarker(head) || isNotebookExport(path, head, notebooks)) found.add(path);
    } catch {
      // unreadable: classified by its path alone
    } finally {
      await handle.close();
    }
  }
  return found;
}

/** The own-source classifier for one repository: by path, minus files generated at HEAD. */
export type OwnSource = (path: string) => boolean;

export function ownSourceClassifier(generated: ReadonlySet<string> = new Set()): OwnSource {
  // Asked for every path of every commit, several times: each path is classified once.
  const known = new Map<string, boolean>();
  return (path) => {
    let own = known.get(path);
    if (own === undefined) known.set(path, (own = !generated.has(path) && isOwnSource(path)));
    return own;
  };
}

