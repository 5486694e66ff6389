import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { isCondaPinned, parseCondaEnv } from './conda-env.js';

describe('parse/conda-env', () => {
  it('reads conda specs, python itself, channel prefixes and the nested pip list', () => {
    const file = yaml`
      name: ml
      channels:
        - conda-forge
      dependencies:
        - python=3.11  # the interpreter
        - numpy=1.26
        - pytorch::pytorch=2.1
        - scikit-learn>=1.4
        - pip
        - pip:
            - mlflow==2.12.1
            - -r requirements-extra.txt
            - transformers~=4.40
    `;

    const facts = parseCondaEnv(file, 'environment.yml');

    expect(facts).toEqual({
      dependencies: [
        { name: 'python', spec: '=3.11', pinned: true, ecosystem: 'conda', line: 5, text: 'python=3.11' },
        { name: 'numpy', spec: '=1.26', pinned: true, ecosystem: 'conda', line: 6, text: 'numpy=1.26' },
        { name: 'pytorch', spec: '=2.1', pinned: true, ecosystem: 'conda', line: 7, text: 'pytorch::pytorch=2.1' },
        { name: 'scikit-learn', spec: '>=1.4', pinned: false, ecosystem: 'conda', line: 8, text: 'scikit-learn>=1.4' },
        { name: 'pip', spec: '', pinned: false, ecosystem: 'conda', line: 9, text: 'pip' },
        { name: 'mlflow', spec: '==2.12.1', pinned: true, ecosystem: 'pypi', line: 11, text: 'mlflow==2.12.1' },
        { name: 'transformers', spec: '~=4.40', pinned: false, ecosystem: 'pypi', line: 13, text: 'transformers~=4.40' },
      ],
      configs: [{ key: 'include:requirements-extra.txt', text: '-r requirements-extra.txt', line: 12 }],
    });
  });

  it.each`
    spec              | pinned
    ${'=1.2'}         | ${true}
    ${'==1.2'}        | ${true}
    ${'==3'}          | ${true}
    ${'=1.2=py38_0'}  | ${true}
    ${'1.2.3'}        | ${true}
    ${'1.2 py38_0'}   | ${true}
    ${'=1.2.*'}       | ${true}
    ${'=1!152=h1234_0'} | ${true}
    ${'==1!2.0'}      | ${true}
    ${'=3'}           | ${false}
    ${'=3.*'}         | ${false}
    ${'>=1.2'}        | ${false}
    ${'>=1.2,<2'}     | ${false}
    ${''}             | ${false}
  `('isCondaPinned($spec) is $pinned', ({ spec, pinned }) => {
    expect(isCondaPinned(spec)).toBe(pinned);
  });

  it.each([
    ['a GitHub Actions-like file', 'name: env\non: push\njobs: {}\n'],
    ['a map of dependencies', 'dependencies:\n  numpy: 1\n'],
    ['a Helm template', 'env:\n  {{- toYaml .Values.env | nindent 2 }}\n'],
    ['an empty file', ''],
  ])('gives no facts and no problem for %s', (_label, file) => {
    expect(parseCondaEnv(file, 'deploy/environment.yaml')).toEqual({});
  });

  it('reports a YAML syntax error in an env file and gives no facts', () => {
    const file = yaml`
      name: broken
      dependencies:
        - numpy
       - scipy: [
    `;

    const facts = parseCondaEnv(file, 'environment.yml');

    expect(facts).toEqual({ problems: [{ path: 'environment.yml', kind: 'syntax', line: expect.any(Number), message: expect.stringMatching(/^invalid YAML/) }] });
  });
});
