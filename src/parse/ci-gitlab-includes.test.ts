// Issue 15, ci: a `.gitlab-ci.yml` may hold no job of its own and pull its
// jobs from the repository's files through `include: local`
// (https://docs.gitlab.com/ci/yaml/#includelocal). The root lists those
// paths; a YAML file anywhere is read as GitLab jobs by its content, so the
// detectors' context can join it to the pipeline (signals/lib/ci-includes.ts).
import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { parseCi } from './ci.js';
import { parseFile } from './index.js';

const parsed = (path: string, content: string) => parseFile(path, new TextEncoder().encode(content));

describe('parse/ci-gitlab (include: local)', () => {
  it('lists the local files a pipeline includes: paths, `local:` maps and globs, not projects, URLs, templates or variables', () => {
    const pipeline = yaml`
      stages: [lint, test]
      include:
        - local: ".gitlab/ci/lint.yml"
        - /ci/test.yml
        - local: .gitlab/jobs/*.yml
        - project: group/shared
          file: /templates/test.yml
        - remote: https://example.com/ci.yml
        - https://example.com/other.yml
        - template: Auto-DevOps.gitlab-ci.yml
        - local: $CI_DIR/x.yml
    `;

    const { ci } = parseCi(pipeline, '.gitlab-ci.yml');

    expect(ci?.includes).toEqual([
      { path: '.gitlab/ci/lint.yml', line: 3 },
      { path: 'ci/test.yml', line: 4 },
      { path: '.gitlab/jobs/*.yml', line: 5 },
    ]);
    expect(ci?.jobs).toEqual([]);
  });

  it('reads a single include, as a string or a map, and the events the workflow rules allow', () => {
    const single = parseCi('include: ci/jobs.yml\n', '.gitlab-ci.yml').ci;
    const map = parseCi(yaml`
      workflow:
        rules:
          - if: $CI_PIPELINE_SOURCE == "web"
      include:
        local: ci/jobs.yml
    `, '.gitlab-ci.yml').ci;

    expect(single?.includes).toEqual([{ path: 'ci/jobs.yml', line: 1 }]);
    expect(single?.pipelineEvents).toBeUndefined();
    expect(map?.includes).toEqual([{ path: 'ci/jobs.yml', line: 5 }]);
    expect(map?.pipelineEvents).toEqual(['manual']);
  });

  it('reads a YAML file of GitLab jobs outside the CI paths by its content', () => {
    const facts = parsed('.gitlab/ci/test.yml', yaml`
      pytest-backend:
        stage: test
        image: python:3.11-slim
        before_script:
          - pip install uv
        script:
          - uv run pytest --cov=app
    `);

    expect(facts.format).toBe('yaml');
    expect(facts.ci?.system).toBe('gitlab');
    expect(facts.ci?.jobs.map((j) => [j.name, j.scripts])).toEqual([['pytest-backend', ['pip install uv', 'uv run pytest --cov=app']]]);
  });

  it('leaves other YAML alone: a ConfigMap with a `script:`, a settings file, another tool\'s `include:`; reads a file of includes only', () => {
    const configMap = parsed('k8s/config.yml', yaml`
      apiVersion: v1
      kind: ConfigMap
      data:
        script: |
          echo hi
    `);
    const settings = parsed('configs/train.yml', yaml`
      train:
        script: train.py
        epochs: 3
    `);

    const jekyll = parsed('_config.yml', 'title: blog\ninclude:\n  - .htaccess\n');
    const includesOnly = parsed('ci/base.yml', 'include:\n  - local: ci/jobs/*.yml\n');

    expect(jekyll.ci).toBeUndefined();
    expect(includesOnly.ci?.includes).toEqual([{ path: 'ci/jobs/*.yml', line: 2 }]);
    expect(configMap.ci).toBeUndefined();
    expect(configMap.manifests?.length ?? 0).toBeGreaterThan(0);
    expect(settings.ci).toBeUndefined();
  });
});
