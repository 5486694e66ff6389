import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { notebookOnly } from './notebook_only.js';

const cells = (n: number): string => Array.from({ length: n }, (_, i) => `x${i} = ${i}`).join('\n');

describe('signals/notebook_only', () => {
  it('is present when 70% or more of the Python lines are in notebook code cells', async () => {
    const result = await detect(notebookOnly, {
      'analysis.ipynb': notebook([{ md: '# Titanic' }, cells(6), cells(2)]),
      'small.ipynb': notebook([cells(1)]),
      'helpers.py': py`
        # helper imported by the notebook
        def load():
            return 1
      `,
    });

    expect(result.present).toBe(true);
    expect(result.note).toBe('9 of 11 Python lines in notebooks (82%)');
    // The largest notebook is cited once, by the measure.
    expect(result.evidence.map((e) => [e.location, e.kind])).toEqual([
      ['small.ipynb', 'file'],
      ['analysis.ipynb', 'measure'],
    ]);
  });

  it('is absent when .py modules, tests and helpers included, hold most of the code', async () => {
    const result = await detect(notebookOnly, {
      'explore.ipynb': notebook([cells(3)]),
      'src/model.py': py`
        import torch


        def train(x):
            return x
      `,
      'tests/test_model.py': py`
        def test_train():
            assert True
      `,
    });

    expect(result.present).toBe(false);
    expect(result.note).toBe('3 of 8 Python lines in notebooks (38%)');
  });

  it('does not count type stubs as the repository\'s Python lines', async () => {
    const result = await detect(notebookOnly, {
      'analysis.ipynb': notebook([cells(8)]),
      'typings/pandas.pyi': Array.from({ length: 30 }, (_, i) => `def f${i}(x: int) -> int: ...`).join('\n'),
    });

    expect(result).toMatchObject({ present: true, note: '8 of 8 Python lines in notebooks (100%)' });
  });

  it('is absent without any Python, whatever the README says', async () => {
    const result = await detect(notebookOnly, {
      'README.md': 'All the work is in Jupyter notebooks (notebook-only).\n',
      'index.js': 'console.log(1)\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [], note: 'no Python code in the files screened' });
  });

  it('does not count markdown cells or comment-only code lines', async () => {
    const result = await detect(notebookOnly, {
      'nb.ipynb': notebook([{ md: 'x = 1\ny = 2\nz = 3\nw = 4' }, '# just a comment\n\nx = 1']),
      'lib.py': 'a = 1\n',
    });

    expect(result.note).toBe('1 of 2 Python lines in notebooks (50%)');
    expect(result.present).toBe(false);
  });
});
