// "Splits with metrics" (signals.md › model_evaluation): a train/test split
// counts only where the model is scored after it, and a metric only on data
// other than the training set (lib/training-scores.ts). Held-out slices BI
// and BJ: a notebook that split, fitted and printed five predictions beside
// five real values, and a package whose only metrics were a
// `training_score()` method's, were credited.
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

const SPLIT = 'from sklearn.model_selection import train_test_split\nfrom sklearn.linear_model import LinearRegression\nX_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25)';
const FIT = 'reg = LinearRegression()\nreg.fit(X_train, y_train)';

describe('signals/model_evaluation scored splits and training scores', () => {
  it.each([
    ['a model score on the test split', 'print(reg.score(X_test, y_test))'],
    ['a metric of the author\'s own', 'print(rmse(y_test, reg.predict(X_test)))'],
    ['errors computed by hand', 'pred = reg.predict(X_test)\nprint(((pred - y_test) ** 2).mean())'],
    ['a scoring function of the author\'s own', 'print(get_score(reg, X_test))'],
    ['a search given a splitter', 'from sklearn.model_selection import GridSearchCV\nGridSearchCV(reg, grid, cv=5).fit(X_train, y_train)'],
  ])('counts a notebook split scored after it: %s', async (_name, scoring) => {
    const result = await detect(modelEvaluation, { 'nb.ipynb': notebook([SPLIT, FIT, scoring]) });

    expect(result.present).toBe(true);
    expect(locations(result)[0]).toBe('nb.ipynb#cell=0:3');
  });

  it('is absent for a split, a fit and predictions printed beside the real values', async () => {
    const result = await detect(modelEvaluation, {
      'nb.ipynb': notebook([SPLIT, FIT, 'print(reg.predict(X_test.head()))\nprint(list(y_test.head()))']),
    });

    expect(result.present).toBe(false);
  });

  it('is absent for a model scored only on its training split, and for a score mentioned in a comment', async () => {
    const result = await detect(modelEvaluation, {
      'nb.ipynb': notebook([SPLIT, FIT, '# print(reg.score(X_test, y_test))\nprint(reg.score(X_train, y_train))']),
    });

    expect(result.present).toBe(false);
  });

  it('counts a module that splits and fits when another file scores the model', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': py`
        from sklearn.model_selection import train_test_split
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        model.fit(X_train, y_train)
      `,
      'report.py': py`
        def report(model, X_test, y_test):
            return model.score(X_test, y_test)
      `,
    });

    expect(locations(result)).toEqual(['report.py:2', 'train.py:2']);
  });

  it('is absent for a module that splits, fits and saves a model scored nowhere', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': py`
        import joblib
        from sklearn.model_selection import train_test_split
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        model.fit(X_train, y_train)
        joblib.dump(model, "model.pkl")
      `,
    });

    expect(result.present).toBe(false);
  });

  it('is absent for metrics computed only on the training data', async () => {
    const result = await detect(modelEvaluation, {
      'models/duration.py': py`
        from sklearn.metrics import mean_absolute_error, accuracy_score

        class DurationModel:
            def train(self):
                self.model.fit(self.features, self.target)
                self.predictions = self.model.predict(self.features)

            def training_score(self):
                print(mean_absolute_error(self.target, self.predictions))
      `,
      'fit.py': py`
        from sklearn.metrics import accuracy_score
        clf.fit(X_train, y_train)
        print(accuracy_score(y_train, clf.predict(X_train)))
      `,
    });

    expect(result.present).toBe(false);
  });

  it('counts a metric on held-out data in a training function (near miss for the training-score rule)', async () => {
    const result = await detect(modelEvaluation, {
      'fit.py': py`
        from sklearn.metrics import accuracy_score

        def train_score_report(clf, X_train, y_train, X_val, y_val):
            clf.fit(X_train, y_train)
            return accuracy_score(y_val, clf.predict(X_val))
      `,
    });

    expect(locations(result)).toEqual(['fit.py:5']);
  });

  const LOGGED = 'import mlflow\nfrom sklearn.linear_model import LinearRegression\nfrom sklearn.metrics import r2_score\nreg = LinearRegression().fit(X, y)\npred = reg.predict(X)';

  it('is absent for metrics logged under a name for a training score, and for a held-out one only in a comment', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': `${LOGGED}\n# mlflow.log_metric("test_r2", r2_score(y, pred))\nmlflow.log_metric("training_r2", r2_score(y, pred))\nprint("Train accuracy:", r2_score(y, pred))\n`,
    });

    expect(result.present).toBe(false);
  });

  it.each([
    ['logged under a held-out name', 'mlflow.log_metric("test_r2", r2_score(y, pred))', 'train.py:7'],
    ['logged beside a held-out score on its line', 'mlflow.log_metrics({"train_r2": r2_score(y, pred), "val_r2": r2_score(yv, pv)})', 'train.py:7'],
    ['given a held-out set by name', 'mlflow.log_metric("training_r2", r2_score(y_test, pred))', 'train.py:7'],
    ['logged under a name that says nothing of the data', 'mlflow.log_metric("r2", r2_score(y, pred))', 'train.py:7'],
  ])('counts a metric %s', async (_name, line, location) => {
    const result = await detect(modelEvaluation, { 'train.py': `${LOGGED}\n\n${line}\n` });

    expect(locations(result)[0]).toBe(location);
  });
});
