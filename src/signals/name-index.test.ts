import { describe, expect, it } from 'vitest';
import { matchesAny } from '../catalog/match.js';
import { factsOf } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { DetectContext, importTarget } from './context.js';
import { NameIndex } from './name-index.js';

const NAMES = ['mlflow.log_metric', 'loss.backward', '?.backward', 'sklearn.svm.SVC', 'self.model.fit', 'fit', 'np.mean', 'mlflow', 'a.b.c', 'x'];
const LISTS = [['mlflow'], ['*.backward'], ['sklearn.*.SVC'], ['*'], ['*.b.*'], ['fit', 'np'], ['a.b', '*.c'], ['nothing'], ['*.fit', 'mlflow.log_metric']];

describe('signals/name-index', () => {
  it('selects what testing every item would select, in insertion order', () => {
    const index = new NameIndex<number>();
    const items = Array.from({ length: 60 }, (_, i) => ({ i, name: NAMES[(i * 7) % NAMES.length] }));
    for (const { i, name } of items) index.add(name, [name], i);

    const selected = LISTS.map((list) => index.select(list));

    expect(selected).toEqual(LISTS.map((list) => items.filter((x) => matchesAny(x.name, list)).map((x) => x.i)));
  });

  it('gives DetectContext the same calls and imports as a scan of every file', async () => {
    const files = await factsOf({
      'a.py': py`
        import mlflow
        from sklearn.svm import SVC
        import numpy as np
        mlflow.log_metric("a", 1)
        SVC().fit(x, y)
        loss.backward()
      `,
      'b.py': 'import torch.nn as nn\nfrom mlflow import log_metric\nlog_metric("b", 2)\nnp.mean(x)\n',
    });
    const ctx = new DetectContext(files);
    const lists = [...LISTS, ['torch'], ['torch.nn'], ['sklearn.svm.SVC']];

    const calls = lists.map((l) => ctx.calls(l).map((c) => `${c.path}:${c.fact.line}`));
    const imports = lists.map((l) => ctx.imports(l).map((c) => `${c.path}:${c.fact.line}`));

    const every = (test: (name: string) => boolean, pick: 'calls' | 'imports') =>
      ctx.python.flatMap((f) =>
        pick === 'calls'
          ? f.facts.calls.filter((c) => test(c.name)).map((c) => `${f.path}:${c.line}`)
          : f.facts.imports.filter((i) => test(i.module) || test(importTarget(i))).map((i) => `${f.path}:${i.line}`),
      );
    expect(calls).toEqual(lists.map((l) => every((n) => matchesAny(n, l), 'calls')));
    expect(imports).toEqual(lists.map((l) => every((n) => matchesAny(n, l), 'imports')));
    expect(calls[0]).toEqual(['a.py:4', 'b.py:3']);
  });
});
