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
