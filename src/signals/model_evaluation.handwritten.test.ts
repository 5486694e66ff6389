// Held-out targets scored by hand against a model's predictions on held-out
// inputs (lib/held-out-scores.ts), and a split that no model is ever given.
// Held-out review: a course repository computed learning and validation
// curves with its own cost function on a cross-validation set (Xval, yval)
// and an SVM's validation error as `np.mean(predictions != yval)`, all in
// numpy, and model_evaluation said nothing; another notebook made a
// StratifiedShuffleSplit and stopped before training any model, and was
// credited from the split alone.
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

describe('signals/model_evaluation hand-written held-out scores', () => {
  it('counts a validation error from predictions, and a cost function given the validation set', async () => {
    const result = await detect(modelEvaluation, {
      'svm.py': py`
        import numpy as np

        def choose_params(X, y, Xval, yval):
            for C in [0.1, 1, 10]:
                model = svm_train(X, y, C)
                predictions = svm_predict(model, Xval)
                error = np.mean(predictions != yval)
      `,
      'curves.py': py`
        import numpy as np

        def learning_curve(X, y, Xval, yval, lambda_=0):
            for i in range(1, y.size + 1):
                theta = train_linear_reg(X[:i], y[:i], lambda_)
                cost_train, _ = linear_reg_cost(X[:i], y[:i], theta, 0)
                cost_val, _ = linear_reg_cost(Xval, yval, theta, 0)
      `,
      'ex.ipynb': notebook([
        { md: '# Test set' },
        'p = predict(theta, X_poly_test)\nprint("Test accuracy", np.mean(p == ytest) * 100)',
        'mse = ((model.predict(X_test) - y_test) ** 2).mean()\nprint(clf.score(X_test, y_test))',
      ]),
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['curves.py:7', 'ex.ipynb#cell=1:2', 'ex.ipynb#cell=2:1', 'ex.ipynb#cell=2:2', 'svm.py:7']);
  });

  it('is absent for scores on the training set, targets compared with a constant, and held-out data only plotted', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': py`
        import numpy as np

        theta = gradient_descent(X, y)
        p = predict(theta, X)
        print("Train accuracy", np.mean(p == y) * 100)
        J = compute_cost(X, y, theta)
      `,
      'explore.ipynb': notebook([
        'import matplotlib.pyplot as plt\nplt.scatter(Xval, yval)\nprint(np.mean(y_test == 1))',
        'for label in classes:\n    print(label, np.sum(y_test == label))',
      ]),
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a split no model is given and scored (a notebook: after it; a module: anywhere in the repository), present once one is', async () => {
    const split = 'from sklearn.model_selection import StratifiedShuffleSplit\nsplit = StratifiedShuffleSplit(n_splits=1, test_size=0.2)';
    const prepare = py`
      from sklearn.model_selection import train_test_split
      train, test = train_test_split(df, test_size=0.2)
      test.to_csv("test.csv")
    `;
    const notebookAlone = await detect(modelEvaluation, {
      'assignment.ipynb': notebook([
        'import scipy.stats as st\nparams = st.norm.fit(df["Profit"])',
        split,
        'from sklearn.preprocessing import OneHotEncoder\nonehot = OneHotEncoder().fit_transform(df[["State"]])',
      ]),
    });
    const moduleAlone = await detect(modelEvaluation, { 'prepare.py': prepare, 'report.py': 'import pandas as pd\npd.read_csv("test.csv").describe()\n' });
    const present = await detect(modelEvaluation, {
      'assignment.ipynb': notebook([split, 'from sklearn.linear_model import LinearRegression\nreg = LinearRegression().fit(X_train, y_train)', 'print(reg.score(X_test, y_test))']),
      'cv.ipynb': notebook(['from sklearn.model_selection import StratifiedKFold\ncv = StratifiedKFold(n_splits=5)', 'info = feature_curve(df, classifier=clf, cv=cv)']),
      'prepare.py': prepare,
      'train.py': 'import pandas as pd\nmodel.fit(pd.read_csv("train.csv"))\nprint(model.score(X_val, y_val))\n',
    });

    expect(notebookAlone).toMatchObject({ present: false, evidence: [] });
    expect(moduleAlone).toMatchObject({ present: false, evidence: [] });
    expect(locations(present).sort()).toEqual(['assignment.ipynb#cell=0:2', 'assignment.ipynb#cell=2:1', 'cv.ipynb#cell=0:2', 'prepare.py:2', 'train.py:3']);
  });
});
