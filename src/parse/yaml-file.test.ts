import { describe, expect, it } from 'vitest';
import { text, yaml } from '../../test/helpers/text.js';
import { parseFile } from './index.js';

function parsed(path: string, content: string) {
  const facts = parseFile(path, new TextEncoder().encode(content));
  return { format: facts.format, dependencies: (facts.dependencies ?? []).map((d) => `${d.text}:${d.line}:${d.pinned}`), problems: facts.problems };
}

describe('parse/yaml-file', () => {
  it('reads a conda environment named like a requirements file, conda and pip sections', () => {
    const file = yaml`
      name: diffusion
      channels:
        - conda-forge
      dependencies:
        - python=3.10
        - pyarrow==21.0.0
        - pip:
          - "--extra-index-url=https://download.pytorch.org/whl/cu124"
          - torch==2.6.0
    `;

    const facts = parsed('requirements.yml', file);

    expect(facts).toEqual({
      format: 'conda-env',
      dependencies: ['python=3.10:5:true', 'pyarrow==21.0.0:6:true', 'torch==2.6.0:9:true'],
      problems: undefined,
    });
  });

  it.each(['env-gpu.yaml', 'envs/cuda.yml', 'setup/deps.yaml'])('reads a conda environment under any YAML name (%s)', (path) => {
    const file = yaml`
      name: gpu
      dependencies:
        - numpy=1.26
        - pytorch::pytorch>=2
    `;

    expect(parsed(path, file)).toMatchObject({ format: 'conda-env', dependencies: ['numpy=1.26:3:true', 'pytorch::pytorch>=2:4:false'] });
  });

  it('reads pip lines in a requirements-named YAML file as a requirements file', () => {
    const file = text`
      pandas==2.0.0
      transformers==4.57.1
      # torch==2.6.0
      -r base.txt
    `;

    expect(parsed('requirements_predict.yml', file)).toEqual({
      format: 'requirements',
      dependencies: ['pandas==2.0.0:1:true', 'transformers==4.57.1:2:true'],
      problems: undefined,
    });
  });

  it.each([
    ['a Helm 2 requirements.yaml (charts as maps)', 'chart/requirements.yaml', 'dependencies:\n  - name: redis\n    version: 17.3.1\n    repository: https://charts.bitnami.com/bitnami\n'],
    ['an Ansible Galaxy requirements.yml (a list)', 'requirements.yml', '- src: geerlingguy.docker\n  version: 6.1.0\n'],
    ['an Ansible Galaxy collections file', 'requirements.yml', 'collections:\n  - name: community.general\n'],
    ['a config with other keys beside a dependencies list', 'pipeline.yaml', 'version: 2\nsteps: [train]\ndependencies:\n  - numpy\n'],
    ['a dependencies list of prose', 'notes.yaml', 'dependencies:\n  - run the loader before training\n'],
    ['a dependencies list of step names', 'plan.yaml', 'name: plan\ndependencies:\n  - {step: prepare}\n'],
    ['prose under a requirements name', 'requirements.yaml', 'Install the GPU build of torch first, then the rest.\n'],
    ['an empty dependencies list', 'empty.yaml', 'name: empty\ndependencies: []\n'],
  ])('does not read %s as declarations', (_label, path, file) => {
    expect(parsed(path, file)).toMatchObject({ format: 'yaml', dependencies: [] });
  });
});
