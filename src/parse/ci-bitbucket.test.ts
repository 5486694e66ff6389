import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { parseCi } from './ci.js';

describe('parse/ci-bitbucket', () => {
  it('reads default, branch, pull-request and custom pipelines with parallel steps and pipes', () => {
    const config = yaml`
      image: python:3.11
      pipelines:
        default:
          - step:
              name: Test
              script:
                - pip install -r requirements.txt
                - pytest
        pull-requests:
          '**':
            - parallel:
                - step:
                    script: [ruff check .]
        custom:
          retrain:
            - step:
                script:
                  - python train.py
                  - pipe: atlassian/aws-s3-deploy:1.1.0
    `;

    const { ci } = parseCi(config, 'bitbucket-pipelines.yml');

    expect(ci?.triggers).toEqual(['push', 'pull_request', 'manual']);
    expect(ci?.triggerLine).toBe(2);
    expect(ci?.jobs).toEqual([
      {
        name: 'Test',
        line: 4,
        steps: [{ line: 7, run: 'pip install -r requirements.txt' }, { line: 8, run: 'pytest' }],
        scripts: ['pip install -r requirements.txt', 'pytest'],
      },
      { name: 'pull-requests', line: 12, steps: [{ line: 13, run: 'ruff check .' }], scripts: ['ruff check .'] },
      {
        name: 'custom',
        line: 16,
        steps: [{ line: 18, run: 'python train.py' }, { line: 19, uses: 'atlassian/aws-s3-deploy:1.1.0' }],
        scripts: ['python train.py'],
      },
    ]);
  });

  it('gives no jobs without a pipelines section', () => {
    const { ci } = parseCi('image: python:3.11\n', 'bitbucket-pipelines.yml');

    expect(ci).toEqual({ system: 'bitbucket', triggers: [], crons: [], triggerLine: 1, jobs: [] });
  });
});
