import { beforeAll, describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { py } from '../../test/helpers/text.js';
import { parseNotebook } from './notebook.js';
import { initPython, parsePython } from './python.js';

describe('parse/python-loops', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('records what a loop iterates, the calls handed its values and a running best', () => {
    const facts = parsePython(py`
      import itertools
      from sklearn.svm import SVC

      def search(X, y):
          C_list = [0.01, 0.1, 1, -3]
          best = None
          for C in C_list:
              for kernel in ("rbf", "linear"):
                  model = SVC(C=C, kernel=kernel)
                  score = evaluate(model, X, y)
                  if score > best_score:
                      best_score = score
          combos = list(itertools.product(*grid.values()))
          for i, values in enumerate(combos, start=1):
              overrides = dict(zip(keys, values))
              run_experiment(config, overrides=overrides)
          for cfg in tqdm([{"lr": 1e-3, "units": [32, 16]}, {"lr": 1e-4, "units": [64]}]):
              train_and_eval(cfg)
    `);

    expect(facts.loops).toEqual([
      { line: 7, endLine: 12, targets: ['C'], over: 'numbers', given: ['sklearn.svm.SVC:C', 'evaluate'], keepsBest: true },
      { line: 8, endLine: 12, targets: ['kernel'], over: 'strings', given: ['sklearn.svm.SVC:kernel', 'evaluate'], keepsBest: true },
      { line: 14, endLine: 16, targets: ['i', 'values'], over: '=combos', given: ['zip', 'dict', 'run_experiment:overrides'] },
      { line: 17, endLine: 18, targets: ['cfg'], over: 'configs', given: ['train_and_eval'] },
    ]);
  });

  it('records the call iterated, and leaves out loops whose values reach no call or only a test', () => {
    const facts = parsePython(py`
      from sklearn.model_selection import ParameterGrid
      import numpy as np
      for params in ParameterGrid(grid):
          est.set_params(**params)
      for t in np.arange(0.1, 0.9, 0.05):
          preds = (proba >= t).astype(int)
          f1 = f1_score(y, preds)
      for row in rows:
          total += row
      for k in range(1, 30):
          KNeighborsClassifier(n_neighbors=k).fit(X, y)
      handler = lambda xs: [g(x) for x in xs]
    `);

    expect(facts.loops?.map((l) => [l.line, l.over, l.given])).toEqual([
      [3, 'sklearn.model_selection.ParameterGrid', ['est.set_params']],
      [10, 'range', ['KNeighborsClassifier:n_neighbors', '?.fit']],
    ]);
  });

  it('records membership tests of a loop\'s or comprehension\'s own values', () => {
    const facts = parsePython(py`
      def extract(text):
          raw = ask(text)
          data = parse(raw)
          clean = {}
          for k, v in data.items():
              if k not in ALLOWED_KEYS:
                  continue
              if "x" in k or v in other:
                  pass
              clean[k] = v
          labels = [x for x in json.loads(raw)["labels"] if x in self.valid_labels]
          same = {k: v for k, v in data.items() if k == "a"}
          return clean
    `);

    expect(facts.filters).toEqual([
      { line: 6, over: ['data'], against: 'ALLOWED_KEYS' },
      { line: 8, over: ['data'], against: 'other' },
      { line: 11, over: ['json', 'raw'], against: 'self.valid_labels' },
    ]);
  });

  it('places loops of a notebook in their cells', () => {
    const { python } = parseNotebook(notebook(['import pandas as pd', 'exps = [{"lr": 0.1}, {"lr": 0.01}]\nfor e in exps:\n    fit_one(e)']));

    expect(python?.loops).toEqual([{ line: 2, cell: 1, endLine: 3, targets: ['e'], over: 'configs', given: ['fit_one'] }]);
  });
});
