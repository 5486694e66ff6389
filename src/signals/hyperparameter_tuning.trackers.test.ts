// Held-out BC: a Comet Optimizer's Bayesian search over SVD's factors, epochs
// and learning rate, minimising cross-validated RMSE, was missed. Experiment
// trackers' own optimisers search hyperparameters as W&B sweeps do: Comet's
// Optimizer, ClearML's HyperParameterOptimizer (and its Optuna/BOHB back ends).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { hyperparameterTuning } from './hyperparameter_tuning.js';

describe('signals/hyperparameter_tuning (trackers\' optimisers)', () => {
  it("counts Comet's Optimizer and ClearML's HyperParameterOptimizer", async () => {
    const result = await detect(hyperparameterTuning, {
      'scripts/optimize.py': py`
        import sys
        from comet_ml import Optimizer
        from surprise import SVD
        from surprise.model_selection import cross_validate

        opt = Optimizer(sys.argv[1], experiment_class="OfflineExperiment")
        for experiment in opt.get_experiments():
            algo = SVD(n_factors=experiment.get_parameter("n_factors"))
            experiment.log_metric("rmse", cross_validate(algo, data, measures=["rmse"])["test_rmse"].mean())
      `,
      'hpo.py': py`
        from clearml.automation import HyperParameterOptimizer, UniformIntegerParameterRange
        from clearml.automation.optuna import OptimizerOptuna

        opt = HyperParameterOptimizer(base_task_id=task_id, hyper_parameters=[UniformIntegerParameterRange("epochs", 5, 50)], optimizer_class=OptimizerOptuna)
      `,
    });

    expect(locations(result).sort()).toEqual(['hpo.py:4', 'scripts/optimize.py:6']);
    expect(result.evidence.find((e) => e.path === 'scripts/optimize.py')).toMatchObject({ tool: 'comet-optimizer' });
  });

  it('is absent for a Comet experiment without an optimiser, a commented-out Optimizer and a mention', async () => {
    const result = await detect(hyperparameterTuning, {
      'train.py': 'from comet_ml import Experiment\n\nexp = Experiment(project_name="movies")\nexp.log_parameter("n_factors", 100)\n',
      'old.py': '# from comet_ml import Optimizer\n# opt = Optimizer("optimize.json")\n',
      'README.md': 'The search used comet_ml.Optimizer with the bayes algorithm.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
