import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { parseCi } from './ci.js';

describe('parse/ci-travis', () => {
  it('reads lifecycle scripts, included jobs and deploy providers', () => {
    const config = yaml`
      language: python
      install:
        - pip install -r requirements.txt
      script: pytest
      jobs:
        include:
          - name: lint
            script: flake8
          - stage: deploy
            deploy:
              provider: pypi
    `;

    const { ci } = parseCi(config, '.travis.yml');

    expect(ci?.triggers).toEqual(['push', 'pull_request']);
    expect(ci?.jobs).toEqual([
      {
        name: 'default',
        line: 2,
        steps: [{ line: 3, run: 'pip install -r requirements.txt' }, { line: 4, run: 'pytest' }],
        scripts: ['pip install -r requirements.txt', 'pytest'],
      },
      { name: 'lint', line: 7, steps: [{ line: 8, run: 'flake8' }], scripts: ['flake8'] },
      { name: 'deploy', line: 9, steps: [{ line: 11, uses: 'deploy:pypi' }], scripts: [] },
    ]);
  });

  it('sees cron builds selected with `if: type = cron`', () => {
    const config = yaml`
      script: pytest
      jobs:
        include:
          - if: type = cron
            script: python retrain.py
    `;

    const { ci } = parseCi(config, '.travis.yml');

    expect(ci?.triggers).toEqual(['push', 'pull_request', 'schedule']);
    expect(ci?.triggerLine).toBe(4);
  });
});
