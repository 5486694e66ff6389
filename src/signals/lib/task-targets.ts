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
// - a job spec file a task submits (a SparkApplication, a pod or job template,
//   a Databricks or EMR job), followed to the program it runs (lib/task-specs.ts);
// - a module of the repository the file imports (a PythonOperator's callable).
// Images are matched to what builds them (lib/task-images.ts) and commands
// followed into the repository (lib/task-commands.ts). Nothing is run or
// imported.
import type { CallFact, Loc } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { lastSegment } from './code.js';
import { moduleIndexOf } from './local-modules.js';
import { buildFiles, commandFiles } from './task-commands.js';
import { buildOf } from './task-images.js';
import { specAt, specFilesRun } from './task-specs.js';

/** One thing a pipeline file's task runs in the repository, and the repository's Python files that run for it. */
export interface TaskTarget {
  kind: 'image' | 'spec' | 'command' | 'import';
  /** Where the pipeline file runs it (the operator call, the import). */
  at: Loc & { inExcept?: true; inFunction?: string };
  /** `image laptop_ml_train (built from airflow/includes/i2_machine_learning)`, `python ml/train.py`, `from ml.train import fit`. */
  text: string;
  /** Python files and notebooks of the repository the task runs. */
  files: PyFile[];
}

/** Calls and decorators that run a container image. */
const RUNS_CONTAINER = /docker|container|pod|k8s|kubernetes/i;
/** Calls whose strings are never a task's command (a message, a log line). */
const NEVER_RUNS = /^(print|format|join|append|get|getenv|info|debug|warning|error|exception|critical|log|echo|Variable\.get|add_argument)$/;
/** Calls that run a command given as a list of words. */
export const RUNS_COMMAND = /^(subprocess\.(run|call|check_call|check_output|Popen)|os\.(system|popen|execvp?)|asyncio\.create_subprocess_exec)$/;

/** The command a call runs when it runs a command list (`subprocess.run(["python", "train/run.py"])`): its strings joined, else none. */
export function listedCommand(call: { name: string; strings: string[] }): string | undefined {
  return RUNS_COMMAND.test(call.name) && call.strings.length > 1 ? call.strings.join(' ') : undefined;
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
    if (scripts || RUNS_CONTAINER.test(name)) {
      // A spec file the task submits (lib/task-specs.ts): the program it runs.
      for (const s of stringsOf(call)) {
        const spec = specAt(ctx, s, file.path);
        const run = spec ? specFilesRun(ctx, spec) : undefined;
        if (run && run.files.length > 0) out.push({ kind: 'spec', at, text: `${shortName(name)}: spec ${s.trim()} (${run.text})`, files: run.files });
      }
    }
    if (RUNS_CONTAINER.test(name)) {
      const build = imageCandidates(call).map((s) => ({ s, b: buildOf(ctx, s) })).find((x) => x.b !== undefined);
      if (build?.b) {
        const where = build.b.dir || '.';
        out.push({ kind: 'image', at, text: `${shortName(name)}: image ${build.s} (built from ${where})`, files: buildFiles(ctx, build.b, commands, 0) });
        return;
      }
    }
    if (NEVER_RUNS.test(name) || NEVER_RUNS.test(lastSegment(name))) return;
    const listed = [listedCommand({ name, strings: call.strings })].filter((c): c is string => c !== undefined);
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
