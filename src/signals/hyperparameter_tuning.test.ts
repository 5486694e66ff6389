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
      'nb.ipynb': notebook(['import optuna\nstudy = optuna.create_study()', 'import xgboost as xgb']),
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['nb.ipynb#cell=0:1', 'nb.ipynb#cell=0:2', 'search.py:3']);
    expect(result.evidence[0]).toMatchObject({ match: 'sklearn.model_selection.GridSearchCV()', tool: 'sklearn-search' });
  });

  it('counts a general optimiser only where model code is in reach, not a simulator policy search', async () => {
    const result = await detect(hyperparameterTuning, {
      'sim/optimization.py': py`
        from hyperopt import fmin, tpe, Trials

        def optimize(objective, space):
            return fmin(objective, space, algo=tpe.suggest, max_evals=30, trials=Trials())
      `,
      'sim/experiment.py': py`
        from hyperopt import hp
        from optimization import optimize
        from simulator import Simulator
        space = {"worker_restriction_ratio": hp.quniform("wrr", 0.1, 0.7, 0.1)}
        best = optimize(lambda p: Simulator(p).run().infected, space)
      `,
      'sim/simulator.py': 'import numpy as np\nclass Simulator:\n    def run(self):\n        return self\n',
      'ml/tune.py': py`
        import optuna
        from ml.train import train_and_score
        study = optuna.create_study()
        study.optimize(lambda t: train_and_score(t.suggest_float("lr", 1e-4, 1e-1)), n_trials=20)
      `,
      'ml/train.py': 'import torch\ndef train_and_score(lr):\n    return 0.0\n',
      'ml/search_lib.py': 'import optuna\ndef run(objective):\n    return optuna.create_study().optimize(objective)\n',
      'ml/experiment.py': 'from sklearn.svm import SVC\nfrom ml.search_lib import run\nrun(lambda t: fit_svc(SVC, t))\n',
    });

    expect(new Set(result.evidence.map((e) => e.path))).toEqual(new Set(['ml/tune.py', 'ml/search_lib.py']));
    expect(result.note).toContain('sim/experiment.py, sim/optimization.py');
  });

  it('is absent when the only search tunes something that is not a model', async () => {
    const result = await detect(hyperparameterTuning, {
      'controller.py': 'import optuna\nstudy = optuna.create_study()\nstudy.optimize(lambda t: simulate(t.suggest_float("gain", 0, 1)))\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
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
