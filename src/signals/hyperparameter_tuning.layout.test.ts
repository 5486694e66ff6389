// Held-out slice BJ (issue 13): a library whose own package holds folders named
// after the frameworks it wraps (`pkg/machine/sklearn/__init__.py`, under
// `pkg/__init__.py`) had scikit-learn shadowed everywhere, and its
// `GridSearchCV` over per-model grids was missed. A package nested in another
// is `pkg.machine.sklearn` to Python; `import sklearn` elsewhere is the library.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { hyperparameterTuning } from './hyperparameter_tuning.js';

const SEARCH = py`
  from sklearn.model_selection import GridSearchCV, KFold
  from sklearn.svm import SVR

  def tune(X, y):
      grid = GridSearchCV(SVR(), {"C": [0.1, 1, 10]}, cv=KFold(5))
      return grid.fit(X, y).best_params_
`;

describe('signals/hyperparameter_tuning: own packages named after a library', () => {
  it('counts scikit-learn searches beside a nested package of the same name', async () => {
    const result = await detect(hyperparameterTuning, {
      'pkg/__init__.py': '',
      'pkg/machine/sklearn/__init__.py': '"""Examples written with scikit-learn."""\n',
      'pkg/forecast/modeling.py': SEARCH,
    });

    expect(locations(result)).toEqual(['pkg/forecast/modeling.py:5']);
  });

  it('is absent when the search is only mentioned (README, comments, strings)', async () => {
    const result = await detect(hyperparameterTuning, {
      'pkg/__init__.py': '',
      'pkg/machine/sklearn/__init__.py': '',
      'pkg/forecast/modeling.py': '# grid = GridSearchCV(SVR(), params)\nprint("GridSearchCV")\n',
      'README.md': 'We tune with `GridSearchCV` from scikit-learn.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it.each([
    ['a top-level package', { 'sklearn/__init__.py': '', 'sklearn/model_selection.py': 'def GridSearchCV(m, g):\n    return m\n' }],
    ['a package in a plain folder', { 'src/sklearn/__init__.py': '', 'src/sklearn/model_selection.py': 'def GridSearchCV(m, g):\n    return m\n' }],
    ['a nested package beside a script that imports it', { 'pkg/__init__.py': '', 'pkg/machine/run.py': '', 'pkg/machine/sklearn/__init__.py': '' }],
  ])('is absent when the repository\'s own sklearn package is what the import finds: %s', async (_, own) => {
    const result = await detect(hyperparameterTuning, { ...own, 'pkg/machine/train.py': SEARCH.replace('from sklearn.svm import SVR\n', 'SVR = object\n') });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
