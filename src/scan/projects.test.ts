import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filesPerProject, MAX_PROJECT_ROOTS, projectOf, projectRoots } from './projects.js';

describe('scan/projects', () => {
  it('finds roots by their own manifest and gives each file the deepest root above it', () => {
    const roots = projectRoots(['pyproject.toml', 'apps/api/setup.py', 'apps/api/sub/requirements-dev.txt', 'docs/readme.md', 'x/requirements/base.txt']);

    expect(roots).toEqual(['.', 'apps/api', 'apps/api/sub']);
    expect(projectOf('apps/api/sub/a.py', roots)).toBe('apps/api/sub');
    expect(projectOf('apps/api/main.py', roots)).toBe('apps/api');
    expect(projectOf('apps/other.py', roots)).toBe('.');
    expect(projectOf('apps/apiary/x.py', roots)).toBe('.');
  });

  it('takes a Pipfile, requirements.in and a conda-style requirements.yml as manifests, not any YAML', () => {
    const roots = projectRoots(['svc/Pipfile', 'train/requirements.yml', 'lock/requirements-dev.in', 'conf/params.yml', 'ci/requirements.txt.bak']);

    expect(roots).toEqual(['lock', 'svc', 'train']);
  });

  it('takes a .txt the parser read as requirements as a manifest, as its name would be, but not a text file', () => {
    const roots = projectRoots([
      { path: 'pipeline/requirement.txt', format: 'requirements' },
      { path: 'seg/env.txt', format: 'requirements' },
      { path: 'x/reqs/gpu.txt', format: 'requirements' },
      { path: 'notes/requirement.txt', format: 'text' },
      'docs/env.txt',
    ]);

    expect(roots).toEqual(['pipeline', 'seg']);
  });

  it('counts per project only for two roots up to MAX_PROJECT_ROOTS', () => {
    expect(filesPerProject(['a/x.py'], ['a'])).toBeUndefined();
    expect(filesPerProject(['a/x.py', 'b/y.py', 'c.py'], ['a', 'b'])).toEqual({ '.': 1, a: 1, b: 1 });
    expect(filesPerProject(['a/x.py'], Array.from({ length: MAX_PROJECT_ROOTS + 1 }, (_, i) => `p${i}`))).toBeUndefined();
  });

  it('the project of a file is always the longest root that is a folder above it', () => {
    const segment = fc.constantFrom('a', 'b', 'c', 'ab');
    const folder = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));

    fc.assert(
      fc.property(fc.uniqueArray(folder, { maxLength: 8 }), folder, (roots, dir) => {
        const path = `${dir}/f.py`;
        const expected = roots.filter((r) => path.startsWith(`${r}/`)).sort((x, y) => y.length - x.length)[0] ?? '.';
        expect(projectOf(path, roots)).toBe(expected);
      }),
    );
  });
});
