import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { text, toml, yaml } from '../../test/helpers/text.js';
import { pinnedDependencies } from './pinned_dependencies.js';

describe('signals/pinned_dependencies', () => {
  it('is present for a lock file', async () => {
    const result = await detect(pinnedDependencies, {
      'pyproject.toml': toml`
        [project]
        name = "app"
        dependencies = ["fastapi>=0.110"]
      `,
      'uv.lock': 'version = 1\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['uv.lock']);
  });

  it('is present when more than half of a requirements file is pinned, located at the first pin', async () => {
    const result = await detect(pinnedDependencies, {
      'requirements.txt': text`
        # runtime
        numpy>=1.26
        pandas==2.2.1
        scikit-learn==1.4.*
      `,
    });

    expect(locations(result)).toEqual(['requirements.txt:3']);
    expect(result.evidence[0].match).toBe('pandas==2.2.1 (2 of 3 entries pinned)');
  });

  it('does not count the interpreter as a pinned dependency', async () => {
    const result = await detect(pinnedDependencies, {
      'environment.yml': yaml`
        name: bench
        channels: [conda-forge]
        dependencies:
          - python=3.11
          - numpy
          - pandas
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toContain('environment.yml: 0 of 2 entries pinned');
  });

  it('counts the conda and pip sections of an environment file together', async () => {
    const result = await detect(pinnedDependencies, {
      'environment.yml': yaml`
        name: ml
        dependencies:
          - numpy=1.26
          - pandas=2.2
          - pytorch=2.*
          - pip:
            - torch~=2.1
            - transformers==4.40.0
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['environment.yml:3']);
  });

  it('is absent when half or fewer entries pin (~=, >=, major-only wildcards), with the figures in a note', async () => {
    const result = await detect(pinnedDependencies, {
      'requirements.txt': text`
        numpy~=1.26
        pandas>=2
        torch==2.1.0
        scikit-learn
      `,
      'README.md': 'Pin everything: numpy==1.26.4, pandas==2.2.1\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toContain('requirements.txt: 1 of 4 entries pinned');
  });

  it('ignores requirements written by tools into MLflow model and run folders, and documentation requirements', async () => {
    const result = await detect(pinnedDependencies, {
      'mlruns/1/abc/artifacts/model/requirements.txt': 'mlflow==2.9.2\nscikit-learn==1.4.0\n',
      'models/churn/MLmodel': 'flavors:\n  python_function: {}\n',
      'models/churn/requirements.txt': 'mlflow==2.9.2\ncloudpickle==3.0.0\n',
      'docs/requirements.txt': 'sphinx==7.2.6\nfuro==2024.1.29\n',
      'requirements.txt': 'mlflow\nscikit-learn\n',
    });

    expect(result.present).toBe(false);
    expect(result.note).toBe('no lock file; requirements.txt: 0 of 2 entries pinned');
  });

  it('reads requirements-docker.txt as the container\'s environment, not documentation requirements', async () => {
    const result = await detect(pinnedDependencies, {
      'requirements.txt': 'fastapi\nuvicorn\npandas\n',
      'requirements-docker.txt': '\ufefffastapi==0.104.1\nuvicorn==0.24.0\npandas==2.1.4\n',
      'requirements-docs.txt': 'sphinx==7.2.6\n',
      'requirements_documentation.txt': 'furo==2024.1.29\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['requirements-docker.txt:1']);
  });

  it('does not count exact versions in package metadata as an environment', async () => {
    const result = await detect(pinnedDependencies, {
      'pyproject.toml': toml`
        [project]
        name = "lib"
        dependencies = ["numpy==1.26.4"]
      `,
    });

    expect(result.present).toBe(false);
  });

  it('reads a conda environment and pip lines kept under requirements names with a YAML extension', async () => {
    const result = await detect(pinnedDependencies, {
      'requirements.yml': yaml`
        name: app
        channels: [defaults]
        dependencies:
          - python=3.10
          - pyarrow==21.0.0
          - pip:
            - torch==2.6.0
            - click
      `,
      'requirements_predict.yml': 'pandas==2.0.0\nnumpy==1.26.4\n# torch==2.6.0\n',
    });

    expect(locations(result)).toEqual(['requirements.yml:5', 'requirements_predict.yml:1']);
    expect(result.evidence[0].match).toBe('pyarrow==21.0.0 (2 of 3 entries pinned)');
  });

  it('does not read pinned versions from YAML that is no environment: Helm 2 requirements, a README', async () => {
    const result = await detect(pinnedDependencies, {
      'chart/requirements.yaml': yaml`
        dependencies:
          - name: redis
            version: 17.3.1
            repository: https://charts.bitnami.com/bitnami
      `,
      'params.yaml': 'model: resnet50\ndependencies:\n  - data==1.0 is ready\n',
      'README.md': 'conda env create -f requirements.yml (numpy=1.26, pandas=2.2)\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('reads requirements under another name by their content: requirement.txt, a pip freeze saved as env.txt', async () => {
    const result = await detect(pinnedDependencies, {
      'pipeline/requirement.txt': 'pymongo==4.2.0\nnumpy==1.21.6\ntorchvision\n',
      'env.txt': 'numpy==2.2.6\ntorch==2.7.1\nalbumentations==2.0.8\n',
    });

    expect(locations(result)).toEqual(['env.txt:1', 'pipeline/requirement.txt:1']);
  });

  it('does not read pins from a README naming requirement.txt, nor from a freeze whose name does not say environment, nor a two-line env.txt', async () => {
    const result = await detect(pinnedDependencies, {
      'README.md': 'Install with `pip install -r requirement.txt` (torch==2.3.0, numpy==1.26.4).\n',
      'packages.txt': 'ffmpeg\nlibsm6\n',
      'notes.txt': 'numpy==2.2.6\ntorch==2.7.1\nscipy==1.13.0\n',
      'env.txt': 'numpy==2.2.6\ntorch==2.7.1\n',
    });

    expect(result.present).toBe(false);
    expect(result.evidence).toEqual([]);
  });
});

describe('signals/pinned_dependencies: pixi', () => {
  it('counts pixi.lock as a lock file, and a pixi.toml that pins most entries as an environment file', async () => {
    const locked = await detect(pinnedDependencies, { 'pixi.toml': '[dependencies]\npytorch = ">=2"\n', 'pixi.lock': 'version: 6\nenvironments: {}\n' });
    const pinned = await detect(pinnedDependencies, { 'pixi.toml': '[dependencies]\npython = "3.11.*"\npytorch = "2.3.1"\n\n[pypi-dependencies]\nwandb = "==0.18.3"\nhydra-core = ">=1.3"\n' });
    const loose = await detect(pinnedDependencies, { 'pixi.toml': '[dependencies]\npython = "3.11.*"\npytorch = ">=2.3"\n\n[pypi-dependencies]\nwandb = "*"\n' });

    expect(locked.evidence).toMatchObject([{ location: 'pixi.lock', match: 'lock file' }]);
    expect(pinned.evidence).toMatchObject([{ location: 'pixi.toml:3' }]);
    expect(loose.present).toBe(false);
  });
});
