import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { parseCi } from './ci.js';

describe('parse/ci-azure', () => {
  it('reads trigger, pr: none, schedules and stage/job steps', () => {
    const pipeline = yaml`
      trigger:
        branches:
          include: [main]
      pr: none
      schedules:
        - cron: "0 2 * * *"
          branches:
            include: [main]
      stages:
        - stage: Train
          jobs:
            - job: train
              steps:
                - script: python train.py
                  displayName: Train model
                - task: UsePythonVersion@0
    `;

    const { ci } = parseCi(pipeline, 'azure-pipelines.yml');

    expect(ci).toEqual({
      system: 'azure',
      triggers: ['push', 'schedule'],
      crons: ['0 2 * * *'],
      triggerLine: 5,
      jobs: [
        {
          name: 'train',
          line: 12,
          steps: [
            { line: 14, name: 'Train model', run: 'python train.py' },
            { line: 16, uses: 'UsePythonVersion@0' },
          ],
        },
      ],
    });
  });

  it('defaults to push and pull requests, with root steps and deployment strategies', () => {
    const pipeline = yaml`
      steps:
        - bash: pytest
      jobs:
        - deployment: deploy
          strategy:
            runOnce:
              deploy:
                steps:
                  - script: ./deploy.sh
    `;

    const { ci } = parseCi(pipeline, 'azure-pipelines.yml');

    expect(ci?.triggers).toEqual(['push', 'pull_request']);
    expect(ci?.jobs).toEqual([
      { name: 'steps', line: 1, steps: [{ line: 2, run: 'pytest' }] },
      { name: 'deploy', line: 4, steps: [{ line: 9, run: './deploy.sh' }] },
    ]);
  });
});
