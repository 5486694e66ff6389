import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { experimentTracking } from './experiment_tracking.js';

// A Trainer configured from a file: the code passes the config through.
const TRAIN = py`
  import yaml
  from transformers import TrainingArguments

  conf = yaml.safe_load(open("configs/train.yaml"))["train"]
  args = TrainingArguments(output_dir="out", report_to=conf["report_to"])
`;

describe('signals/experiment_tracking (configured in a file)', () => {
  it('counts a training config whose report_to names a declared tracker, at the value', async () => {
    const result = await detect(experimentTracking, {
      'train.py': TRAIN,
      'configs/train.yaml': yaml`
        train:
          learning_rate: 0.001
          report_to: comet_ml
      `,
      'environment.yml': 'dependencies:\n  - pip:\n    - transformers==4.57.1\n    - comet_ml==3.54.0\n',
    });

    expect(result.present).toBe(true);
    expect(result.evidence).toMatchObject([{ location: 'configs/train.yaml:3', match: 'report_to: comet_ml', tool: 'comet', kind: 'config' }]);
  });

  it('counts a tracker the code imports, and each value of a list', async () => {
    const result = await detect(experimentTracking, {
      'train.py': `import mlflow\nmlflow.set_tracking_uri("file:./mlruns")\n${TRAIN}`,
      'configs/train.yaml': 'train:\n  report_to:\n    - tensorboard\n    - mlflow\n',
      'training_args.json': '{\n  "report_to": ["wandb"]\n}\n',
    });

    expect(locations(result)).toEqual(['configs/train.yaml:4']);
  });

  it.each([
    ['no tracker', 'report_to: none\n', 'transformers\nwandb\n'],
    ['only TensorBoard', 'report_to: [tensorboard]\n', 'transformers\ntensorboard\nwandb\n'],
    ['commented out', '# report_to: wandb\nreport_to: none\n', 'transformers\nwandb\n'],
    ['a tracker that is not declared', 'report_to: wandb\n', 'transformers\n# wandb\n'],
  ])('is absent for a config naming %s, whatever the README says', async (_, config, requirements) => {
    const readme = 'Set `report_to: wandb` in configs/train.yaml to track runs.\n';
    const result = await detect(experimentTracking, { 'train.py': TRAIN, 'configs/train.yaml': config, 'requirements.txt': requirements, 'README.md': readme });

    expect(result.present).toBe(false);
    expect(result.evidence).toEqual([]);
  });

  it('counts a LightningCLI logger class_path when its package is declared', async () => {
    const config = yaml`
      trainer:
        logger:
          class_path: lightning.pytorch.loggers.MLFlowLogger
          init_args:
            experiment_name: demo
    `;
    const declared = await detect(experimentTracking, { 'configs/fit.yaml': config, 'requirements.txt': 'lightning\nmlflow\n' });
    const missing = await detect(experimentTracking, { 'configs/fit.yaml': config, 'requirements.txt': 'lightning\n' });

    expect(declared.evidence).toMatchObject([{ location: 'configs/fit.yaml:3', match: 'class_path: lightning.pytorch.loggers.MLFlowLogger', tool: 'mlflow' }]);
    expect(missing.present).toBe(false);
  });

  it('does not count a Comet login or init alone: neither records a run', async () => {
    const result = await detect(experimentTracking, {
      'train.py': py`
        import comet_ml

        comet_ml.login(project_name="demo")
        comet_ml.init()
      `,
      'requirements.txt': 'comet_ml==3.54.0\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts a Comet experiment started in code', async () => {
    const result = await detect(experimentTracking, {
      'train.py': 'import comet_ml\ncomet_ml.login()\nexp = comet_ml.start(project_name="demo")\nexp.log_metric("acc", 0.9)\n',
    });

    expect(locations(result)).toEqual(['train.py:3']);
  });
});
