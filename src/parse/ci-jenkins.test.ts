import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { parseCi } from './ci.js';

describe('parse/ci-jenkins', () => {
  it('reads stages with sh/bat scripts and cron triggers', () => {
    const jenkinsfile = text`
      pipeline {
        agent any
        triggers {
          cron('H 2 * * 1-5')
        }
        stages {
          stage('Test') {
            steps {
              sh 'pip install -r requirements.txt'
              sh "pytest -q"
            }
          }
          stage("Train") {
            steps {
              sh '''
                python train.py
              '''
              // sh 'python old_train.py'
              bat(script: 'echo done')
            }
          }
        }
      }
    `;

    const { ci, problems } = parseCi(jenkinsfile, 'Jenkinsfile');

    expect(ci).toEqual({
      system: 'jenkins',
      triggers: ['push', 'schedule'],
      crons: ['H 2 * * 1-5'],
      triggerLine: 4,
      jobs: [
        {
          name: 'Test',
          line: 7,
          steps: [{ line: 9, run: 'pip install -r requirements.txt' }, { line: 10, run: 'pytest -q' }],
          scripts: ['pip install -r requirements.txt', 'pytest -q'],
        },
        {
          name: 'Train',
          line: 13,
          steps: [{ line: 15, run: 'python train.py' }, { line: 19, run: 'echo done' }],
          scripts: ['python train.py', 'echo done'],
        },
      ],
    });
    expect(problems).toBeUndefined();
  });

  it('reads a scripted pipeline without stages, and defaults to push', () => {
    const { ci } = parseCi("node {\n  checkout scm\n  sh 'make test' // run tests\n}\n", 'Jenkinsfile');

    expect(ci?.triggers).toEqual(['push']);
    expect(ci?.jobs).toEqual([{ name: 'pipeline', line: 1, steps: [{ line: 3, run: 'make test' }], scripts: ['make test'] }]);
  });

  it('reads garbage without throwing', () => {
    const { ci } = parseCi("sh '\n}}}{{ stage(", 'Jenkinsfile');

    expect(ci?.system).toBe('jenkins');
  });
});
