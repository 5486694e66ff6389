import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { logicalLines, parseRequirements } from './requirements.js';

describe('parse/requirements', () => {
  it('reads names, specs, pins and lines, skipping comments and blank lines', () => {
    const file = text`
      # core
      numpy==1.26.4
      Pandas>=2.0,<3  # inline comment

      scikit_learn~=1.4
      torch
    `;

    const facts = parseRequirements(file, 'requirements.txt');

    expect(facts).toEqual({
      dependencies: [
        { name: 'numpy', spec: '==1.26.4', pinned: true, ecosystem: 'pypi', line: 2, text: 'numpy==1.26.4' },
        { name: 'pandas', spec: '>=2.0,<3', pinned: false, ecosystem: 'pypi', line: 3, text: 'Pandas>=2.0,<3' },
        { name: 'scikit-learn', spec: '~=1.4', pinned: false, ecosystem: 'pypi', line: 5, text: 'scikit_learn~=1.4' },
        { name: 'torch', spec: '', pinned: false, ecosystem: 'pypi', line: 6, text: 'torch' },
      ],
    });
  });

  it.each`
    line                                      | spec             | pinned
    ${'a==1.2'}                               | ${'==1.2'}       | ${true}
    ${'a == 1.2.*'}                           | ${'==1.2.*'}     | ${true}
    ${'a===1.2'}                              | ${'===1.2'}      | ${true}
    ${'a==2.*'}                               | ${'==2.*'}       | ${false}
    ${'a>=1.2'}                               | ${'>=1.2'}       | ${false}
    ${'a~=1.2'}                               | ${'~=1.2'}       | ${false}
    ${'a (>=1.0, <2)'}                        | ${'>=1.0,<2'}    | ${false}
    ${'a[x,y]==1.0; python_version < "3.12"'} | ${'==1.0'}       | ${true}
  `('reads the spec of `$line`', ({ line, spec, pinned }) => {
    const facts = parseRequirements(`${line}\n`, 'requirements.txt');

    expect(facts.dependencies?.map((d) => [d.name, d.spec, d.pinned])).toEqual([['a', spec, pinned]]);
  });

  it('records -r and -c includes as configs without reading them, and ignores option lines', () => {
    const file = text`
      -r base.txt
      --requirement=dev.txt
      -c constraints.txt
      --index-url https://example.org/simple
      --extra-index-url https://download.pytorch.org/whl/cu121
      --no-binary :all:
      flask
    `;

    const facts = parseRequirements(file, 'requirements/dev.txt');

    expect(facts.configs?.map((c) => [c.key, c.line])).toEqual([
      ['include:base.txt', 1],
      ['include:dev.txt', 2],
      ['include:constraints.txt', 3],
    ]);
    expect(facts.dependencies?.map((d) => d.name)).toEqual(['flask']);
    expect(facts.problems).toBeUndefined();
  });

  it('joins continuation lines, keeps the first line, and drops --hash options from the text', () => {
    const file = text`
      requests==2.32.3 \\
          --hash=sha256:aaaa \\
          --hash=sha256:bbbb
      idna==3.7 --hash=sha256:cccc
    `;

    const facts = parseRequirements(file, 'requirements.txt');

    expect(facts.dependencies?.map((d) => [d.name, d.spec, d.pinned, d.line, d.text])).toEqual([
      ['requests', '==2.32.3', true, 1, 'requests==2.32.3'],
      ['idna', '==3.7', true, 4, 'idna==3.7'],
    ]);
  });

  it('names editable installs and URLs by #egg, name @ url, the archive or the repository name; skips unnamed local paths', () => {
    const file = text`
      -e git+https://github.com/org/tool.git@v1#egg=my_tool
      -e .
      --editable ./libs/local[dev]
      mylib @ git+https://github.com/org/mylib.git@abc123 ; python_version >= "3.9"
      https://example.org/packages/Some.Pkg-1.0-py3-none-any.whl
      ./downloads/numpy-1.9.2.tar.gz
      git+https://github.com/openai/CLIP.git@feature/x
      git+ssh://git@github.com/org/other-repo
    `;

    const facts = parseRequirements(file, 'requirements.txt');

    expect(facts.dependencies?.map((d) => [d.name, d.spec, d.pinned, d.line])).toEqual([
      ['my-tool', '', false, 1],
      ['mylib', '', false, 4],
      ['some-pkg', '', false, 5],
      ['numpy', '', false, 6],
      ['clip', '', false, 7],
      ['other-repo', '', false, 8],
    ]);
  });

  it('reports the first line that is not a requirement and keeps the rest', () => {
    const file = text`
      numpy 1.2
      pandas==2.0
      ???
    `;

    const facts = parseRequirements(file, 'requirements.txt');

    expect(facts.dependencies?.map((d) => d.name)).toEqual(['pandas']);
    expect(facts.problems).toEqual([
      { path: 'requirements.txt', kind: 'invalid', line: 1, message: 'line is not a valid requirement' },
    ]);
  });

  it('ends a continuation at a comment line, as pip does', () => {
    const file = 'a==1 \\\n# note \\\nb==2\\';

    const lines = logicalLines(file);

    expect(lines).toEqual([
      { text: 'a==1', line: 1 },
      { text: 'b==2', line: 3 },
    ]);
  });

  it('gives nothing for an empty or comment-only file', () => {
    const facts = parseRequirements('# nothing here\n\n', 'requirements.txt');

    expect(facts).toEqual({ dependencies: [] });
  });
});
