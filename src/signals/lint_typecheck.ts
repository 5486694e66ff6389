// signals.md › lint_typecheck: a linter, formatter or type checker is configured: ruff, flake8, pylint, black, isort, mypy, pyright, or `.pre-commit-config.yaml` with such hooks.
import { LINT_CONFIG_NAMES, TOOLS } from '../catalog/index.js';
import { defineDetector, type DetectResult } from './define.js';
import type { DetectContext } from './context.js';
import { configEvidence, fileEvidence } from './evidence.js';
import { jobActions } from './lib/ci-steps.js';
import { lintProgram, shellCommands } from './lib/shell.js';
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

/** A dedicated config file (`.flake8`, `ruff.toml`) that no parser read into configs. */
function fromFiles(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const tool of TOOLS.filter((t) => (t.signals as readonly string[]).includes('lint_typecheck'))) {
    for (const file of ctx.matching(tool.files ?? [])) {
      if (!file.configs?.length) out.push(fileEvidence(file.path, 'config file', tool.id));
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
          const tool = lintToolOfKey(action.uses.replace(/@.*$/, '').split('/').pop() ?? '');
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

export const lintTypecheck = defineDetector({
  id: 'lint_typecheck',
  area: 'engineering',
  detect: (ctx) => [...fromConfigs(ctx), ...fromFiles(ctx), ...fromCi(ctx)] satisfies DetectResult,
});
