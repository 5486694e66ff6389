// Configured: a config file or section, a pre-commit hook, or a command the
// project runs it with (a CI step or the linter's own GitHub Action, a
// Makefile recipe, a shell script, a tox environment, a nox session or
// invoke task).
import { LINT_CONFIG_NAMES } from '../catalog/index.js';
import { defineDetector, type DetectResult } from './define.js';
import type { DetectContext } from './context.js';
import { codeEvidence, configEvidence } from './evidence.js';
import { jobActions } from './lib/ci-steps.js';
import { lintProgram, lintToolOfAction, shellCommands } from './lib/shell.js';
import type { Evidence } from './types.js';

/** The tool a config key configures: `tool.ruff.lint` → ruff, `mypy-numpy.*` → mypy, `hook:nbqa-black` → black. */
export function lintToolOfKey(key: string): string | undefined {
  const bare = key.replace(/^hook:(nbqa-)?/, '').replace(/^tool[.:]/, '');
  const name = bare.split(/[.:-]/)[0].toLowerCase();
  return LINT_CONFIG_NAMES.has(name) ? name : undefined;
}

function fromConfigs(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.files) {
    for (const config of file.configs ?? []) {
      const tool = lintToolOfKey(config.key);
      if (tool) out.push(configEvidence(file.path, config, config.key, tool));
    }
  }
  return out;
}

/** A CI step that runs a linter (`ruff check .`, `python -m mypy src`, a ruff action). */
function fromCi(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.files) {
    for (const job of file.ci?.jobs ?? []) {
      for (const action of jobActions(job)) {
        if (action.uses) {
          const tool = lintToolOfAction(action.uses);
          if (tool) out.push(configEvidence(file.path, action, action.uses, tool));
          continue;
        }
        for (const cmd of shellCommands(action.run ?? '')) {
          const tool = lintProgram(cmd);
          // `pre-commit run` lints only through hooks, which count on their own.
          if (tool && tool !== 'pre-commit') out.push(configEvidence(file.path, action, cmd.text, tool));
        }
      }
    }
  }
  return out;
}

/** A Makefile recipe or shell script that runs a linter (`lint: flake8 src`, `docker exec web black .`). */
function fromCommands(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.files) {
    for (const command of file.commands ?? []) {
      for (const cmd of shellCommands(command.text)) {
        const tool = lintProgram(cmd);
        if (tool && tool !== 'pre-commit') out.push(configEvidence(file.path, command, cmd.text, tool));
      }
    }
  }
  return out;
}

/** Task files whose `session.run("ruff", "check")` / `c.run("black --check .")` calls run commands. */
const TASK_FILES = /(^|\/)(noxfile|tasks|dodo|fabfile)\.py$/;

/** A nox session or invoke task that runs a linter. */
function fromTaskFiles(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python.filter((f) => TASK_FILES.test(f.path))) {
    for (const call of file.facts.calls) {
      if (!/(^|\.)run(_always)?$/.test(call.name) || call.strings.length === 0) continue;
      const tool = shellCommands(call.strings.join(' ')).map(lintProgram).find((t) => t && t !== 'pre-commit');
      if (tool) out.push(codeEvidence(file.path, call, `${call.name}(${call.strings.map((s) => JSON.stringify(s)).join(', ')})`, 'call', tool));
    }
  }
  return out;
}

export const lintTypecheck = defineDetector({
  id: 'lint_typecheck',
  area: 'engineering',
  rule: 'a linter, formatter or type checker is configured: ruff, flake8, pylint, black, isort, mypy, pyright, or `.pre-commit-config.yaml` with such hooks.',
  // Dedicated config files (`.flake8`, `ruff.toml`) count as files when no line of them is cited (toolFiles).
  uses: 'declared',
  toolFiles: true,
  detect: (ctx) => [...fromConfigs(ctx), ...fromCi(ctx), ...fromCommands(ctx), ...fromTaskFiles(ctx)] satisfies DetectResult,
});
