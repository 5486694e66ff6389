// What "trains a model" looks like in a shell command and in a Python file,
// for automated_retraining. Training is named: a script, module, target or
// task called train/retrain/fine-tune/fit, a pipeline re-run whose stages
// train (`dvc repro`), or calls of such functions.
import type { CallFact, FileFacts } from '../../parse/types.js';
import { importTarget, type DetectContext, type PyFile } from '../context.js';
import { codeEvidence, configEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { lastSegment } from './code.js';
import { dvcStages } from './dvc.js';

/** Words that name training: train, retrain, training, trainer, fine-tune, fit (not `pretrained`, `constraint`). */
const TRAIN_WORD = /(?<![a-z])(re)?train(s|ing|er)?(?![a-z])|fine[-_ ]?tun|(?<![a-z])fit(?![a-z])/i;
const NOT_TRAINING = /fit_transform|fit_resample|train_test_split|train_test|x_train|y_train|train_(df|data|set|loader|dataset|path|file|size|x|y|ids?)\b|train\.(csv|parquet|json|txt|pkl)/i;

/** True when a name (function, task id, script, command word) says it trains a model. */
export function namesTraining(name: string): boolean {
  return TRAIN_WORD.test(name) && !NOT_TRAINING.test(name);
}

/** Programs whose arguments never run training (`echo "training..."`, `pip install -r requirements-train.txt`). */
const NEVER_TRAINS = new Set(
  ('echo printf cat ls cp mv rm mkdir cd export git pip pip3 apt apt-get brew curl wget tar unzip gsutil aws sed awk grep tee ' +
    'test [ if then fi for do done set chmod touch ruff black flake8 mypy isort pylint pre-commit codecov sleep tail head jq ' +
    'cml npm yarn node pytest tox-gh coverage vl2svg json5 gh')
    .split(' '),
);
const WRAPPERS = new Set(['uv', 'poetry', 'pipenv', 'pdm', 'hatch', 'rye', 'conda', 'mamba', 'micromamba', 'pixi']);
const PYTHON = /^(python[\d.]*|py|accelerate|torchrun|deepspeed|horovodrun|composer)$/;
const TASK_RUNNERS = new Set(['make', 'just', 'task', 'invoke', 'inv', 'nox', 'tox', 'poe', 'npm']);
const ORCHESTRATOR_CLIS = new Set(['kedro', 'zenml', 'prefect', 'dagster', 'airflow', 'pyflyte', 'metaflow', 'mlflow', 'anyscale', 'sky', 'gcloud', 'az']);
const FIT = /^fit/;
const TEST_TARGET = /pytest|unittest|(^|\/)tests?\/|(^|\/)test_[^/]*\.py$|_test\.py$/;

function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Shell words of one simple command, without `VAR=x` assignments and `sudo`/`env`-style prefixes. */
function words(segment: string): string[] {
  const tokens = segment.trim().split(/\s+/).filter(Boolean).map((t) => t.replace(/^["']|["']$/g, ''));
  while (tokens.length > 0 && (/^\w+=/.test(tokens[0]) || ['sudo', 'time', 'nohup', 'exec', 'env', 'then', 'do'].includes(tokens[0]))) tokens.shift();
  if (WRAPPERS.has(tokens[0]) && tokens[1] === 'run') {
    tokens.splice(0, 2);
    while (tokens[0]?.startsWith('-')) tokens.splice(0, ['-n', '-p', '--name', '--prefix', '-e'].includes(tokens[0]) ? 2 : 1);
  }
  return tokens;
}

/** The script or module a Python launcher runs, and its first positional argument (a subcommand). */
function pythonTarget(args: string[]): { target?: string; sub?: string } {
  const m = args.indexOf('-m');
  if (m !== -1) return { target: args[m + 1], sub: args.slice(m + 2).find((a) => !a.startsWith('-')) };
  const script = args.findIndex((a) => a.endsWith('.py'));
  const at = script !== -1 ? script : args.findIndex((a) => !a.startsWith('-') && a !== 'launch' && a !== 'run');
  return { target: args[at], sub: at === -1 ? undefined : args.slice(at + 1).find((a) => !a.startsWith('-')) };
}

/** Where a followed command trains: the script or Makefile line, cited as evidence. */
interface Trace {
  ctx: DetectContext;
  depth: number;
  via: Evidence[];
  /** Folder that relative paths of a followed file start from (an MLproject's own folder). */
  base?: string;
}

/** `mlflow run` options that take a value. */
const MLFLOW_RUN_VALUE_OPTIONS = new Set(['-e', '--entry-point', '-v', '--version', '-P', '--param-list', '-A', '--docker-args', '--experiment-name', '--experiment-id', '-b', '--backend', '-c', '--backend-config', '--env-manager', '--storage-dir', '--run-id', '--run-name', '--build-image']);

/** A repository file by the path a command names (`./x.sh`, `deploy/x.yaml`), exact or by unique suffix. */
function repoFile(ctx: DetectContext, ref: string): FileFacts | undefined {
  const path = ref.replace(/^\.\//, '');
  const exact = ctx.files.find((f) => f.path === path);
  if (exact) return exact;
  const suffix = ctx.files.filter((f) => f.path.endsWith(`/${path}`));
  return suffix.length === 1 ? suffix[0] : undefined;
}

/** Follows commands into a script, Makefile targets or a job config (Anyscale `entrypoint`). */
/**
 * Files (with Makefile targets) already followed without finding training,
 * per repository, with the shallowest depth they were followed from: a
 * Makefile whose targets call each other is read once, not once per path.
 */
const FOLLOWED_IN_VAIN = new WeakMap<DetectContext, Map<string, number>>();

function followTrains(file: FileFacts | undefined, trace: Trace, targets?: string[]): boolean {
  if (!file || trace.depth >= 3) return false;
  let vain = FOLLOWED_IN_VAIN.get(trace.ctx);
  if (!vain) FOLLOWED_IN_VAIN.set(trace.ctx, (vain = new Map()));
  const key = `${file.path}\0${targets?.join(' ') ?? ''}\0${trace.base ?? ''}`;
  const before = vain.get(key);
  if (before !== undefined && before <= trace.depth) return false;
  const inner: Trace = { ...trace, depth: trace.depth + 1 };
  for (const c of file.commands ?? []) {
    if (targets && (c.target === undefined || !targets.includes(c.target))) continue;
    if (linesTrain(c.text, inner)) {
      trace.via.push(configEvidence(file.path, c, c.text.slice(0, 160)));
      return true;
    }
  }
  for (const m of file.manifests ?? []) {
    const entrypoint = m.kind === 'anyscale:job' ? m.text.slice(m.text.indexOf(':') + 1) : undefined;
    if (entrypoint && linesTrain(entrypoint, inner)) return true;
  }
  vain.set(key, Math.min(before ?? trace.depth, trace.depth));
  return false;
}

/** Does one simple command train? */
function simpleTrains(tokens: string[], trace: Trace): boolean {
  if (tokens.length === 0 || tokens[0].startsWith('#')) return false;
  const { ctx } = trace;
  const prog = basename(tokens[0]);
  const args = tokens.slice(1);
  if (NEVER_TRAINS.has(prog)) return false;
  if (prog === 'docker' || prog === 'docker-compose') {
    const py = args.findIndex((a) => PYTHON.test(basename(a)));
    return py !== -1 ? simpleTrains(args.slice(py), trace) : args.includes('run') && args.some((a) => !a.startsWith('-') && namesTraining(a));
  }
  if (PYTHON.test(prog)) return pythonTrains(args, ctx, trace.base);
  if (prog === 'mlflow' && args[0] === 'run') return mlflowRunTrains(args.slice(1), trace);
  if (prog === 'dvc') return (args[0] === 'repro' || (args[0] === 'exp' && args[1] === 'run')) && dvcTrains(ctx);
  const positional = args.filter((a) => !a.startsWith('-'));
  if (prog === 'make') {
    const dir = args.includes('-C') ? `${args[args.indexOf('-C') + 1]}/` : '';
    const makefile = args.includes('-f') ? args[args.indexOf('-f') + 1] : `${dir}Makefile`;
    return positional.some((a) => namesTraining(a)) || followTrains(repoFile(ctx, makefile), trace, positional);
  }
  if (TASK_RUNNERS.has(prog) || ORCHESTRATOR_CLIS.has(prog)) {
    if (args.some((a) => namesTraining(a.replace(/^--?[\w-]+=/, '')))) return true;
    return positional.some((a) => /\.ya?ml$/.test(a) && followTrains(repoFile(ctx, a), trace));
  }
  const shell = ['bash', 'sh', 'zsh', 'source', '.'].includes(prog);
  const script = shell ? positional[0] : tokens[0].endsWith('.sh') ? tokens[0] : undefined;
  if (script !== undefined) {
    const sub = positional[shell ? 1 : 0];
    if (namesTraining(basename(script).replace(/\.sh$/, '')) || (sub !== undefined && /^[\w-]+$/.test(sub) && namesTraining(sub))) return true;
    return followTrains(repoFile(ctx, script), trace);
  }
  return namesTraining(prog) || (positional[0] !== undefined && args[0] === positional[0] && namesTraining(basename(positional[0]).replace(/\.py$/, '')));
}

function pythonTrains(args: string[], ctx: DetectContext, base = ''): boolean {
  const { target, sub } = pythonTarget(args);
  if (!target || TEST_TARGET.test(target)) return false;
  if (namesTraining(basename(target).replace(/\.py$/, '')) || (sub !== undefined && /^[\w-]+$/.test(sub) && namesTraining(sub))) return true;
  const paths = [target.replace(/^\.\//, ''), `${target.replace(/\./g, '/')}.py`].flatMap((p) => (base ? [p, `${base}${p}`] : [p]));
  const file = ctx.python.find((f) => paths.includes(f.path));
  return file !== undefined && !file.test && fileTrains(file) !== undefined;
}

/**
 * `mlflow run <project> [-e entry]`: the project's MLproject entry point
 * (`main` by default) trains. The project folder is the URI when it names
 * one of the repository's MLproject folders; otherwise (`.` run from a
 * working directory the step sets) any MLproject of the repository.
 */
function mlflowRunTrains(args: string[], trace: Trace): boolean {
  let uri: string | undefined;
  let entryPoint = 'main';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (MLFLOW_RUN_VALUE_OPTIONS.has(arg)) {
      if (arg === '-e' || arg === '--entry-point') entryPoint = args[i + 1] ?? entryPoint;
      i++;
    } else if (arg.startsWith('--entry-point=')) entryPoint = arg.slice('--entry-point='.length);
    else if (!arg.startsWith('-') && uri === undefined) uri = arg;
  }
  const projects = trace.ctx.ofFormat('mlproject');
  // A remote project, or none in the repository: only the names can tell.
  if ((uri !== undefined && /:\/\/|^git@/.test(uri)) || projects.length === 0) return namesTraining(entryPoint);
  const dir = uri === undefined ? '' : uri.replace(/^\.\/?/, '').replace(/\/+$/, '');
  const named = dir ? projects.filter((f) => f.path.slice(0, f.path.lastIndexOf('/')) === dir) : [];
  if (trace.depth >= 3) return false;
  const inner: Trace = { ...trace, depth: trace.depth + 1 };
  for (const file of named.length > 0 ? named : projects) {
    const stage = (file.stages ?? []).find((s) => s.name === entryPoint);
    if (!stage) continue;
    const slash = file.path.lastIndexOf('/');
    if (namesTraining(stage.name) || linesTrain(stage.cmd, { ...inner, base: slash === -1 ? '' : file.path.slice(0, slash + 1) })) {
      trace.via.push(configEvidence(file.path, stage, `entry point ${stage.name}: ${stage.cmd.slice(0, 140)}`));
      return true;
    }
  }
  return false;
}

function dvcTrains(ctx: DetectContext): boolean {
  return dvcStages(ctx).some(({ stage }) => namesTraining(stage.name) || namesTraining(stage.cmd));
}

function linesTrain(text: string, trace: Trace): string | undefined {
  const joined = text.replace(/\\\r?\n/g, ' ');
  for (const line of joined.split(/\r?\n/)) {
    for (const segment of line.split(/&&|\|\||;|\|/)) {
      if (simpleTrains(words(segment), trace)) return line.trim().slice(0, 160);
    }
  }
  return undefined;
}

/** The first command in a script text that trains, and where followed scripts train. */
export function commandTrains(text: string, ctx: DetectContext): { command: string; via: Evidence[] } | undefined {
  const trace: Trace = { ctx, depth: 0, via: [] };
  const command = linesTrain(text, trace);
  return command === undefined ? undefined : { command, via: trace.via };
}

function stringTrains(s: string, ctx: DetectContext): boolean {
  if (/\s/.test(s)) return commandTrains(s, ctx) !== undefined;
  return /^[\w-]+$/.test(s) && namesTraining(s);
}

/**
 * Where a Python file trains, strongest first: a call of a training function
 * or method (`train_model()`, `trainer.train()`), a training function defined,
 * a training task id or command in a string argument, a `.fit()` call, or a
 * training module imported. `besides`: a call that is not evidence of its own (the DAG itself).
 */
export function fileTrains(file: PyFile, ctx?: DetectContext, besides?: CallFact): Evidence | undefined {
  const { calls, functions, imports } = file.facts;
  const named = (c: CallFact): boolean => namesTraining(lastSegment(c.name)) && !FIT.test(lastSegment(c.name));
  const call = calls.find(named);
  if (call) return codeEvidence(file.path, call, `${call.name}()`, 'call');
  const fn = functions.find((f) => namesTraining(f.name));
  if (fn) return codeEvidence(file.path, fn, `def ${fn.name}`, 'function');
  const task = ctx && calls.find((c) => c !== besides && c.strings.some((s) => stringTrains(s, ctx)));
  if (task) return codeEvidence(file.path, task, `${task.name}(${task.strings.find((s) => stringTrains(s, ctx))})`, 'call');
  const fit = calls.find((c) => namesTraining(lastSegment(c.name)));
  if (fit) return codeEvidence(file.path, fit, `${fit.name}()`, 'call');
  const imp = imports.find((i) => importTarget(i).split('.').some((seg) => namesTraining(seg)));
  return imp ? codeEvidence(file.path, imp, imp.text, 'import') : undefined;
}
