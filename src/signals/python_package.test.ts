import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, toml } from '../../test/helpers/text.js';
import { pythonPackage } from './python_package.js';

describe('signals/python_package', () => {
  it('is present for a pyproject [project] table', async () => {
    const result = await detect(pythonPackage, {
      'pyproject.toml': toml`
        [build-system]
        requires = ["hatchling"]

        [project]
        name = "churn"
        version = "0.1.0"
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['pyproject.toml:4']);
  });

  it('is present for a setup.py that calls setup()', async () => {
    const result = await detect(pythonPackage, {
      'setup.py': py`
        from setuptools import find_packages, setup

        setup(name="churn", packages=find_packages())
      `,
    });

    expect(locations(result)).toEqual(['setup.py:3']);
  });

  it('is absent when pyproject only configures tools, or a README mentions pip install', async () => {
    const result = await detect(pythonPackage, {
      'pyproject.toml': toml`
        [tool.black]
        line-length = 100

        [tool.isort]
        profile = "black"
      `,
      'README.md': 'Install with `pip install .` from setup.py\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for Poetry with package-mode = false, and says why', async () => {
    const result = await detect(pythonPackage, {
      'pyproject.toml': toml`
        [tool.poetry]
        name = "app"
        package-mode = false
      `,
    });

    expect(result.present).toBe(false);
    expect(result.note).toContain('pyproject.toml:1');
  });

  it('honours package-mode = false in every project of the repository, in the Poetry 2 form too', async () => {
    const mixed = await detect(pythonPackage, {
      'api/pyproject.toml': toml`
        [tool.poetry]
        name = "api"
        package-mode = false
      `,
      'lib/pyproject.toml': toml`
        [project]
        name = "shared-lib"
      `,
    });
    const none = await detect(pythonPackage, {
      'api/pyproject.toml': '[tool.poetry]\nname = "api"\npackage-mode = false\n',
      'worker/pyproject.toml': '[project]\nname = "worker"\n\n[tool.poetry]\npackage-mode = false\n',
    });

    expect(locations(mixed)).toEqual(['lib/pyproject.toml:1']);
    expect(none).toMatchObject({ present: false, evidence: [] });
    expect(none.note).toBe('package-mode = false: nothing installable (api/pyproject.toml:1, worker/pyproject.toml:1, worker/pyproject.toml:4)');
  });

  it('is absent for a Rye virtual project, and the note names the key; present when another project of the repository is a package', async () => {
    const rye = toml`
      [project]
      name = "chatbot"
      dependencies = ["fastapi"]

      [tool.rye]
      virtual = true
    `;
    const alone = await detect(pythonPackage, { 'pyproject.toml': rye });
    const withLib = await detect(pythonPackage, { 'pyproject.toml': rye, 'lib/pyproject.toml': '[project]\nname = "core"\n\n[tool.rye]\nmanaged = true\n' });
    const mixed = await detect(pythonPackage, {
      'app/pyproject.toml': rye,
      'api/pyproject.toml': '[tool.poetry]\nname = "api"\npackage-mode = false\n',
    });

    expect(alone).toMatchObject({ present: false, evidence: [], note: 'virtual = true: nothing installable (pyproject.toml:1)' });
    expect(locations(withLib)).toEqual(['lib/pyproject.toml:1']);
    expect(mixed.note).toBe('virtual = true, package-mode = false: nothing installable (app/pyproject.toml:1, api/pyproject.toml:1)');
  });
});
