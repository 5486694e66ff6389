import { describe, expect, it } from 'vitest';
import { parseMakefile, parseShell } from './shell.js';

describe('parse/shell', () => {
  it('gives one command per line, continuations joined at their first line, comments dropped', () => {
    const script = '#!/bin/bash\nexport PYTHONPATH=.\n# Train\npython train.py \\\n    --epochs 10 \\\n    --lr 0.1\necho done\n';

    const { commands } = parseShell(script, 'run.sh');

    expect(commands).toEqual([
      { text: 'export PYTHONPATH=.', line: 2 },
      { text: 'python train.py --epochs 10 --lr 0.1', line: 4 },
      { text: 'echo done', line: 7 },
    ]);
  });

  it('keeps a heredoc body with the command that reads it, and joins a quote that runs over lines', () => {
    const script = 'cat > ci.sh <<EOF\npytest && ruff check .\nEOF\necho "usage:\n  make lint"\nmake test\n';

    const { commands } = parseShell(script, 'gen.sh');

    expect(commands).toEqual([
      { text: 'cat > ci.sh <<EOF\npytest && ruff check .\nEOF', line: 1 },
      { text: 'echo "usage: make lint"', line: 4 },
      { text: 'make test', line: 6 },
    ]);
  });

  it('gives Makefile recipe lines with their target, without make prefixes or variables', () => {
    const makefile = 'PY := python\n.PHONY: train\n\ntrain: data\n\t@$(PY) src/train.py\n\t-rm -f tmp\n\nlint: ; ruff check .\n';

    const { commands } = parseMakefile(makefile, 'Makefile');

    expect(commands).toEqual([
      { text: '$(PY) src/train.py', line: 5, target: 'train' },
      { text: 'rm -f tmp', line: 6, target: 'train' },
      { text: 'ruff check .', line: 8, target: 'lint' },
    ]);
  });

  it('never throws on odd input', () => {
    expect(parseShell('\\', 'x.sh').commands).toEqual([{ text: '\\', line: 1 }]);
    expect(parseMakefile(':\n\t\n', 'Makefile').commands).toEqual([]);
  });
});
