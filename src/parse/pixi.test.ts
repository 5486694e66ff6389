import { describe, expect, it } from 'vitest';
import { parseFile } from './index.js';
import { parsePyproject } from './pyproject.js';
import { parsePixi } from './pixi.js';

const MANIFEST = `[workspace]
name = "classifier"
channels = ["conda-forge"]
platforms = ["linux-64"]

[dependencies]
python = "3.11.*"
pytorch = ">=2.3"
numpy = "1.26.4"

[pypi-dependencies]
wandb = "==0.18.3"
classifier = { path = ".", editable = true }

[feature.dev.dependencies]
ruff = "*"

[target.linux-64.pypi-dependencies]
nvidia-ml-py = { version = ">=12" }
`;

describe('parse/pixi', () => {
  it('reads conda and PyPI dependencies, per feature and per platform, with their lines and pins', () => {
    const deps = parsePixi(MANIFEST, 'pixi.toml').dependencies ?? [];

    expect(deps.map((d) => [d.name, d.ecosystem, d.spec, d.pinned, d.line, d.group])).toEqual([
      ['python', 'conda', '3.11.*', true, 7, undefined],
      ['pytorch', 'conda', '>=2.3', false, 8, undefined],
      ['numpy', 'conda', '1.26.4', true, 9, undefined],
      ['wandb', 'pypi', '==0.18.3', true, 12, undefined],
      ['classifier', 'pypi', '', false, 13, undefined],
      ['nvidia-ml-py', 'pypi', '>=12', false, 19, undefined],
      ['ruff', 'conda', '', false, 16, 'dev'],
    ]);
  });

  it('reads the same tables under [tool.pixi] in pyproject.toml, and is routed by file name', () => {
    const pyproject = `[project]\nname = "c"\ndependencies = ["hydra-core>=1.3"]\n\n[tool.pixi.pypi-dependencies]\nwandb = ">=0.16"\n`;

    expect(parsePyproject(pyproject, 'pyproject.toml').dependencies?.map((d) => d.name)).toEqual(['hydra-core', 'wandb']);
    expect(parseFile('sub/pixi.toml', new TextEncoder().encode(MANIFEST)).format).toBe('pixi');
    expect(parseFile('pixi.lock', new TextEncoder().encode('version: 6\nenvironments:\n  default:\n    channels: []\n'))).toMatchObject({ format: 'lockfile' });
    expect(parseFile('pixi.lock', new TextEncoder().encode('version: 6\nenvironments:\n  default:\n    channels: []\n')).problems).toBeUndefined();
  });

  it('gives a problem, not facts, for broken TOML', () => {
    expect(parsePixi('[dependencies\npython = "3.11"', 'pixi.toml')).toMatchObject({ problems: [{ path: 'pixi.toml' }] });
  });
});
