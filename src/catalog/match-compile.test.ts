import { describe, expect, it } from 'vitest';
import { compilePatterns, matchesAny, matchesName } from './match.js';

const PATTERNS = ['mlflow', 'sklearn.ensemble', '*.backward', '*.a.b', 'sklearn.*.fit', 'torch.nn.Module', 'x.', '*.', 'a.*', 'sm.*.OLS', 'sm.*.*.OLS', '*.q.*', '*'];
const NAMES = [
  'mlflow', 'mlflow.log_metric', 'mlflowx', 'xmlflow', 'sklearn.ensemble.RandomForestClassifier', 'sklearn.ensembles',
  'loss.backward', '?.backward', 'backward', 'backwardx', 'q.a.b', 'a.b', 'a.bc', 'sklearn.svm.fit', 'sklearn.fit',
  'sklearn.svm.fit.more', 'torch.nn.Module', 'torch.nn.ModuleList', 'x.', 'x..y', 'x.y', '', '.', 'a', 'a.z', 'z.',
  'sm.api.OLS', 'sm.regression.linear_model.OLS', 'sm.OLS', 'sm.api.OLS.fit', 'sm.api.GLS', 'p.q.r', 'q.r', 'p.q',
];

describe('catalog/match compilePatterns', () => {
  it('agrees with matchesName for every name and pattern list', () => {
    const lists = [PATTERNS, PATTERNS.slice(0, 3), PATTERNS.slice(3, -1), PATTERNS.slice(9, 12), ['*.'], ['x.'], ['*']];

    const disagreements = lists.flatMap((list) => {
      const compiled = compilePatterns(list);
      return NAMES.filter((n) => compiled(n) !== list.some((p) => matchesName(n, p))).map((n) => `${n} ~ ${list.join(',')}`);
    });

    expect(disagreements).toEqual([]);
  });

  it('gives the same answers from matchesAny before and after a list is compiled', () => {
    const list = [...PATTERNS];
    const expected = NAMES.map((n) => list.some((p) => matchesName(n, p)));

    const rounds = Array.from({ length: 4 }, () => NAMES.map((n) => matchesAny(n, list)));

    for (const r of rounds) expect(r).toEqual(expected);
  });
});
