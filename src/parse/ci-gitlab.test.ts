import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { parseCi } from './ci.js';

describe('parse/ci-gitlab', () => {
  it('takes top-level job keys, not keywords or .hidden templates, and follows extends', () => {
    const pipeline = yaml`
      stages: [test, train]
      variables:
        PIP_CACHE_DIR: .cache
      default:
        before_script:
          - pip install -r requirements.txt
      .python:
        image: python:3.11
        script:
          - pytest
      test:
        extends: .python
      train:
        stage: train
        script:
          - python train.py
    `;

    const { ci } = parseCi(pipeline, '.gitlab-ci.yml');

    expect(ci?.jobs).toEqual([
      { name: 'default', line: 4, steps: [{ line: 6, run: 'pip install -r requirements.txt' }], scripts: ['pip install -r requirements.txt'] },
      { name: 'test', line: 11, steps: [{ line: 10, run: 'pytest' }], scripts: ['pytest'] },
      { name: 'train', line: 13, steps: [{ line: 16, run: 'python train.py' }], scripts: ['python train.py'] },
    ]);
    expect(ci?.triggers).toEqual(['push', 'merge_request']);
  });

  it('reads schedule triggers from $CI_PIPELINE_SOURCE rules, skipping `when: never`', () => {
    const pipeline = yaml`
      test:
        script: pytest
      retrain:
        rules:
          - if: $CI_PIPELINE_SOURCE == "push"
            when: never
          - if: '$CI_PIPELINE_SOURCE == "schedule"'
        script:
          - python train.py
    `;

    const { ci } = parseCi(pipeline, '.gitlab-ci.yml');

    expect(ci?.triggers).toEqual(['push', 'merge_request', 'schedule']);
    expect(ci?.triggerLine).toBe(7);
  });

  it('reads workflow rules and `only:` refs', () => {
    const pipeline = yaml`
      workflow:
        rules:
          - if: $CI_PIPELINE_SOURCE == "merge_request_event"
          - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
      lint:
        script: ruff check .
      nightly:
        only:
          - schedules
        script: python retrain.py
    `;

    const { ci } = parseCi(pipeline, '.gitlab-ci.yml');

    expect(ci?.triggers).toEqual(['merge_request', 'push', 'schedule']);
    expect(ci?.jobs.map((j) => j.name)).toEqual(['lint', 'nightly']);
  });

  it('resolves YAML anchors used for scripts', () => {
    const pipeline = yaml`
      .setup: &setup
        - pip install .
      test:
        script:
          - *setup
          - pytest
    `;

    const { ci } = parseCi(pipeline, '.gitlab-ci.yml');

    expect(ci?.jobs[0].scripts).toEqual(['pip install .', 'pytest']);
  });

  it('gives a rule without an event condition the default events', () => {
    const pipeline = yaml`
      test:
        rules:
          - if: $CI_PIPELINE_SOURCE == "schedule"
            when: never
          - if: $RUN_TESTS == "true"
        script: pytest
    `;

    const { ci } = parseCi(pipeline, '.gitlab-ci.yml');

    expect(ci?.triggers).toEqual(['push', 'merge_request']);
    expect(ci?.triggerLine).toBe(1);
  });
});
