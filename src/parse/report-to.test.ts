import { describe, expect, it } from 'vitest';
import { text, toml, yaml } from '../../test/helpers/text.js';
import { parseFile } from './index.js';
import { reportToSettings } from './report-to.js';

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('parse/report-to', () => {
  it('reads a YAML scalar, flow list and block list, each value at its line', () => {
    const config = yaml`
      train_conf:
        report_to: comet_ml  # the tracker
      sft:
        report_to: [wandb, "tensorboard"]
      dpo:
        report_to:
          - mlflow
          # - neptune
        learning_rate: 1.0e-5
    `;

    expect(reportToSettings(config)).toEqual([
      { key: 'report_to', text: 'comet_ml', line: 2 },
      { key: 'report_to', text: 'wandb', line: 4 },
      { key: 'report_to', text: 'tensorboard', line: 4 },
      { key: 'report_to', text: 'mlflow', line: 7 },
    ]);
  });

  it('reads JSON and TOML settings, a list over several lines included', () => {
    const json = text`
      {
        "output_dir": "out",
        "report_to": [
          "wandb",
          "clearml"
        ]
      }
    `;
    const settings = toml`
      [training]
      report_to = "aim"
    `;

    expect(reportToSettings(json)).toEqual([
      { key: 'report_to', text: 'wandb', line: 4 },
      { key: 'report_to', text: 'clearml', line: 5 },
    ]);
    expect(reportToSettings(settings)).toEqual([{ key: 'report_to', text: 'aim', line: 2 }]);
  });

  it('skips commented-out settings and prose', () => {
    const config = yaml`
      # report_to: wandb
      notes: set report_to to wandb to track runs
      // "report_to": "mlflow"
    `;

    expect(reportToSettings(config)).toEqual([]);
  });

  it('is read from YAML, TOML and JSON named as configuration, not from JSON data', () => {
    const setting = '{"report_to": "neptune"}\n';

    expect(parseFile('configs/train.yaml', encode('report_to: neptune\n')).configs).toEqual([{ key: 'report_to', text: 'neptune', line: 1 }]);
    expect(parseFile('train.toml', encode('report_to = "neptune"\n')).configs).toEqual([{ key: 'report_to', text: 'neptune', line: 1 }]);
    expect(parseFile('training_args.json', encode(setting)).configs).toEqual([{ key: 'report_to', text: 'neptune', line: 1 }]);
    expect(parseFile('configs/sft.json', encode(setting)).configs).toEqual([{ key: 'report_to', text: 'neptune', line: 1 }]);
    expect(parseFile('data/graph.json', encode(setting)).configs).toBeUndefined();
  });
});
