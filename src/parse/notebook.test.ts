import { beforeAll, describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { parseNotebook, stripMagics } from './notebook.js';
import { initPython } from './python.js';

describe('parse/notebook', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('locates facts by cell and line within the cell, across cells', () => {
    const nb = notebook([{ md: '# Title\nimport nothing' }, '%pip install torch\nimport torch.nn as nn\n', 'x = 1\nm = nn.Linear(2, 3)']);

    const { python, notebook: info } = parseNotebook(nb, 'a.ipynb');

    expect(info).toEqual({ cells: 3, codeCells: 2 });
    expect(python?.imports.map((i) => [i.module, i.cell, i.line])).toEqual([['torch.nn', 1, 2]]);
    expect(python?.calls.map((c) => [c.name, c.cell, c.line])).toEqual([['torch.nn.Linear', 2, 2]]);
  });

  it('blanks magics and shell escapes but keeps line numbers', () => {
    expect(stripMagics('!ls\nfiles = !ls\nimport os\n%matplotlib inline')).toBe('\n\nimport os\n');
    expect(stripMagics('%%bash\nimport os')).toBe('\n');
    expect(stripMagics('%%time\nimport os')).toBe('\nimport os');
  });

  it('keeps shell escapes as commands located by cell and line, without the escape', () => {
    const nb = notebook([
      { md: '!not a command' },
      '%cd {HOME}\n\n!yolo task=detect mode=val model=best.pt data={dataset.location}/data.yaml',
      'files = !ls runs\n%system nvidia-smi\nprint("!not a command")',
      '%%bash\npython val.py --weights best.pt --data data.yaml\n',
    ]);

    const { python } = parseNotebook(nb, 'a.ipynb');

    expect(python?.shell?.map((c) => [c.cell, c.line, c.text])).toEqual([
      [1, 3, 'yolo task=detect mode=val model=best.pt data={dataset.location}/data.yaml'],
      [2, 1, 'ls runs'],
      [2, 2, 'nvidia-smi'],
      [3, 2, 'python val.py --weights best.pt --data data.yaml'],
    ]);
    expect(parseNotebook(notebook(['import os']), 'b.ipynb').python?.shell).toBeUndefined();
  });

  it('reports a notebook that is not JSON', () => {
    const result = parseNotebook('{not json', 'bad.ipynb');

    expect(result.problems?.[0]).toMatchObject({ path: 'bad.ipynb', kind: 'invalid' });
  });
});
