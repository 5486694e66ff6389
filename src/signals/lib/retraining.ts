// What "trains a model" looks like in a shell command and in a Python file,
// for automated_retraining. Training is named: a script, module, target or
// task called train/retrain/fine-tune/fit (lib/training-names.ts), a project
// runner whose entry point or stage trains (`mlflow run`, `dvc repro`:
// lib/project-runs.ts), or calls of such functions. `python -m tool` runs
// an installed tool as `tool` would. A function that does nothing
// (`def retrain(): pass`) trains nothing whatever its name says, nor does a
// task whose callable is such a function (lib/empty-functions.ts).
import { shellSegments } from '../../parse/shell-lex.js';
import type { CallFact, FileFacts } from '../../parse/types.js';
import { importTarget, type DetectContext, type PyFile } from '../context.js';
import { codeEvidence, configEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { lastSegment } from './code.js';
import { basename, cdInto, pythonTarget } from './command-words.js';
import { emptyFunctions, handsOverOnlyEmpty, inEmptyFunction, isOutput, meansEmpty } from './empty-functions.js';
import { moduleIndexOf } from './local-modules.js';
import { dvcReproTrains, mlflowRunTrains, type Runner } from './project-runs.js';
import { unwrap } from './shell.js';
import { exportsOf, INLINE, inlineCode, inlineTrains, joinHeredocs, restoreInline, smokeRun, takeInline, type Env } from './smoke-runs.js';

import { listedCommand } from './task-targets.js';
import { namesTraining } from './training-names.js';

export { namesTraining };

/** Programs whose arguments never run training (`echo "training..."`, `pip install -r requirements-train.txt`). */
const NEVER_TRAINS = new Set(
  ('echo printf cat ls cp mv rm mkdir cd export git pip pip3 apt apt-get brew curl wget tar unzip gsutil aws sed awk grep tee ' +
    'test [ if then fi for do done set chmod touch ruff black flake8 mypy isort pylint pre-commit codecov sleep tail head jq ' +
    'cml npm yarn node pytest tox-gh coverage vl2svg json5 gh')
    .split(' '),
);
const PYTHON = /^(python[\d.]*|py|accelerate|torchrun|deepspeed|horovodrun|composer)$/;
const TASK_RUNNERS = new Set(['make', 'just', 'task', 'invoke', 'inv', 'nox', 'tox', 'poe', 'npm']);
const ORCHESTRATOR_CLIS = new Set(['kedro', 'zenml', 'prefect', 'dagster', 'airflow', 'pyflyte', 'metaflow', 'mlflow', 'anyscale', 'sky', 'gcloud', 'az']);
const FIT = /^fit/;
const TEST_TARGET = /pytest|unittest|(^|\/)tests?\/|(^|\/)test_[^/]*\.py$|_test\.py$/;

/** Where a followed command trains: the script or Makefile line, cited as evidence. */
interface Trace {
  ctx: DetectContext;
  depth: number;
  via: Evidence[];
  /** Folder that relative paths of a followed file start from (an MLproject's own folder). */
  base?: string;
  /** Environment variables set for the commands (CI `env:`, `export` lines before them). */
  env?: Env;
  /** Inline code taken out of the text being read (`python -c`, heredoc bodies), by `@inline:N`. */
  inline?: string[];
}


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
  for (const c of joinHeredocs(file.commands ?? [])) {
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
  if (PYTHON.test(prog)) {
    const code = inlineCode(args, trace.inline);
    if (code !== undefined) return inlineTrains(code, namesTraining);
    if (pythonTrains(args, trace)) return true;
    // `python -m mlflow run .`, `python -m dvc repro`: an installed tool's module runs as the tool.
    const m = args.indexOf('-m');
    const tool = m === -1 ? undefined : args[m + 1];
    return tool !== undefined && !ctx.localModules.has(tool.split('.')[0]) && simpleTrains(args.slice(m + 1), trace);
  }
  if (prog === 'mlflow' && args[0] === 'run') return mlflowRunTrains(args.slice(1), runner(trace));
  if (prog === 'dvc') return (args[0] === 'repro' || (args[0] === 'exp' && args[1] === 'run')) && dvcReproTrains(runner(trace));
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
  // `bash -c "cd app && python train.py"`: the string is a script of its own.
  const c = shell ? args.indexOf('-c') : -1;
  if (c !== -1 && args[c + 1] !== undefined && !args[c + 1].startsWith(INLINE)) return linesTrain(args[c + 1], trace) !== undefined;
  const body = shell ? inlineCode(args, trace.inline) : undefined;
  if (body !== undefined) return linesTrain(body, trace) !== undefined;
  const script = shell ? positional[0] : tokens[0].endsWith('.sh') ? tokens[0] : undefined;
  if (script !== undefined) {
    const sub = positional[shell ? 1 : 0];
    if (namesTraining(basename(script).replace(/\.sh$/, '')) || (sub !== undefined && /^[\w-]+$/.test(sub) && namesTraining(sub))) return true;
    return followTrains(repoFile(ctx, script), trace);
  }
  return namesTraining(prog) || (positional[0] !== undefined && args[0] === positional[0] && namesTraining(basename(positional[0]).replace(/\.py$/, '')));
}

/**
 * `python x.py` or `python -m a.b`: the script's name says it trains, or the
 * script (found from the folder the command runs in, or by a unique path
 * suffix in a sub-project) trains, following its own commands and modules.
 */
function pythonTrains(args: string[], trace: Trace): boolean {
  const { ctx, base = '' } = trace;
  const { target, sub } = pythonTarget(args);
  if (!target || TEST_TARGET.test(target)) return false;
  if (namesTraining(basename(target).replace(/\.py$/, '')) || (sub !== undefined && /^[\w-]+$/.test(sub) && namesTraining(sub))) return true;
  const paths = [target.replace(/^\.\//, ''), `${target.replace(/\./g, '/')}.py`].flatMap((p) => (base ? [`${base}${p}`, p] : [p]));
  const own = ctx.python.filter((f) => !f.notebook);
  const file = own.find((f) => paths.includes(f.path)) ?? unique(own.filter((f) => paths.some((p) => f.path.endsWith(`/${p}`))));
  return file !== undefined && !file.test && trace.depth < 3 && fileTrains(file, ctx, undefined, trace.depth + 1) !== undefined;
}

/** The trace as a project runner reads it (lib/project-runs.ts): its stages' commands are followed one level deeper. */
function runner(trace: Trace): Runner {
  const inner: Trace = { ...trace, depth: trace.depth + 1 };
  return { ctx: trace.ctx, base: trace.base ?? '', via: trace.via, trains: (command, base) => trace.depth < 3 && linesTrain(command, { ...inner, base }) !== undefined };
}

function unique<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/**
 * Lines of a script; `cd dir` moves the folder later commands of the script
 * run in (a sub-project), `export VAR=x` sets the environment of later
 * commands. Inline Python and heredoc bodies are taken out first and read
 * whole; a smoke or dry run of training is not training (lib/smoke-runs.ts).
 */
function linesTrain(text: string, trace: Trace): string | undefined {
  const inline: string[] = [];
  const joined = takeInline(text.replace(/\\\r?\n/g, ' '), inline);
  const lines = joined.split(/\r?\n/);
  let at: Trace = { ...trace, inline };
  for (const segment of shellSegments(joined)) {
    const tokens = unwrap(segment.words);
    if (tokens[0] === 'cd' && tokens[1] !== undefined) {
      at = { ...at, base: cdInto(at.base ?? '', tokens[1]) };
      continue;
    }
    const exported = exportsOf(segment.text);
    if (exported) {
      at = { ...at, env: { ...at.env, ...Object.fromEntries(exported) } };
      continue;
    }
    if (smokeRun(segment.text, at.env)) continue;
    if (simpleTrains(tokens, at)) return restoreInline((lines[segment.line] ?? segment.text).trim(), inline).slice(0, 160);
  }
  return undefined;
}

/** The first command in a script text that trains, and where followed scripts train. */
export function commandTrains(text: string, ctx: DetectContext, depth = 0, env?: Env): { command: string; via: Evidence[] } | undefined {
  const trace: Trace = { ctx, depth, via: [], env };
  const command = linesTrain(text, trace);
  return command === undefined ? undefined : { command, via: trace.via };
}

function stringTrains(s: string, ctx: DetectContext, depth: number): boolean {
  if (/\s/.test(s)) return commandTrains(s, ctx, depth) !== undefined;
  return /^[\w-]+$/.test(s) && namesTraining(s);
}

/**
 * Where a Python file trains, strongest first: a call of a training function
 * or method (`train_model()`, `trainer.train()`), a training function defined,
 * a training task id or command in a string argument, a `.fit()` call, or a
 * training module imported. `besides`: a call that is not evidence of its own (the DAG itself).
 * A function of the file that does nothing is no training function, called
 * or defined, and a task handed only such functions is named in vain.
 */
export function fileTrains(file: PyFile, ctx?: DetectContext, besides?: CallFact, depth = 0): Evidence | undefined {
  const { functions, imports } = file.facts;
  const calls = file.facts.calls.filter((c) => !meansEmpty(file, c.name) && !inEmptyFunction(file, c));
  const named = (c: CallFact): boolean => namesTraining(lastSegment(c.name)) && !FIT.test(lastSegment(c.name));
  const call = calls.find(named);
  if (call) return codeEvidence(file.path, call, `${call.name}()`, 'call');
  const empty = emptyFunctions(file);
  const fn = functions.find((f) => namesTraining(f.name) && !empty.has(f));
  if (fn) return codeEvidence(file.path, fn, `def ${fn.name}`, 'function');
  const task = ctx && calls.find((c) => c !== besides && !isOutput(c.name) && !handsOverOnlyEmpty(file, c) && c.strings.some((s) => stringTrains(s, ctx, depth)));
  if (task) return codeEvidence(file.path, task, `${task.name}(${task.strings.find((s) => stringTrains(s, ctx, depth))})`, 'call');
  // A command list run from the file (`subprocess.run(["python", "monitoring/check.py"])`) that trains, followed.
  const run = ctx && depth < 3 && calls.find((c) => c !== besides && listedCommand(c) !== undefined && commandTrains(listedCommand(c) ?? '', ctx, depth + 1) !== undefined);
  if (run) return codeEvidence(file.path, run, `${run.name}(${JSON.stringify(run.strings)})`, 'call');
  const fit = calls.find((c) => namesTraining(lastSegment(c.name)));
  if (fit) return codeEvidence(file.path, fit, `${fit.name}()`, 'call');
  const imp = imports.find((i) => importTarget(i).split('.').some((seg) => namesTraining(seg)));
  if (imp) return codeEvidence(file.path, imp, imp.text, 'import');
  return ctx ? calleeTrains(file, ctx) : undefined;
}

/**
 * A function of another module of the repository that the file calls and
 * that trains (`run_pipeline()` defined in `pipelines/main.py` calling
 * `train_model()`): the training step lives in another module. Cited at the
 * training call inside it, or its `def`.
 */
function calleeTrains(file: PyFile, ctx: DetectContext): Evidence | undefined {
  const index = moduleIndexOf(ctx.python);
  const called = new Set(file.facts.calls.map((c) => lastSegment(c.name)));
  for (const module of index.reachable(file, 1).filter((m) => !m.test)) {
    const empty = emptyFunctions(module);
    for (const fn of module.facts.functions.filter((f) => called.has(f.name) && !empty.has(f))) {
      const inner = fn.calls.find((c) => namesTraining(lastSegment(c)) && !meansEmpty(module, c));
      if (!inner && !namesTraining(fn.name)) continue;
      const owner = fn.className ? `${fn.className}.${fn.name}` : fn.name;
      const call = inner === undefined ? undefined : module.facts.calls.find((c) => c.inFunction === owner && c.name === inner);
      return call ? codeEvidence(module.path, call, `${call.name}()`, 'call') : codeEvidence(module.path, fn, `def ${fn.name}`, 'function');
    }
  }
  return undefined;
}
