// Held-out review (issue 15, slices AS and AP): searches written by hand were
// missed (an itertools.product grid over item-CF settings ranked by NDCG with
// the best run saved; a grid-search framework keeping the best variant), and
// so was a Hydra config choosing the Optuna sweeper with its search space
// given on the command line. The dev-set convention: "a hand-written grid with
// best-run selection counts, borderline"; a loop over models, settings tried
// and compared by eye, an epoch loop keeping its best checkpoint, or a
// threshold sweep, is no search.
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { hyperparameterTuning } from './hyperparameter_tuning.js';

describe('signals/hyperparameter_tuning: searches written by hand', () => {
  it('counts a product grid ranked by the project\'s own sort, nested value lists with a running best, and a ParameterGrid', async () => {
    const result = await detect(hyperparameterTuning, {
      'recsys/tune.py': py`
        import itertools
        from recsys.steps import train_item_cf, metrics

        def _run(config, overrides):
            train_item_cf.run(config, overrides)
            return metrics.run(config)

        def _sort_records(records):
            return sorted(records, key=lambda r: r["ndcg"], reverse=True)

        def run_grid_search(config):
            grid = {"top_k": [25, 50, 100], "min_similarity": [0.0, 0.1]}
            keys = list(grid)
            records = []
            combinations = list(itertools.product(*(grid[k] for k in keys)))
            for i, values in enumerate(combinations, start=1):
                overrides = dict(zip(keys, values))
                records.append(_run(config, overrides=overrides))
            ranked = _sort_records(records)
            return {"best_run": ranked[0]}
      `,
      'recsys/steps/train_item_cf.py': 'def run(config, overrides):\n    pass\n',
      'recsys/steps/metrics.py': 'def run(config):\n    return {"ndcg": 0.1}\n',
      'svm/ex6.py': py`
        import utils

        def dataset3Params(X, y, Xval, yval):
            C_list = [0.01, 0.1, 1, 10]
            sigma_list = [0.01, 0.1, 1, 10]
            best_error = 1.0
            for C in C_list:
                for sigma in sigma_list:
                    model = utils.svmTrain(X, y, C, args=(sigma,))
                    error = (utils.svmPredict(model, Xval) != yval).mean()
                    if error < best_error:
                        best_error, best_C, best_sigma = error, C, sigma
            return best_C, best_sigma
      `,
      'svm/utils.py': 'def svmTrain(X, y, C, args=()):\n    pass\n\ndef svmPredict(model, X):\n    pass\n',
      'clusters.py': py`
        from sklearn.base import clone
        from sklearn.metrics import silhouette_score
        from sklearn.model_selection import ParameterGrid

        class ClusterGridSearch:
            def fit(self, X):
                best_score = None
                for param in ParameterGrid(self.param_grid):
                    est = clone(self.base).set_params(**param).fit(X)
                    score = silhouette_score(X, est.labels_)
                    if best_score is None or score > best_score:
                        best_score, self.best_params_ = score, param
                return self
      `,
    });

    expect(locations(result).sort()).toEqual(['clusters.py:8', 'recsys/tune.py:16', 'recsys/tune.py:19', 'svm/ex6.py:7', 'svm/ex6.py:8']);
    expect(result.evidence.find((e) => e.location === 'recsys/tune.py:16')?.match).toBe('for i, values in combinations: a search by hand, best run picked by score');
  });

  it('counts configs tried in a notebook and sorted by score, a grid built by a function of the project, and a keyword range', async () => {
    const result = await detect(hyperparameterTuning, {
      'notebooks/ann.ipynb': notebook([
        'import pandas as pd\nfrom tensorflow import keras',
        py`
          experiments = [
              {"name": "baseline", "dropout": 0.0, "lr": 1e-3},
              {"name": "dropout", "dropout": 0.3, "lr": 1e-3},
          ]
          results = []
          for cfg in experiments:
              acc = train_and_eval(cfg, X_train, y_train)
              results.append({"experiment": cfg["name"], "acc": acc})
          results_df = pd.DataFrame(results)
        `,
        'best = results_df.sort_values("acc", ascending=False).iloc[0]',
        'def train_and_eval(cfg, X, y):\n    model = keras.Sequential()\n    return model.fit(X, y).history["accuracy"][-1]',
      ]),
      'rna/tuning.py': py`
        from rna.model import BaselineConfig, predict, tm_score

        def _grid():
            grid = []
            for pool in [60, 80, 100]:
                for noise in [0.2, 0.3]:
                    grid.append(BaselineConfig(pool=pool, noise=noise))
            return grid

        def tune(data):
            grid = _grid()
            best_score, best_cfg = -1.0, None
            for idx, cfg in enumerate(grid):
                score = tm_score(predict(data, config=cfg))
                if score > best_score:
                    best_score, best_cfg = score, cfg
            return best_cfg
      `,
      'rna/model.py': 'class BaselineConfig:\n    pass\n\ndef predict(data, config):\n    pass\n\ndef tm_score(p):\n    return 0.0\n',
      'knn.py': py`
        import numpy as np
        from sklearn.neighbors import KNeighborsClassifier

        scores = []
        for k in range(1, 30):
            scores.append(KNeighborsClassifier(n_neighbors=k).fit(X, y).score(X_val, y_val))
        best_k = int(np.argmax(scores)) + 1
      `,
    });

    expect(locations(result).sort()).toEqual(['knn.py:5', 'knn.py:7', 'notebooks/ann.ipynb#cell=1:6', 'notebooks/ann.ipynb#cell=2:1', 'rna/tuning.py:13']);
  });

  it('counts a Hydra config choosing a sweeper plugin, its space given on the command line, only when the plugin is declared', async () => {
    const config = yaml`
      lr: 0.001
      defaults:
        - _self_
        - override hydra/sweeper: optuna
      hydra:
        sweeper:
          direction: minimize
          n_trials: 20
    `;
    const declared = await detect(hyperparameterTuning, {
      'tools/classify/config.yaml': config,
      'tools/seg/config.yaml': 'defaults:\n  - override hydra/sweeper: basic\n',
      'requirements.txt': 'hydra-core\nhydra-optuna-sweeper\n',
    });
    const undeclared = await detect(hyperparameterTuning, { 'tools/classify/config.yaml': config, 'requirements.txt': 'hydra-core\n' });

    expect(locations(declared)).toEqual(['tools/classify/config.yaml:4']);
    expect(declared.evidence[0]).toMatchObject({ match: 'hydra/sweeper: optuna', tool: 'hydra-sweepers' });
    expect(undeclared).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for model selection, settings compared by eye, an epoch loop keeping its best, a threshold sweep, loops over columns or seeds, and settings of a tool that is no model', async () => {
    const result = await detect(hyperparameterTuning, {
      'select.py': py`
        from sklearn.linear_model import Ridge
        from sklearn.ensemble import RandomForestRegressor

        models = {"ridge": Ridge(), "rf": RandomForestRegressor()}
        best_name, best_mae = None, 1e9
        for name, model in models.items():
            mae = evaluate(model.fit(X, y), X_val, y_val)
            if mae < best_mae:
                best_name, best_mae = name, mae
        for name in ["ridge", "lasso"]:
            scores.append(fit_model(name, X, y))
        best = max(scores, key=lambda s: s[1])
      `,
      'by_eye.ipynb': notebook([
        'from sklearn.ensemble import RandomForestClassifier',
        'for depth in [3, 5, 8]:\n    rf = RandomForestClassifier(max_depth=depth).fit(X, y)\n    print(depth, rf.score(X_test, y_test))\n# 5 got the best score',
      ]),
      'train.py': py`
        import torch

        def main(model, loader, val_loader, epochs):
            best_acc = 0.0
            for epoch in range(epochs):
                train_one_epoch(model, loader, epoch=epoch)
                acc = validate(model, val_loader)
                if acc > best_acc:
                    best_acc = acc
                    torch.save(model.state_dict(), "best.pt")
            for seed in range(5):
                runs.append(train_one(model, seed=seed))
            return max(runs, key=lambda r: r.acc)

        def train_one_epoch(model, loader, epoch):
            pass
      `,
      'threshold.py': py`
        import numpy as np
        from sklearn.metrics import f1_score

        def find_optimal_threshold(proba, y):
            best_t, best_f1 = 0.5, 0.0
            for t in np.arange(0.1, 0.9, 0.05):
                preds = (proba >= t).astype(int)
                f1 = f1_score(y, preds)
                if f1 > best_f1:
                    best_t, best_f1 = t, f1
            return best_t
      `,
      'plots.py': py`
        import seaborn as sns
        for col in ["age", "fare"]:
            sns.histplot(data=df, x=col)
        top = df.sort_values("fare").head()
      `,
      'bench/tables.py': py`
        import pandas as pd
        import pymupdf4llm

        def analyze_table_quality(chunks):
            return {"score": sum(len(c.get("tables", [])) for c in chunks)}

        def run(path):
            scenarios = [{"strategy": "lines", "limit": 5000}, {"strategy": "text", "limit": 500}]
            results = []
            for sc in scenarios:
                chunks = pymupdf4llm.to_markdown(path, table_strategy=sc["strategy"], graphics_limit=sc["limit"])
                results.append(analyze_table_quality(chunks))
            return pd.DataFrame(results).sort_values("score").iloc[0]
      `,
      'README.md': 'We tuned the grid by hand: for C in [0.1, 1, 10] we kept the best.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
