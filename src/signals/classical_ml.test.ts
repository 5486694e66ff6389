import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { classicalMl } from './classical_ml.js';

describe('signals/classical_ml', () => {
  it('is present where a scikit-learn, XGBoost or statsmodels model is instantiated or fitted', async () => {
    const result = await detect(classicalMl, {
      'train.py': py`
        from sklearn.ensemble import RandomForestClassifier
        import xgboost as xgb

        def train(X, y):
            clf = RandomForestClassifier(n_estimators=100).fit(X, y)
            booster = xgb.train({}, xgb.DMatrix(X, y))
            return clf, booster
      `,
      'ts.py': 'import statsmodels.formula.api as smf\nres = smf.ols("y ~ x", data=df).fit()\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['train.py:1', 'train.py:5', 'train.py:6', 'ts.py:2']);
    expect(result.evidence[0]).toMatchObject({ match: 'sklearn.ensemble.RandomForestClassifier()', tool: 'scikit-learn' });
  });

  it('counts a model class imported into a notebook cell that fits it through a variable', async () => {
    const result = await detect(classicalMl, {
      'nb.ipynb': notebook([{ md: '# models' }, 'from lightgbm import LGBMRegressor\nmodels = [LGBMRegressor]\nfor m in models:\n    m().fit(X, y)']),
    });

    expect(locations(result).sort()).toEqual(['nb.ipynb#cell=1:1']);
  });

  it('counts a Spark MLlib model, but not Spark feature transformers alone', async () => {
    const fitted = await detect(classicalMl, {
      'jobs/train.py': 'from pyspark.ml.classification import LogisticRegression\nmodel = LogisticRegression(maxIter=10).fit(train_df)\n',
    });
    const features = await detect(classicalMl, {
      'jobs/clean.py': 'from pyspark.ml.feature import Tokenizer\ntokens = Tokenizer(inputCol="text", outputCol="words").transform(df)\n',
    });

    expect(locations(fitted)).toEqual(['jobs/train.py:2', 'jobs/train.py:1']);
    expect(features).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when scikit-learn only splits, scales and scores (no model is fitted)', async () => {
    const result = await detect(classicalMl, {
      'prep.py': py`
        import torch
        from sklearn.model_selection import train_test_split
        from sklearn.preprocessing import StandardScaler
        from sklearn.metrics import accuracy_score
        X_train, X_test = train_test_split(X)
        scaler = StandardScaler().fit(X_train)
        print(accuracy_score(y, model(X_test)))
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when a model is only mentioned in a README, a comment or a string', async () => {
    const result = await detect(classicalMl, {
      'README.md': 'We fit a `RandomForestClassifier` with scikit-learn and XGBoost.\n',
      'notes.py': py`
        # from sklearn.linear_model import LogisticRegression
        # clf = LogisticRegression().fit(X, y)
        print("sklearn.linear_model.LogisticRegression().fit(X, y)")
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('reports a declared library that is never used as a hint only', async () => {
    const result = await detect(classicalMl, { 'requirements.txt': text`
      scikit-learn==1.4.0
      xgboost==2.0.3
    ` });

    expect(result).toMatchObject({ present: false, strength: 'declared-only', evidence: [] });
    expect(result.hints.map((h) => h.location)).toEqual(['requirements.txt:1', 'requirements.txt:2']);
  });

  it('does not take a spatial index (KDTree, BallTree) for a fitted model, but a nearest-neighbours classifier fitted beside it is one', async () => {
    const lookup = py`
      from sklearn.neighbors import KDTree
      palette = KDTree(colours)
      _, idx = palette.query(pixels)
    `;
    expect((await detect(classicalMl, { 'encode_masks.py': lookup })).evidence).toEqual([]);
    const fitted = await detect(classicalMl, {
      'encode_masks.py': lookup,
      'knn.py': 'from sklearn.neighbors import KNeighborsClassifier\nclf = KNeighborsClassifier(3).fit(X, y)\n',
    });
    expect(locations(fitted).sort()).toEqual(['knn.py:1', 'knn.py:2']);
  });
});
