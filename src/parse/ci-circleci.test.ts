import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { parseCi } from './ci.js';

describe('parse/ci-circleci', () => {
  it('reads run steps (string or command), orb steps, inlined commands and scheduled workflows', () => {
    const config = yaml`
      version: 2.1
      orbs:
        python: circleci/python@2.1
      commands:
        install:
          steps:
            - run: pip install -e .
      jobs:
        test:
          docker:
            - image: cimg/python:3.11
          steps:
            - checkout
            - install
            - run:
                name: Tests
                command: pytest -q
            - python/install-packages:
                pkg-manager: pip
      workflows:
        nightly:
          triggers:
            - schedule:
                cron: "0 0 * * *"
                filters: { branches: { only: [main] } }
          jobs:
            - test
            - python/test
    `;

    const { ci } = parseCi(config, '.circleci/config.yml');

    expect(ci).toEqual({
      system: 'circleci',
      triggers: ['push', 'schedule'],
      crons: ['0 0 * * *'],
      triggerLine: 23,
      jobs: [
        {
          name: 'test',
          line: 9,
          steps: [
            { line: 13, uses: 'checkout' },
            { line: 7, run: 'pip install -e .' },
            { line: 15, name: 'Tests', run: 'pytest -q' },
            { line: 18, uses: 'python/install-packages' },
          ],
        },
        { name: 'python/test', line: 28, steps: [{ line: 28, uses: 'python/test' }] },
      ],
    });
  });

  it('defaults to push without workflows triggers', () => {
    const { ci } = parseCi('version: 2.1\njobs:\n  build:\n    steps:\n      - run: make\n', '.circleci/config.yml');

    expect(ci?.triggers).toEqual(['push']);
    expect(ci?.crons).toEqual([]);
  });
});
