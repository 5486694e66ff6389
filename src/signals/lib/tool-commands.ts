// Catalogue tools the project runs as commands: a CI step (`bandit -r src`,
// `python -m pytest`), a Makefile recipe or shell script, a Cloud Build step,
// a nox session or invoke task (`session.run("mypy", ...)`), or a pre-commit
// hook. A command-line tool the project runs is used, not only declared
// (real-people review: Bandit "only declared" while CI ran `bandit -r`).
// A command's program is matched to a tool by the tool's id or package name,
// and `python -m X` by X's import root when X is not one of the repository's
// own modules. Version and help queries run nothing. A linter, formatter or
// type checker run on a repository without a `.py` file, or a test runner on
// one without a test file, has nothing to act on: a scaffold's Makefile
// (`mypy src/`, `pytest tests/` with neither folder there) is no use of it
// (real-people review: "pytest used" beside "No Python tests").
import { TOOLS, getTool, normalizePackage } from '../../catalog/index.js';
import type { DetectContext } from '../context.js';
import { codeEvidence, configEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { jobActions } from './ci-steps.js';
import { lintToolOfAction, shellCommands, type ShellCommand } from './shell.js';

/** Shells named like a catalogue tool (`dash`, the Debian shell, is not Plotly Dash). */
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish']);
const QUERIES = new Set(['--version', '-V', '--help', '-h', 'version', 'help']);
const TASK_FILES = /(^|\/)(noxfile|tasks|dodo|fabfile)\.py$/;
const PYTHON = /^(python[\d.]*|py|\$\(?\{?\w*PYTHON\w*\}?\)?)$/i;

let BY_PROGRAM: Map<string, string> | undefined;
let BY_MODULE: Map<string, string> | undefined;

/** Program name → tool id: ids and package names that belong to one tool only (an id wins over a package name). */
function byProgram(): Map<string, string> {
  if (!BY_PROGRAM) {
    const owners = new Map<string, Set<string>>();
    for (const tool of TOOLS) for (const name of new Set(tool.pypi.map(normalizePackage))) owners.set(name, (owners.get(name) ?? new Set()).add(tool.id));
    BY_PROGRAM = new Map([...owners].filter(([, ids]) => ids.size === 1).map(([name, ids]) => [name, [...ids][0]]));
    for (const tool of TOOLS) BY_PROGRAM.set(tool.id, tool.id);
    for (const shell of SHELLS) BY_PROGRAM.delete(shell);
  }
  return BY_PROGRAM;
}

/** Module root → tool id, for `python -m X`: tools importable under that one root. */
function byModule(): Map<string, string> {
  if (!BY_MODULE) {
    const owners = new Map<string, Set<string>>();
    for (const tool of TOOLS) for (const imp of tool.imports) if (!imp.includes('.') && !imp.includes('*')) owners.set(imp, (owners.get(imp) ?? new Set()).add(tool.id));
    BY_MODULE = new Map([...owners].filter(([, ids]) => ids.size === 1).map(([name, ids]) => [name, [...ids][0]]));
  }
  return BY_MODULE;
}

/** The tool a command runs, if any: `bandit -r src`, `poetry run pytest`, `python -m mypy`, `uvx ruff check`. */
export function commandTool(words: readonly string[], local: ReadonlySet<string>): string | undefined {
  let rest = [...words];
  if (rest[0] === 'uvx' || rest[0] === 'pipx') rest = rest.slice(rest[0] === 'pipx' && rest[1] === 'run' ? 2 : 1);
  const [program, sub, third] = rest;
  if (program === undefined) return undefined;
  const name = program.slice(program.lastIndexOf('/') + 1);
  if (PYTHON.test(name)) {
    if (sub !== '-m' || !third) return undefined;
    const root = third.split('.')[0];
    return local.has(root) || QUERIES.has(rest[3] ?? '') ? undefined : byModule().get(root);
  }
  if (sub !== undefined && QUERIES.has(sub)) return undefined;
  return byProgram().get(normalizePackage(name)) ?? byProgram().get(name);
}

function fromScript(path: string, loc: { line: number }, script: string, local: ReadonlySet<string>, out: Evidence[]): void {
  for (const cmd of shellCommands(script)) {
    const tool = commandTool(cmd.words, local);
    if (tool) out.push(configEvidence(path, loc, commandText(cmd), tool));
  }
}

function commandText(cmd: ShellCommand): string {
  return cmd.text.length > 160 ? `${cmd.text.slice(0, 157)}...` : cmd.text;
}

/** Evidence of each catalogue tool the project runs as a command, by tool id. */
export function toolCommands(ctx: DetectContext): Map<string, Evidence[]> {
  const local = ctx.localModules;
  const out: Evidence[] = [];
  for (const file of ctx.files) {
    for (const job of file.ci?.jobs ?? []) {
      for (const action of jobActions(job)) {
        if (action.run) fromScript(file.path, action, action.run, local, out);
        // A linter's own action (`astral-sh/ruff-action`, `psf/black`) runs it.
        const linter = action.uses ? lintToolOfAction(action.uses) : undefined;
        const tool = linter ? byProgram().get(linter) : undefined;
        if (action.uses && tool) out.push(configEvidence(file.path, action, action.uses, tool));
      }
    }
    for (const command of file.commands ?? []) fromScript(file.path, command, command.text, local, out);
    for (const config of file.configs ?? []) {
      if (!config.key.startsWith('hook:')) continue;
      const id = config.key.slice('hook:'.length);
      const tool = byProgram().get(id) ?? byProgram().get(id.split('-')[0]);
      if (tool) out.push(configEvidence(file.path, config, config.text, tool));
    }
  }
  for (const file of ctx.python.filter((f) => TASK_FILES.test(f.path))) {
    for (const call of file.facts.calls) {
      if (!/(^|\.)run(_always)?$/.test(call.name) || call.strings.length === 0) continue;
      const tool = shellCommands(call.strings.join(' ')).map((c) => commandTool(c.words, local)).find(Boolean);
      if (tool) out.push(codeEvidence(file.path, call, `${call.name}(${call.strings.map((s) => JSON.stringify(s)).join(', ')})`, 'call', tool));
    }
  }
  const byTool = new Map<string, Evidence[]>();
  const canAct = actsOn(ctx);
  for (const e of out) if (e.tool && canAct(e.tool)) byTool.set(e.tool, [...(byTool.get(e.tool) ?? []), e]);
  return byTool;
}

/**
 * Whether the repository holds Python a tool run as a command can act on:
 * a test runner needs a test file (`test_*.py`, `*_test.py`, under `tests/`),
 * a linter, formatter or type checker a `.py` file. Other tools (DVC, dbt) run
 * on what they configure.
 */
function actsOn(ctx: DetectContext): (tool: string) => boolean {
  const sources = ctx.python.filter((f) => !f.notebook);
  const hasSource = sources.length > 0;
  const hasTests = sources.some((f) => f.test);
  return (tool) => {
    const signals: readonly string[] = getTool(tool).signals;
    if (signals.includes('tests')) return hasTests;
    if (signals.includes('lint_typecheck')) return hasSource;
    return true;
  };
}
