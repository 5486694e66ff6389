import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { parseMlproject } from './mlproject.js';

describe('parse/mlproject', () => {
  it('reads the name, environment and entry points', () => {
    const mlproject = yaml`
      name: churn
      python_env: python_env.yaml
      entry_points:
        main:
          parameters:
            alpha: {type: float, default: 0.1}
          command: "python train.py --alpha {alpha}"
        validate:
          command: python validate.py
    `;

    const { configs, stages, problems } = parseMlproject(mlproject, 'MLproject');

    expect(configs).toEqual([
      { key: 'mlproject:name', text: 'name: churn', line: 1 },
      { key: 'mlproject:python_env', text: 'python_env: python_env.yaml', line: 2 },
    ]);
    expect(stages).toEqual([
      { name: 'main', cmd: 'python train.py --alpha {alpha}', deps: [], outs: [], line: 4 },
      { name: 'validate', cmd: 'python validate.py', deps: [], outs: [], line: 8 },
    ]);
    expect(problems).toBeUndefined();
  });

  it('reads a docker environment by its image', () => {
    const { configs } = parseMlproject('docker_env:\n  image: mlflow-docker-example\n', 'MLproject');

    expect(configs).toEqual([{ key: 'mlproject:docker_env', text: 'docker_env: mlflow-docker-example', line: 1 }]);
  });

  it('reports broken YAML', () => {
    const { problems } = parseMlproject('name: x\nentry_points:\n  main:\n   command: "unterminated\n', 'MLproject');

    expect(problems).toEqual([expect.objectContaining({ path: 'MLproject', kind: 'syntax' })]);
  });
});
