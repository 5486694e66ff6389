// Evaluations run as commands of a framework's command-line tool
// (model_evaluation): `!yolo task=detect mode=val model=best.pt data=...` in a
// notebook, `python val.py --weights best.pt --data data.yaml` in a shell
// script, `python tools/test.py config.py model.pth` in a CI step, or the same
// words in `subprocess.run([...])`. The frameworks and their words are the
// catalogue's CLI_EVALUATIONS; a command is read as text, never run.
import { CLI_EVALUATIONS } from '../../catalog/tools/ml-evaluation-calls.js';
import type { Loc } from '../../parse/types.js';
import type { DetectContext } from '../context.js';
import { codeEvidence, configEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { jobActions } from './ci-steps.js';
import { basename } from './command-words.js';
import { shellCommands } from './shell.js';
import { RUNS_COMMAND } from './task-targets.js';

const PYTHON = /^(python[\d.]*|py)$/;
const SHELLS = /^(bash|sh|zsh)$/;

/** The program a command runs and the words after it: the script of `python X.py` / `bash X.sh`, the module of `python -m X`. */
function programOf(words: readonly string[]): { program: string; rest: readonly string[] } | undefined {
  const head = basename(words[0] ?? '');
  if (PYTHON.test(head)) {
    if (words[1] === '-m') return words[2] ? { program: words[2], rest: words.slice(3) } : undefined;
    const at = words.findIndex((w, i) => i > 0 && w.endsWith('.py'));
    return at > 0 ? { program: words[at], rest: words.slice(at + 1) } : undefined;
  }
  if (SHELLS.test(head) && words[1] && !words[1].startsWith('-')) return { program: words[1], rest: words.slice(2) };
  return words[0] ? { program: words[0], rest: words.slice(1) } : undefined;
}

/** The catalogue entry a shell script's command evaluates with, if any. */
function evaluationOf(words: readonly string[]): (typeof CLI_EVALUATIONS)[number] | undefined {
  const run = programOf(words);
  if (!run) return undefined;
  return CLI_EVALUATIONS.find(
    (e) =>
      (e.program.test(run.program) || e.program.test(basename(run.program))) &&
      e.words.every((w) => run.rest.some((r) => w.test(r))) &&
      !(e.notWords && run.rest.some((r) => e.notWords?.test(r))),
  );
}

const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}...` : text);

/** Framework evaluations run as commands, anywhere the repository runs commands. */
export function cliEvaluations(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  const add = (path: string, loc: Partial<Loc>, script: string) => {
    for (const cmd of shellCommands(script)) {
      const found = evaluationOf(cmd.words);
      if (found) out.push(configEvidence(path, loc, clip(cmd.text), found.tool));
    }
  };
  for (const file of ctx.files) {
    for (const command of file.commands ?? []) add(file.path, command, command.text);
    for (const job of file.ci?.jobs ?? []) for (const action of jobActions(job)) if (action.run !== undefined) add(file.path, { line: action.runLine ?? action.line }, action.run);
  }
  for (const file of ctx.python) {
    for (const command of file.facts.shell ?? []) add(file.path, command, command.text);
    for (const call of file.facts.calls) {
      if (!RUNS_COMMAND.test(call.name) || call.strings.length === 0) continue;
      const found = shellCommands(call.strings.join(' ')).map((c) => evaluationOf(c.words)).find(Boolean);
      if (found) out.push(codeEvidence(file.path, call, `${call.name}(${clip(call.strings.join(' '))})`, 'call', found.tool));
    }
  }
  return out;
}
