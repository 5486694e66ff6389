import { describe, expect, it } from 'vitest';
import { detect } from '../../test/helpers/repo.js';
import { yaml } from '../../test/helpers/text.js';
import { experimentTracking } from './experiment_tracking.js';

const TRAIN = 'from transformers import TrainingArguments\nargs = TrainingArguments(output_dir="out", report_to="comet_ml")\n';

describe('signals/experiment_tracking: packages declared in YAML under other names', () => {
  it('counts a tracker declared in a conda environment named requirements.yml', async () => {
    const result = await detect(experimentTracking, {
      'train.py': TRAIN,
      'requirements.yml': yaml`
        name: ft
        channels: [conda-forge]
        dependencies:
          - python=3.10
          - pip:
            - transformers==4.57.1
            - comet_ml==3.54.0
      `,
    });

    expect(result.evidence).toMatchObject([{ location: 'train.py:2', tool: 'comet' }]);
  });

  it('counts a tracker declared in pip lines of a requirements-named YAML file', async () => {
    const result = await detect(experimentTracking, { 'train.py': TRAIN, 'requirements_train.yaml': 'transformers==4.57.1\ncomet-ml==3.54.0\n' });

    expect(result.evidence).toMatchObject([{ location: 'train.py:2', tool: 'comet' }]);
  });

  it('does not count a tracker named only in YAML that declares nothing', async () => {
    const result = await detect(experimentTracking, {
      'train.py': TRAIN,
      'configs/run.yaml': 'logger: comet_ml\ndependencies:\n  - comet_ml is optional\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});

describe('signals/experiment_tracking: packages declared in a pixi manifest', () => {
  it('counts a Lightning logger configured by Hydra when the tracker is a PyPI dependency in pixi.toml', async () => {
    const result = await detect(experimentTracking, {
      'conf/logger/wandb.yaml': '_target_: lightning.pytorch.loggers.WandbLogger\nproject: classifier\n',
      'train.py': 'import hydra\nfrom hydra.utils import instantiate\n\n@hydra.main(config_path="conf")\ndef main(cfg):\n    logger = instantiate(cfg.logger)\n',
      'pixi.toml': '[dependencies]\npytorch = ">=2"\nlightning = ">=2.4"\n\n[pypi-dependencies]\nwandb = ">=0.18"\n',
    });

    expect(result.evidence).toMatchObject([{ location: 'conf/logger/wandb.yaml:1', tool: 'wandb' }]);
  });
});
