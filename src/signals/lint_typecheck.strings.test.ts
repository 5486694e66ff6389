// Issue 15, lint_typecheck: a linter is configured when a command runs it,
// not when a script prints, writes or templates a command line. Held-out AX
// (firm): a template generator's `echo "cd src && pytest && ruff check ."`
// was read as running Ruff. Text inside quotes, heredoc bodies and comments
// are no invocations, in a script, a Makefile or a CI step alike (one shell
// reader, parse/shell-lex.ts); a shell's `-c` string is a script that runs.
import { describe, expect, it } from 'vitest';
import { detect, locations, scanToolsOf } from '../../test/helpers/repo.js';
import { yaml } from '../../test/helpers/text.js';
import { lintTypecheck } from './lint_typecheck.js';

const GENERATOR = [
  '#!/usr/bin/env bash',
  'get_commands_for_language() {',
  '    case "$1" in',
  '        *"Python"*)',
  '            echo "cd src && pytest && ruff check ."',
  '            ;;',
  '        *)',
  "            printf '%s\\n' 'mypy src; black --check .'",
  '            ;;',
  '    esac',
  '}',
  'cat > AGENTS.md <<EOF',
  '## Commands',
  'flake8 src',
  'EOF',
  '# ruff check .',
  '',
].join('\n');

describe('signals/lint_typecheck (commands printed, not run)', () => {
  it('is absent for a script that only prints, templates or comments linter commands', async () => {
    const result = await detect(lintTypecheck, {
      '.specify/scripts/bash/update-agent-context.sh': GENERATOR,
      Makefile: 'help:\n\t@echo "lint: ruff check . && mypy src"\n',
      '.github/workflows/notes.yml': yaml`
        on: push
        jobs:
          notes:
            runs-on: ubuntu-latest
            steps:
              - run: echo "Run 'black --check .' before pushing" >> $GITHUB_STEP_SUMMARY
      `,
      'app.py': 'print("hi")\n',
    });

    expect(result.present).toBe(false);
    expect(result.evidence).toEqual([]);
  });

  it('counts the same linters where a command runs them, also through a shell\'s -c string', async () => {
    const result = await detect(lintTypecheck, {
      'scripts/check.sh': '#!/bin/sh\necho "checking" && ruff check . # lint\nbash -c "cd src && mypy ."\n',
      Makefile: 'lint:\n\t@echo "linting"; black --check .\n',
      'app.py': 'print("hi")\n',
    });

    expect(locations(result)).toEqual(['Makefile:2', 'scripts/check.sh:2', 'scripts/check.sh:3']);
    expect(result.evidence.map((e) => e.tool)).toEqual(['black', 'ruff', 'mypy']);
  });

  it('does not count a printed test or lint command as a tool the project runs', async () => {
    const tools = await scanToolsOf({
      'gen.sh': GENERATOR,
      'app.py': 'print("hi")\n',
      'tests/test_app.py': 'def test_x():\n    assert True\n',
    });

    expect(tools.filter((t) => t.used).map((t) => t.tool)).toEqual([]);
  });
});
