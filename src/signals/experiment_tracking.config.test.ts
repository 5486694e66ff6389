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

describe('signals/experiment_tracking (launch flags and Accelerate)', () => {
  const script = py`
    from transformers import HfArgumentParser, TrainingArguments

    (args,) = HfArgumentParser(TrainingArguments).parse_args_into_dataclasses()
  `;

  it.each([
    ['train.sh', 'python train.py \\\n  --output_dir out \\\n  --report_to wandb\n', 'train.sh:1', '--report_to wandb'],
    ['Makefile', 'train:\n\taccelerate launch train.py --log_with=wandb --mixed_precision fp16\n', 'Makefile:2', '--log_with wandb'],
    ['scripts/run.sh', '#!/bin/bash\n# --report_to none while debugging\ntorchrun train.py --report-to "wandb"\n', 'scripts/run.sh:3', '--report-to wandb'],
  ])('counts a %s that launches training reporting to a declared tracker', async (path, text, location, match) => {
    const result = await detect(experimentTracking, { 'train.py': script, [path]: text, 'requirements.txt': 'transformers==4.57.1\nwandb==0.22.0\n' });

    expect(result.present).toBe(true);
    expect(result.evidence).toMatchObject([{ location, match, tool: 'wandb' }]);
  });

  it.each([
    ['no tracker', 'python train.py --report_to none\n', 'transformers\nwandb\n'],
    ['only TensorBoard', 'python train.py --report_to tensorboard\n', 'transformers\ntensorboard\n'],
    ['a commented-out command', '# python train.py --report_to wandb\npython train.py\n', 'transformers\nwandb\n'],
    ['a tracker that is not declared', 'python train.py --report_to wandb\n', 'transformers\n'],
  ])('is absent for a launch command with %s', async (_, command, requirements) => {
    const result = await detect(experimentTracking, { 'train.py': script, 'train.sh': command, 'requirements.txt': requirements, 'README.md': 'Run `python train.py --report_to wandb`.\n' });

    expect(result.present).toBe(false);
  });

  it('counts Accelerate\'s log_with naming a declared tracker, and not log_with="all"', async () => {
    const code = (value: string) => py`
      from accelerate import Accelerator

      accelerator = Accelerator(log_with="${value}", project_dir="runs")
      accelerator.init_trackers("sd-finetune")
    `;
    const requirements = 'accelerate==1.10.1\nwandb==0.22.0\n';

    const wandb = await detect(experimentTracking, { 'train.py': code('wandb'), 'requirements.txt': requirements });
    const all = await detect(experimentTracking, { 'train.py': code('all'), 'requirements.txt': requirements });

    expect(wandb.evidence).toMatchObject([{ location: 'train.py:3', match: 'accelerate.Accelerator(log_with="wandb")', tool: 'wandb' }]);
    expect(all.present).toBe(false);
  });
});
