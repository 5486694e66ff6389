import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { parseDvc } from './dvc.js';

describe('parse/dvc', () => {
  it('reads stages with commands, deps and outputs written as strings or maps', () => {
    const dvc = yaml`
      stages:
        prepare:
          cmd: python src/prepare.py data/raw.csv
          deps:
            - data/raw.csv
            - src/prepare.py
          outs:
            - data/prepared:
                cache: true
        train:
          cmd:
            - python src/train.py
            - python src/export.py
          deps: [data/prepared]
          outs: [model.pkl]
          metrics:
            - metrics.json:
                cache: false
    `;

    const { stages, problems } = parseDvc(dvc, 'dvc.yaml');

    expect(stages).toEqual([
      { name: 'prepare', cmd: 'python src/prepare.py data/raw.csv', deps: ['data/raw.csv', 'src/prepare.py'], outs: ['data/prepared'], line: 2 },
      { name: 'train', cmd: 'python src/train.py && python src/export.py', deps: ['data/prepared'], outs: ['model.pkl', 'metrics.json'], line: 10 },
    ]);
    expect(problems).toBeUndefined();
  });

  it('reads foreach/do stages', () => {
    const dvc = yaml`
      stages:
        train:
          foreach: [small, large]
          do:
            cmd: python train.py --size \${item}
            outs:
              - models/\${item}.pkl
    `;

    const { stages } = parseDvc(dvc, 'dvc.yaml');

    expect(stages).toEqual([{ name: 'train', cmd: 'python train.py --size ${item}', deps: [], outs: ['models/${item}.pkl'], line: 2 }]);
  });

  it('notes top-level metrics, plots, params and artifacts as configs', () => {
    const dvc = yaml`
      metrics:
        - eval/metrics.json
      plots:
        - ROC:
            x: fpr
        - eval/importance.png
      params:
        - params.yaml
      artifacts:
        classifier:
          path: model.pkl
          type: model
    `;

    const { configs, stages } = parseDvc(dvc, 'dvc.yaml');

    expect(stages).toEqual([]);
    expect(configs).toEqual([
      { key: 'dvc:metrics', text: 'metrics: eval/metrics.json', line: 1 },
      { key: 'dvc:plots', text: 'plots: ROC, eval/importance.png', line: 3 },
      { key: 'dvc:params', text: 'params: params.yaml', line: 7 },
      { key: 'dvc:artifacts', text: 'classifier: model.pkl (type: model)', line: 10 },
    ]);
  });

  it('reports broken YAML with its line', () => {
    const { problems } = parseDvc('stages:\n  train:\n    cmd: [python train.py\n', 'dvc.yaml');

    expect(problems).toEqual([expect.objectContaining({ path: 'dvc.yaml', kind: 'syntax', line: expect.any(Number) })]);
  });
});
