import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text, yaml } from '../../test/helpers/text.js';
import { hyperparameterTuning } from './hyperparameter_tuning.js';

describe('signals/hyperparameter_tuning', () => {
  it('is present for a scikit-learn grid search and an Optuna study', async () => {
    const result = await detect(hyperparameterTuning, {
      'search.py': py`
        from sklearn.model_selection import GridSearchCV
        from sklearn.svm import SVC
        search = GridSearchCV(SVC(), {"C": [0.1, 1, 10]}, cv=5)
      `,
      'nb.ipynb': notebook(['import optuna\nstudy = optuna.create_study()']),
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['nb.ipynb#cell=0:1', 'nb.ipynb#cell=0:2', 'search.py:3']);
    expect(result.evidence[0]).toMatchObject({ match: 'sklearn.model_selection.GridSearchCV()', tool: 'sklearn-search' });
  });

  it('counts an estimator that tunes its own regularisation by cross-validation, not a plain one', async () => {
    const tuned = await detect(hyperparameterTuning, {
      'train.py': 'import numpy as np\nfrom sklearn.linear_model import RidgeCV\nmodel = RidgeCV(alphas=np.logspace(-3, 3, 13)).fit(X, y)\n',
    });
    const plain = await detect(hyperparameterTuning, {
      'train.py': 'from sklearn.linear_model import Ridge\nmodel = Ridge(alpha=1.0).fit(X, y)\n',
    });

    expect(locations(tuned)).toEqual(['train.py:3']);
    expect(plain.present).toBe(false);
  });

  it('counts a Spark ML cross-validated grid search', async () => {
    const result = await detect(hyperparameterTuning, {
      'tune.py': py`
        from pyspark.ml.tuning import CrossValidator, ParamGridBuilder
        grid = ParamGridBuilder().addGrid(lr.regParam, [0.01, 0.1]).build()
        cv = CrossValidator(estimator=lr, estimatorParamMaps=grid, evaluator=ev, numFolds=3)
      `,
    });

    expect(locations(result)).toEqual(['tune.py:3']);
  });

  it('counts a W&B sweep, in code or as a sweep configuration file', async () => {
    const result = await detect(hyperparameterTuning, {
      'sweep.py': 'import wandb\nsweep_id = wandb.sweep(config, project="p")\n',
      'configs/sweep.yaml': yaml`
        method: bayes
        parameters:
          lr: {min: 0.0001, max: 0.1}
      `,
    });

    expect(locations(result).sort()).toEqual(['configs/sweep.yaml', 'sweep.py:2']);
  });

  it('counts a Hydra search-space config when a sweeper plugin is declared, and not without it', async () => {
    const space = yaml`
      defaults:
        - override /hydra/sweeper: optuna
      hydra:
        sweeper:
          n_trials: 20
    `;
    const declared = await detect(hyperparameterTuning, {
      'configs/hparams_search/optuna.yaml': space,
      'requirements.txt': 'hydra-core==1.3.2\nhydra-optuna-sweeper==1.2.0\n',
    });
    const undeclared = await detect(hyperparameterTuning, { 'configs/hparams_search/optuna.yaml': space, 'requirements.txt': 'hydra-core==1.3.2\n' });

    expect(locations(declared)).toEqual(['configs/hparams_search/optuna.yaml']);
    expect(undeclared).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when parameters are only set by hand or a tuner is only mentioned', async () => {
    const result = await detect(hyperparameterTuning, {
      'params.yaml': 'train:\n  lr: 0.01\n',
      'train.py': py`
        from sklearn.svm import SVC
        # from sklearn.model_selection import GridSearchCV
        model = SVC(C=1.0)
        print("tune with optuna.create_study()")
      `,
      'README.md': 'Hyperparameters were tuned with Optuna and Ray Tune.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('reports a declared tuner that is never imported as a hint only', async () => {
    const result = await detect(hyperparameterTuning, { 'requirements.txt': text`
      optuna==3.6.1
    ` });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
    expect(result.hints.map((h) => h.location)).toEqual(['requirements.txt:1']);
  });
});
