// Held-out BC: a Comet Optimizer handing out an OfflineExperiment per trial,
// each logging its metrics, with comet_ml imported but declared nowhere. The
// runs a tracker's optimiser makes are tracked runs, offline ones as much as
// online ones (Comet's Optimizer and offline experiments, ClearML's
// HyperParameterOptimizer); `comet_ml.init()` alone only saves settings.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { experimentTracking } from './experiment_tracking.js';

describe('signals/experiment_tracking (trackers\' optimisers and offline runs)', () => {
  it('counts a Comet Optimizer whose trials are offline experiments, with comet_ml not declared', async () => {
    const result = await detect(experimentTracking, {
      'environment.yml': 'name: env\ndependencies:\n  - pandas=1.3.1\n  - pip:\n    - scikit-surprise==1.1.3\n',
      'scripts/optimize.py': py`
        import sys
        import comet_ml
        from comet_ml import Optimizer

        comet_ml.init(project_name="movies")
        opt = Optimizer(sys.argv[1], experiment_class="OfflineExperiment", offline_directory="./runs")
        for experiment in opt.get_experiments():
            experiment.log_metric("test_rmse", fit(experiment.get_parameter("n_factors")))
            experiment.end()
      `,
    });

    expect(locations(result)).toEqual(['scripts/optimize.py:6']);
    expect(result.evidence[0]).toMatchObject({ match: 'comet_ml.Optimizer()', tool: 'comet' });
  });

  it("counts offline experiments imported from Comet's offline module and ClearML's optimiser", async () => {
    const result = await detect(experimentTracking, {
      'offline.py': 'from comet_ml.offline import OfflineExperiment\n\nexp = OfflineExperiment(offline_directory="runs")\nexp.log_metric("loss", 0.1)\n',
      'hpo.py': 'from clearml.automation import HyperParameterOptimizer\n\nopt = HyperParameterOptimizer(base_task_id=task_id, hyper_parameters=space, objective_metric_title="val")\nopt.start()\n',
    });

    expect(locations(result)).toEqual(['hpo.py:3', 'offline.py:3']);
  });

  it('is absent for comet_ml.init alone, an Optimizer in a comment, and a mention in the README', async () => {
    const result = await detect(experimentTracking, {
      'setup_comet.py': 'import comet_ml\n\ncomet_ml.init(api_key=KEY, project_name="movies")\n',
      'old.py': '# from comet_ml import Optimizer\n# opt = Optimizer("optimize.json")\nprint("tuning disabled")\n',
      'README.md': 'We tuned SVD with comet_ml.Optimizer and OfflineExperiment runs.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
