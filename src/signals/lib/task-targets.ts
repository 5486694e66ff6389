// What an orchestrator's tasks run in other parts of the repository, for
// pipeline_orchestration ("the ML workflow is a pipeline of steps") and
// automated_retraining. A DAG or flow often lives in a sub-project of its own
// (an `airflow/` folder holding only the Airflow image's requirements) while
// its tasks run the ML work elsewhere in the repository:
// - a container image built from a folder of the repository, run by a
//   DockerOperator, KubernetesPodOperator, `@task.docker`, kfp ContainerOp,
//   Prefect DockerContainer, Dagster `execute_k8s_job`, or `docker run` in a
//   command;
// - a command that names a script of the repository (`bash_command="python
//   ml/train.py"`, `subprocess.run(["python", "train.py"])`, a `.py` or
//   `.ipynb` path given to an operator), followed into shell scripts and
//   `dvc repro` stages;
// - a module of the repository the file imports (a PythonOperator's callable).
// An image is matched to what builds it: exactly (a tag `docker build -t`
// gives, a compose service's image or name), else by the words its name
// shares with one Dockerfile's folder, file name or the script its CMD runs
// (`laptop_ml_train` → `i2_machine_learning/Dockerfile`, CMD `python -m
// train`), the single best match only. An image the repository does not
// build (`python:3.11`, `bitnami/spark`, the FROM of one of its Dockerfiles)
// is no target. Nothing is run or imported.
import type { CallFact, FileFacts, Loc } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { lastSegment } from './code.js';
import { basename, cdInto, pythonTarget, words } from './command-words.js';
import { dvcStages } from './dvc.js';
import { moduleIndexOf } from './local-modules.js';

/** One thing a pipeline file's task runs in the repository, and the repository's Python files that run for it. */
export interface TaskTarget {
  kind: 'image' | 'command' | 'import';
  /** Where the pipeline file runs it (the operator call, the import). */
  at: Loc & { inExcept?: true; inFunction?: string };
  /** `image laptop_ml_train (built from airflow/includes/i2_machine_learning)`, `python ml/train.py`, `from ml.train import fit`. */
  text: string;
  /** Python files and notebooks of the repository the task runs. */
  files: PyFile[];
}

/** An image the repository builds: its folder, the names it is tagged with, the words that describe it, the commands it runs. */
interface Build {
  /** Build context, `''` for the repository root. */
  dir: string;
  names: Set<string>;
  words: Set<string>;
  commands: string[];
}

/** Calls and decorators that run a container image. */
const RUNS_CONTAINER = /docker|container|pod|k8s|kubernetes/i;
/** Calls whose strings are never a task's command (a message, a log line). */
const NEVER_RUNS = /^(print|format|join|append|get|getenv|info|debug|warning|error|exception|critical|log|echo|Variable\.get|add_argument)$/;
/** Calls that run a command given as a list of words. */
const RUNS_COMMAND = /^(subprocess\.(run|call|check_call|check_output|Popen)|os\.(system|popen|execvp?)|asyncio\.create_subprocess_exec)$/;
const PYTHON = /^(python[\d.]*|py|accelerate|torchrun|deepspeed)$/;
const SHELL = new Set(['bash', 'sh', 'zsh', 'source', '.']);
/** Words of an image or folder name that tell nothing about what it runs. */
const GENERIC = new Set(
  ('app apps api src docker dockerfile image images latest task tasks job jobs dag dags run runner main base default project container containers ' +
    'build local dev prod python airflow operator service services the and for of a an my our code include includes').split(' '),
);
/** Operator settings that are strings but never an image (`api_version='auto'`, `network_mode='bridge'`). */
const NOT_IMAGE = new Set(['auto', 'bridge', 'host', 'none', 'never', 'always', 'ifnotpresent', 'default', 'true', 'false']);
const IMAGE_REF = /^[a-z0-9][a-z0-9._\/-]*(:[\w.${}-]+)?$/;
const MAX_DEPTH = 2;

/** `registry.io/team/trainer:1.2` → `trainer`; lower case, without tag, digest or registry. */
function imageName(ref: string): string {
  const last = ref.replace(/@sha256:\w+$/, '').split('/').pop() ?? '';
  return last.replace(/:.*$/, '').toLowerCase();
}

/** Words of a name, stemmed lightly: `i2_machine_learning` → `ml`; `Training` → `train`; index tokens (`i2`, `01`) dropped. */
function nameWords(name: string): string[] {
  const raw = name
    .toLowerCase()
    .replace(/machine[-_ ]?learning/g, 'ml')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return raw
    .map((w) => (/^(re)?train(s|ing|er)?$/.test(w) ? 'train' : w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w))
    .filter((w) => !GENERIC.has(w) && !/^[a-z]?\d+[a-z]?$/.test(w) && w.length > 1);
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** `a/b` + `../c` → `a/c`; `''` is the root. */
function joinDir(base: string, rel: string): string {
  return cdInto(base, rel).replace(/\/$/, '');
}

function under(path: string, dir: string): boolean {
  return dir === '' || path.startsWith(`${dir}/`);
}

/** A Dockerfile's command: ENTRYPOINT then CMD (the exec form's JSON array read as words). */
function dockerCommand(file: FileFacts): string {
  const last = (keyword: string): string => {
    const args = [...(file.docker ?? [])].reverse().find((d) => d.keyword === keyword)?.args ?? '';
    if (!args.startsWith('[')) return args;
    try {
      const list: unknown = JSON.parse(args);
      return Array.isArray(list) ? list.map(String).join(' ') : args;
    } catch {
      return args;
    }
  };
  return [last('ENTRYPOINT'), last('CMD')].filter(Boolean).join(' ');
}

/** The tags, Dockerfile and context of `docker build -t name -f file dir` (and `docker buildx build`, podman). */
function dockerBuild(tokens: string[]): { tags: string[]; file?: string; context?: string } | undefined {
  if (!['docker', 'podman'].includes(basename(tokens[0] ?? ''))) return undefined;
  const at = tokens.indexOf('build');
  if (at === -1 || at > 2) return undefined;
  const tags: string[] = [];
  let file: string | undefined;
  const positional: string[] = [];
  for (let i = at + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '-t' || t === '--tag') tags.push(tokens[++i] ?? '');
    else if (t.startsWith('--tag=')) tags.push(t.slice(6));
    else if (t === '-f' || t === '--file') file = tokens[++i];
    else if (t.startsWith('--file=')) file = t.slice(7);
    else if (/^--(build-arg|platform|target|label|cache-from|secret|network|progress|output)$/.test(t)) i++;
    else if (!t.startsWith('-')) positional.push(t);
  }
  return { tags: tags.filter(Boolean), file, context: positional[0] };
}

const BUILDS = new WeakMap<DetectContext, Build[]>();
const BASE_IMAGES = new WeakMap<DetectContext, Set<string>>();

/** The images the repository builds: one per Dockerfile folder, with compose services and `docker build` commands merged in. */
function buildsOf(ctx: DetectContext): Build[] {
  let builds = BUILDS.get(ctx);
  if (builds) return builds;
  const byDir = new Map<string, Build>();
  const at = (dir: string): Build => {
    let b = byDir.get(dir);
    if (!b) byDir.set(dir, (b = { dir, names: new Set(), words: new Set(), commands: [] }));
    return b;
  };
  const describe = (b: Build, name: string) => nameWords(name).forEach((w) => b.words.add(w));
  for (const f of ctx.files.filter((x) => x.docker && x.docker.length > 0)) {
    const b = at(dirOf(f.path));
    const own = basename(f.path).replace(/^(Dockerfile|Containerfile)\.?/i, '').replace(/\.?dockerfile$/i, '');
    if (own) describe(b, own);
    if (b.dir) describe(b, basename(b.dir));
    const command = dockerCommand(f);
    if (command) b.commands.push(command);
  }
  for (const f of ctx.files.filter((x) => x.format === 'compose')) {
    const services = (f.manifests ?? []).filter((m) => m.kind === 'compose:service').sort((a, b) => a.line - b.line);
    services.forEach((s, i) => {
      const m = /^([^:]+): build (.*)$/.exec(s.text);
      if (!m) return;
      const end = services[i + 1]?.line ?? Infinity;
      const b = at(joinDir(dirOf(f.path), m[2].trim()));
      b.names.add(m[1].toLowerCase());
      describe(b, m[1]);
      for (const c of (f.configs ?? []).filter((x) => x.line > s.line && x.line < end)) {
        if (c.key === 'compose:image') b.names.add(imageName(c.text));
        if (c.key === 'compose:command') b.commands.push(c.text.slice(c.text.indexOf(':') + 1));
      }
    });
  }
  const scripts = [
    ...ctx.files.flatMap((f) => (f.commands ?? []).map((c) => c.text)),
    ...ctx.files.flatMap((f) => (f.ci?.jobs ?? []).flatMap((j) => [...j.steps.map((s) => s.run ?? ''), ...(j.scripts ?? [])])),
  ];
  for (const text of scripts) {
    for (const segment of text.replace(/\\\r?\n/g, ' ').split(/&&|\|\||;|\r?\n/)) {
      const built = dockerBuild(words(segment));
      if (!built || built.tags.length === 0) continue;
      const dir = built.file ? dirOf(built.file.replace(/^\.\//, '')) : joinDir('', built.context ?? '.');
      const b = at(dir);
      for (const tag of built.tags) b.names.add(imageName(tag));
    }
  }
  builds = [...byDir.values()];
  BUILDS.set(ctx, builds);
  BASE_IMAGES.set(ctx, new Set(ctx.files.flatMap((f) => (f.docker ?? []).filter((d) => d.keyword === 'FROM').map((d) => imageName(d.args.split(/\s+/).find((a) => !a.startsWith('--')) ?? '')))));
  return builds;
}

/**
 * The build an image reference means: one tagged or named so (a compose
 * project prefix allowed), else the one Dockerfile whose words it shares
 * most; a tie, or a base image of the repository's Dockerfiles, is none.
 */
function buildOf(ctx: DetectContext, ref: string): Build | undefined {
  if (/\s|:\/\//.test(ref) || !IMAGE_REF.test(ref)) return undefined;
  const builds = buildsOf(ctx);
  const name = imageName(ref);
  if (name.length < 3 || NOT_IMAGE.has(name)) return undefined;
  const exact = builds.filter((b) => b.names.has(name) || [...b.names].some((n) => n.length >= 3 && (name.endsWith(`-${n}`) || name.endsWith(`_${n}`))));
  if (exact.length > 0) return exact.length === 1 ? exact[0] : undefined;
  if (BASE_IMAGES.get(ctx)?.has(name)) return undefined;
  const wanted = new Set(nameWords(name));
  if (wanted.size === 0) return undefined;
  const scored = builds.map((b) => ({ b, score: [...wanted].filter((w) => b.words.has(w) || scriptWords(b).has(w)).length })).filter((s) => s.score > 0);
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  return top.length === 1 ? top[0].b : undefined;
}

/** Words of the scripts a build's commands run (`python -m train` → `train`). */
function scriptWords(b: Build): Set<string> {
  const out = new Set<string>();
  for (const command of b.commands) {
    for (const segment of command.split(/&&|\|\||;/)) {
      const tokens = words(segment);
      if (!PYTHON.test(basename(tokens[0] ?? ''))) continue;
      const { target } = pythonTarget(tokens.slice(1));
      if (target) nameWords(basename(target.replace(/\.py$/, '').replace(/\./g, '/'))).forEach((w) => out.add(w));
    }
  }
  return out;
}

/** The file a path in a command means among `files`: the longest suffix of the path that names one, inside `dir` first. */
function bySuffix<T extends { path: string }>(files: readonly T[], ref: string, dir?: string): T | undefined {
  const parts = ref.split('/').filter((p) => p && p !== '.' && p !== '..');
  for (let k = parts.length; k >= 1; k--) {
    const suffix = parts.slice(parts.length - k).join('/');
    const found = files.filter((f) => f.path === suffix || f.path.endsWith(`/${suffix}`));
    if (found.length === 0) continue;
    const inside = dir === undefined ? [] : found.filter((f) => under(f.path, dir));
    if (inside.length === 1) return inside[0];
    return found.length === 1 ? found[0] : undefined;
  }
  return undefined;
}

/** A Python file or notebook of the repository (not a test) by the path a command names. */
function fileAt(ctx: DetectContext, ref: string, dir?: string): PyFile | undefined {
  const notebook = ref.endsWith('.ipynb');
  return bySuffix(ctx.python.filter((f) => !f.test && f.notebook === notebook), ref, dir);
}

/** A shell script of the repository by the path a command names. */
function scriptAt(ctx: DetectContext, ref: string, dir?: string): FileFacts | undefined {
  return bySuffix(ctx.files.filter((f) => f.commands && f.commands.length > 0), ref, dir);
}

/** What a command runs of the repository: scripts, modules, notebooks, shell scripts followed, images run with `docker run`. */
function commandFiles(ctx: DetectContext, text: string, dir: string | undefined, depth: number): { files: PyFile[]; builds: Build[] } {
  const files: PyFile[] = [];
  const builds: Build[] = [];
  let base = '';
  for (const segment of text.replace(/\\\r?\n/g, ' ').split(/&&|\|\||;|\||\r?\n/)) {
    const tokens = words(segment);
    const prog = basename(tokens[0] ?? '');
    const args = tokens.slice(1);
    if (prog === 'cd' && args[0]) {
      base = cdInto(base, args[0]);
      continue;
    }
    const where = (ref: string) => (ref.startsWith('/') || base === '' ? ref : `${base}${ref}`);
    if (PYTHON.test(prog)) {
      const { target } = pythonTarget(args);
      if (!target) continue;
      const isModule = args.includes('-m');
      const paths = isModule ? [`${target.replace(/\./g, '/')}.py`, `${target.replace(/\./g, '/')}/__main__.py`] : [target];
      const file = paths.map((p) => fileAt(ctx, where(p), dir)).find((f) => f !== undefined);
      if (file) files.push(file);
    } else if ((prog === 'docker' || prog === 'podman' || prog === 'docker-compose') && args.includes('run')) {
      const rest = args.slice(args.indexOf('run') + 1).filter((a) => !a.startsWith('-'));
      const build = rest.map((a) => buildOf(ctx, a)).find((b) => b !== undefined);
      if (build) builds.push(build);
      const py = rest.findIndex((a) => PYTHON.test(basename(a)));
      if (py !== -1) pushUnique(files, commandFiles(ctx, rest.slice(py).join(' '), build?.dir ?? dir, depth).files);
    } else if (SHELL.has(prog) || tokens[0]?.endsWith('.sh')) {
      const ref = SHELL.has(prog) ? args.find((a) => !a.startsWith('-')) : tokens[0];
      const script = ref && depth < MAX_DEPTH ? scriptAt(ctx, where(ref), dir) : undefined;
      for (const c of script?.commands ?? []) {
        const inner = commandFiles(ctx, c.text, dir, depth + 1);
        pushUnique(files, inner.files);
        pushUnique(builds, inner.builds);
      }
    } else if (prog === 'dvc' && (args[0] === 'repro' || (args[0] === 'exp' && args[1] === 'run')) && depth < MAX_DEPTH) {
      // The DVC pipeline's stages, each run from its dvc.yaml's folder.
      for (const { file, stage } of dvcStages(ctx)) {
        const folder = dirOf(file.path);
        pushUnique(files, commandFiles(ctx, folder ? `cd ${folder} && ${stage.cmd}` : stage.cmd, dir, depth + 1).files);
      }
    } else if (prog === 'papermill' || (prog === 'jupyter' && args[0] === 'nbconvert')) {
      const nb = args.find((a) => a.endsWith('.ipynb'));
      const file = nb ? fileAt(ctx, where(nb), dir) : undefined;
      if (file) files.push(file);
    }
  }
  return { files, builds };
}

function pushUnique<T>(into: T[], items: readonly T[]): void {
  for (const item of items) if (!into.includes(item)) into.push(item);
}

/** The Python files an image runs: its commands (the task's own first), else the code in its folder (not in another build's folder below it). */
function buildFiles(ctx: DetectContext, build: Build, taskCommands: string[], depth: number): PyFile[] {
  for (const command of [...taskCommands, ...build.commands]) {
    const { files } = commandFiles(ctx, command, build.dir, depth);
    if (files.length > 0) return files;
  }
  if (build.dir === '') return [];
  const nested = buildsOf(ctx).filter((b) => b !== build && b.dir !== build.dir && under(b.dir, build.dir));
  return ctx.python.filter((f) => !f.test && under(f.path, build.dir) && !nested.some((b) => under(f.path, b.dir)));
}

/** Strings a call is given, literals and constants passed by name. */
function stringsOf(call: Given): string[] {
  return [...call.strings, ...(call.resolved ?? [])];
}

/** What a call or decorator is given (a decorator has no `passedAs`). */
type Given = Pick<CallFact, 'strings' | 'resolved' | 'passedAs'>;

/** Keywords that name the image a task runs. */
const IMAGE_KEY = /^(image|base_image|container_image|image_uri|image_name|docker_image)$/;

/**
 * The strings that may be the image a container task runs: those passed as
 * `image=` (or its kin) when there are any; else the positional ones and
 * constants passed by name, never another keyword's (`task_id="train"`).
 */
function imageCandidates(call: Given): string[] {
  const keys = call.passedAs;
  const keyed = keys ? call.strings.filter((_, i) => IMAGE_KEY.test(keys[i] ?? '')) : [];
  if (keyed.length > 0) return keyed;
  const positional = keys ? call.strings.filter((_, i) => keys[i] === '') : call.strings;
  return [...positional, ...(call.resolved ?? [])].filter((s) => !commandLike(s));
}

/** A string that is a command or names a script or notebook to run. */
function commandLike(s: string): boolean {
  return /\s/.test(s.trim()) || /\.(py|ipynb|sh)$/.test(s);
}

/** Calls a bare script path given to them runs (`SparkSubmitOperator(application="jobs/fit.py")`, `execute_notebook("x.ipynb")`), not file I/O (`open("train.py")`). */
const RUNS_SCRIPT = /operator|task|job|submit|run|exec|notebook|command|shell|process|spawn|system/i;

/** Runs `python x.py`, `x.sh`, `x.ipynb`, or a bare path of them, as a command. */
function asCommand(s: string): string {
  const t = s.trim();
  if (/\s/.test(t)) return t;
  return t.endsWith('.py') ? `python ${t}` : t.endsWith('.ipynb') ? `papermill ${t}` : t;
}

/** An operator's class (`DockerOperator`), or a function with its module (`subprocess.run`). */
function shortName(name: string): string {
  const last = lastSegment(name);
  if (/^[A-Z]/.test(last) || last === name) return last;
  const parts = name.split('.');
  return parts.slice(-2).join('.');
}

/** What the file's tasks run elsewhere in the repository: images it builds, scripts its commands name, modules it imports. */
export function taskTargets(ctx: DetectContext, file: PyFile): TaskTarget[] {
  const out: TaskTarget[] = [];
  const runs = (call: Given, at: TaskTarget['at'], name: string) => {
    const scripts = RUNS_SCRIPT.test(lastSegment(name));
    const commands = stringsOf(call)
      .filter((s) => commandLike(s) && (scripts || /\s/.test(s.trim())))
      .map(asCommand);
    if (RUNS_CONTAINER.test(name)) {
      const build = imageCandidates(call).map((s) => ({ s, b: buildOf(ctx, s) })).find((x) => x.b !== undefined);
      if (build?.b) {
        const where = build.b.dir || '.';
        out.push({ kind: 'image', at, text: `${shortName(name)}: image ${build.s} (built from ${where})`, files: buildFiles(ctx, build.b, commands, 0) });
        return;
      }
    }
    if (NEVER_RUNS.test(name) || NEVER_RUNS.test(lastSegment(name))) return;
    const listed = RUNS_COMMAND.test(name) && call.strings.length > 1 ? [call.strings.join(' ')] : [];
    for (const command of [...listed, ...commands]) {
      const { files, builds } = commandFiles(ctx, command, undefined, 0);
      const built = builds.flatMap((b) => buildFiles(ctx, b, [], 1));
      const all = [...files, ...built.filter((f) => !files.includes(f))];
      if (all.length > 0) out.push({ kind: 'command', at, text: `${shortName(name)}: ${command.slice(0, 120)}`, files: all });
    }
  };
  for (const call of file.facts.calls) runs(call, call, call.name);
  for (const fn of file.facts.functions) for (const d of fn.decorators) if (RUNS_CONTAINER.test(d.name)) runs(d, d, d.name);
  const index = moduleIndexOf(ctx.python);
  for (const imp of file.facts.imports.filter((i) => !i.unused)) {
    const files = index.resolveImport(imp, file).filter((f) => !f.test && f !== file);
    if (files.length > 0) out.push({ kind: 'import', at: imp, text: imp.text, files: [...files, ...files.flatMap((f) => index.reachable(f, 1).filter((r) => !r.test && r !== file))] });
  }
  return out;
}

/** Evidence for a target, at the task in the pipeline file. */
export function targetEvidence(file: PyFile, target: TaskTarget, shown: PyFile, tool?: string): Evidence {
  const ran = target.kind === 'import' ? `${target.text} (${shown.path})` : `${target.text} runs ${shown.path}`;
  return codeEvidence(file.path, target.at, ran, target.kind === 'import' ? 'import' : 'call', tool);
}
