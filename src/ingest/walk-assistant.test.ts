// Material written for AI coding assistants (assistant-material.ts) is set
// aside by the walker like vendored folders, with the reason in `skipped`;
// folders that only look like it (`skills/`, `prompts/`, `.github/workflows/`)
// stay in.
import { describe, expect, it } from 'vitest';
import type { FileTree } from '../../test/helpers/repo.js';
import { paths, skips, walk } from '../../test/helpers/walk.js';
import { assistantFolder, skillFolder } from './assistant-material.js';

describe('ingest/walk: AI coding assistants\' material', () => {
  it('sets aside the assistants\' documented folders at any depth, saying why', async () => {
    const result = await walk({
      'src/app.py': '',
      '.claude/commands/review.md': '# review',
      '.claude/skills/lint/scripts/run.sh': 'ruff check .\n',
      '.cursor/rules/style.mdc': '',
      '.specify/scripts/bash/update-agent-context.sh': 'echo "cd src && pytest && ruff check ."\n',
      '.specify/templates/plan-template.md': '',
      'service/.kiro/steering/tech.md': '',
      '.windsurf/workflows/plan.md': '',
      '.gemini/commands/plan.toml': '',
      '.github/prompts/add_test.prompt.md': '',
      '.github/instructions/python.instructions.md': '',
      '.github/agents/mlops.md': '',
      '.github/workflows/ci.yml': 'on: push\n',
      '.github/dependabot.yml': '',
    });

    expect(paths(result)).toEqual(['.github/dependabot.yml', '.github/workflows/ci.yml', 'src/app.py']);
    expect(skips(result)).toEqual([
      '.claude/ excluded-folder',
      '.cursor/ excluded-folder',
      '.gemini/ excluded-folder',
      '.github/agents/ excluded-folder',
      '.github/instructions/ excluded-folder',
      '.github/prompts/ excluded-folder',
      '.specify/ excluded-folder',
      '.windsurf/ excluded-folder',
      'service/.kiro/ excluded-folder',
    ]);
    expect(result.skipped.find((s) => s.path === '.specify/')?.detail).toBe("material for an AI coding assistant (Spec Kit), not the project's code");
    expect(result.skipped.find((s) => s.path === '.github/prompts/')?.detail).toMatch(/GitHub Copilot's prompts/);
  });

  it('sets aside a skill folder (SKILL.md) with its examples and scripts, and nothing beside it', async () => {
    const result = await walk({
      'skills/README.md': '# our skills',
      'skills/stack/langfuse-observability/SKILL.md': '# Langfuse observability',
      'skills/stack/langfuse-observability/examples/good/trace_example.py': 'from langfuse.decorators import observe\n',
      'skills/stack/db-design/SKILL.md': '# DB design',
      'skills/stack/db-design/examples/good/migration_example.sql': 'SELECT 1;\n',
      'modules/enrich/service.py': '',
    });

    expect(paths(result)).toEqual(['modules/enrich/service.py', 'skills/README.md']);
    expect(result.skipped).toEqual([
      { path: 'skills/stack/db-design/', reason: 'excluded-folder', detail: expect.stringMatching(/^an AI coding assistant's skill \(SKILL\.md\)/) },
      { path: 'skills/stack/langfuse-observability/', reason: 'excluded-folder', detail: expect.stringMatching(/not the project's code$/) },
    ]);
  });

  it('keeps the project\'s own skills/ and prompts/ folders, look-alike names, a repository that is a skill, and a package that describes itself in SKILL.md (near misses)', async () => {
    const files: FileTree = {
      'SKILL.md': '# this repository is a skill',
      'skills/ranking/score.py': '',
      'prompts/system.txt': 'You are a support agent.',
      'app/prompts/qa.md': '',
      'claude/client.py': '',
      'cursor/pagination.py': '',
      'docs/SKILLS.md': '',
      'prompts-lib/.github/README.md': '',
      'mylib/SKILL.md': '# how to call mylib',
      'mylib/__init__.py': '',
      'tools/cli/SKILL.md': '',
      'tools/cli/pyproject.toml': '[project]\nname = "cli"\n',
    };
    const result = await walk(files);

    expect(paths(result)).toEqual(Object.keys(files).sort());
    expect(result.skipped).toEqual([]);
  });

  it('decides by path and by the folder\'s files alone', () => {
    expect(assistantFolder('.claude')).toMatch(/Claude Code/);
    expect(assistantFolder('a/b/.cursor')).toMatch(/Cursor/);
    expect(assistantFolder('.github/prompts')).toMatch(/Copilot/);
    expect(assistantFolder('sub/.github/instructions')).toMatch(/Copilot/);
    expect(assistantFolder('prompts')).toBeUndefined();
    expect(assistantFolder('docs/prompts')).toBeUndefined();
    expect(assistantFolder('.github/workflows')).toBeUndefined();
    expect(assistantFolder('.github')).toBeUndefined();
    expect(skillFolder('skills/x', ['SKILL.md', 'meta.toml'])).toMatch(/SKILL\.md/);
    expect(skillFolder('', ['SKILL.md'])).toBeUndefined();
    expect(skillFolder('skills/x', ['skill.md'])).toBeUndefined();
    expect(skillFolder('pkg', ['SKILL.md', 'setup.py'])).toBeUndefined();
  });
});
