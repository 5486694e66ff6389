import { describe, expect, it } from 'vitest';
import { toml, yaml } from '../../test/helpers/text.js';
import { checkedPrefix, parseLockfile } from './lockfile.js';

const POETRY_LOCK = toml`
  [[package]]
  name = "numpy"
  version = "1.26.4"
  files = [
      {file = "numpy-1.26.4.tar.gz", hash = "sha256:aaaa"},
  ]

  [metadata]
  lock-version = "2.0"
`;

describe('parse/lockfile', () => {
  it.each([
    ['poetry.lock', POETRY_LOCK],
    ['backend/uv.lock', 'version = 1\n[[package]]\nname = "a"\nversion = "1"\n'],
    ['pdm.lock', '[metadata]\ngroups = ["default"]\n'],
    ['Pipfile.lock', '{"_meta": {"hash": {}}, "default": {"numpy": {"version": "==1.26.4"}}}'],
    ['conda-lock.yml', yaml`
      version: 1
      package:
        - name: numpy
          version: 1.26.4
    `],
  ])('lists no dependencies and no problem for a valid %s', (path, file) => {
    expect(parseLockfile(file, path)).toEqual({});
  });

  it.each([
    ['poetry.lock', '[[package]]\nname = "numpy\n', 'invalid TOML'],
    ['Pipfile.lock', '{"default": {"numpy": }', 'invalid JSON'],
    ['conda-lock.yml', 'package:\n  - name: [numpy\n', 'invalid YAML'],
  ])('reports a corrupt %s', (path, file, message) => {
    const facts = parseLockfile(file, path);

    expect(facts.problems).toHaveLength(1);
    expect(facts.problems?.[0]).toMatchObject({ path, kind: 'syntax' });
    expect(facts.problems?.[0].message.startsWith(message)).toBe(true);
  });

  it('checks only a prefix of a long file, cut before a top-level item', () => {
    const entry = '[[package]]\nname = "a"\nversion = "1"\n\n';
    const file = entry.repeat(100) + '[[package]]\nname = "broken';

    const prefix = checkedPrefix(file, 'toml', 1000);

    expect(prefix.length).toBeLessThanOrEqual(1000);
    expect(prefix.endsWith('\n\n')).toBe(true);
    expect(parseLockfile(entry.repeat(20_000), 'uv.lock')).toEqual({});
  });

  it('cuts a long YAML lock file before a column-0 line', () => {
    const file = `package:\n${'- name: a\n  version: 1\n'.repeat(100)}`;

    const prefix = checkedPrefix(file, 'yaml', 500);

    expect(prefix.endsWith('  version: 1\n')).toBe(true);
    expect(parseLockfile(`version: 1\npackage:\n${'- name: a\n  version: 1\n'.repeat(30_000)}`, 'conda-lock.yml')).toEqual({});
  });
});
