// Held-out review: Microsoft NNI run as the tuner (an experiment config with a
// search space and a tuner, a trial that asks `nni.get_next_parameter()` and
// reports `nni.report_final_result(...)`) was missed. signals.md's tool list is
// open: NNI's trial API and experiment launcher are a search like Optuna's. An
// import alone (NNI also prunes and quantises models), a declared dependency,
// or a mention is not.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { hyperparameterTuning } from './hyperparameter_tuning.js';

const TRIAL = py`
  import nni
  from torch import nn

  def main():
      params = nni.get_next_parameter()
      model = nn.Linear(4, params["hidden"])
      acc = train(model, lr=params["lr"])
      nni.report_intermediate_result(acc)
      nni.report_final_result(acc)
`;

describe('signals/hyperparameter_tuning: Microsoft NNI', () => {
  it('counts a trial taking the tuner\'s parameters and reporting its metric, and an experiment launched from code', async () => {
    const result = await detect(hyperparameterTuning, {
      'requirements.txt': 'nni==3.0\ntorch\n',
      'train.py': TRIAL,
      'launch.py': py`
        from nni.experiment import Experiment
        from sklearn.svm import SVC
        experiment = Experiment("local")
        experiment.config.tuner.name = "TPE"
        experiment.run(8080)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['train.py:5', 'train.py:9', 'launch.py:3']));
    expect(result.evidence.find((e) => e.location === 'train.py:5')).toMatchObject({ match: 'nni.get_next_parameter()', tool: 'nni' });
  });

  it('does not count NNI mentioned in a README, a comment or a string, or only declared', async () => {
    const result = await detect(hyperparameterTuning, {
      'README.md': 'Tune it with NNI: `nni.get_next_parameter()` and `nnictl create --config config.yml`.\n',
      'requirements.txt': 'nni==3.0\n',
      'train.py': '# params = nni.get_next_parameter()\nprint("use nni.report_final_result")\nfrom torch import nn\nnn.Linear(2, 2)\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.hints.map((h) => h.tool)).toContain('nni');
  });

  it('does not count a repository without NNI', async () => {
    const result = await detect(hyperparameterTuning, { 'train.py': 'from torch import nn\nmodel = nn.Linear(4, 2)\n' });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('does not count NNI imported for model compression (a pruner tunes no hyperparameters)', async () => {
    const result = await detect(hyperparameterTuning, {
      'requirements.txt': 'nni\n',
      'prune.py': py`
        import nni
        from nni.compression.pruning import L1NormPruner
        from torchvision.models import resnet18
        model = resnet18()
        pruner = L1NormPruner(model, [{"sparse_ratio": 0.5, "op_types": ["Conv2d"]}])
        nni.trace(model)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('does not count an NNI trial with no model code in reach (a simulator\'s policy)', async () => {
    const result = await detect(hyperparameterTuning, {
      'sim.py': 'import nni\np = nni.get_next_parameter()\nnni.report_final_result(simulate(p["beta"]))\n',
    });

    expect(result.present).toBe(false);
    expect(result.note).toMatch(/no model code in reach/);
  });
});
