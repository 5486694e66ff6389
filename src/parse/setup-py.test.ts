import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython } from './python.js';
import { parseSetupPy } from './setup-py.js';

describe('parse/setup-py', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('reads the package name and literal requirement lists from setup()', () => {
    const file = py`
      from setuptools import setup, find_packages

      setup(
          name="demo",
          packages=find_packages(),
          install_requires=["numpy>=1.26", "Pandas==2.2.0"],
          extras_require={"dev": ["pytest"], "docs": ("sphinx",)},
          tests_require=["hypothesis"],
      )
    `;

    const facts = parseSetupPy(file, 'setup.py');

    expect(facts.packages).toEqual([{ kind: 'setup.py', name: 'demo', installable: true, line: 3, text: 'setup(name="demo")' }]);
    expect(facts.dependencies).toEqual([
      { name: 'numpy', spec: '>=1.26', pinned: false, ecosystem: 'pypi', line: 6, text: 'numpy>=1.26' },
      { name: 'pandas', spec: '==2.2.0', pinned: true, ecosystem: 'pypi', line: 6, text: 'Pandas==2.2.0' },
      { name: 'hypothesis', spec: '', pinned: false, ecosystem: 'pypi', group: 'test', line: 8, text: 'hypothesis' },
      { name: 'pytest', spec: '', pinned: false, ecosystem: 'pypi', group: 'dev', line: 7, text: 'pytest' },
      { name: 'sphinx', spec: '', pinned: false, ecosystem: 'pypi', group: 'docs', line: 7, text: 'sphinx' },
    ]);
  });

  it('follows lists, dicts and names assigned to variables earlier in the file', () => {
    const file = py`
      import setuptools

      NAME = "tool"
      BASE = [
          "requests",
      ]
      REQUIRED = BASE + ["click>=8"]
      EXTRAS = {"test": ["pytest"]}

      setuptools.setup(name=NAME, install_requires=REQUIRED, extras_require=EXTRAS)
    `;

    const facts = parseSetupPy(file, 'setup.py');

    expect(facts.packages?.map((p) => [p.kind, p.name, p.line])).toEqual([['setup.py', 'tool', 10]]);
    expect(facts.dependencies?.map((d) => [d.name, d.group, d.line])).toEqual([
      ['requests', undefined, 5],
      ['click', undefined, 7],
      ['pytest', 'test', 8],
    ]);
  });

  it('reads a multi-line requirements string and skips what cannot be known statically', () => {
    const file = py`
      from distutils.core import setup
      setup(
          name=get_name(),
          install_requires="""
              numpy
              # a comment
              scipy>=1.10
          """,
          extras_require={"all": open("req.txt").read().splitlines()},
      )
    `;

    const facts = parseSetupPy(file, 'setup.py');

    expect(facts.packages?.map((p) => [p.name, p.text])).toEqual([[undefined, 'setup()']]);
    expect(facts.dependencies?.map((d) => [d.name, d.spec, d.line])).toEqual([
      ['numpy', '', 5],
      ['scipy', '>=1.10', 7],
    ]);
  });

  it('gives nothing for a setup.py without a setup() call', () => {
    const facts = parseSetupPy('print("hello")\n', 'setup.py');

    expect(facts).toEqual({});
  });

  it('still reads what it can from a file with a syntax error', () => {
    const file = py`
      from setuptools import setup
      def broken(:
          pass
      setup(name="ok", install_requires=["flask"])
    `;

    const facts = parseSetupPy(file, 'setup.py');

    expect(facts.packages?.map((p) => p.name)).toEqual(['ok']);
    expect(facts.dependencies?.map((d) => d.name)).toEqual(['flask']);
  });
});
