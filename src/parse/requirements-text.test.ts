// Requirements in a `.txt` named otherwise than requirements*.txt, read by content
// (held-out quynhtl/build-pipeline-on-Kubeflow: `my_pipeline/requirement.txt`, 9 of 10
// pinned, was read as nothing; hung8110999/NeoPolyp: a pip freeze saved as `env.txt`).
import { beforeAll, describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { hasParser, initPython, parseFile } from './index.js';

const FREEZE = text`
  albumentations==2.0.8
  numpy==2.2.6
  torch==2.7.1
`;

function parse(path: string, content: string) {
  return parseFile(path, new TextEncoder().encode(content));
}

describe('parse/requirements-text', () => {
  beforeAll(async () => {
    await initPython();
  });

  it.each(['requirement.txt', 'app/requirement-dev.txt', 'requirment.txt', 'requriment.txt', 'reqs.txt', 'new_req.txt', 'reqs/gpu.txt', 'requirement/base.txt'])(
    'reads %s as requirements when its lines are requirements',
    (path) => {
      const facts = parse(path, text`
        # runtime
        torch==2.3.0
        torchvision
      `);

      expect(facts.format).toBe('requirements');
      expect(facts.dependencies?.map((d) => [d.name, d.line, d.pinned])).toEqual([
        ['torch', 2, true],
        ['torchvision', 3, false],
      ]);
    },
  );

  it.each([
    ['env.txt', FREEZE],
    ['installed_packages.txt', FREEZE],
    ['mlops_env.txt', `# pip freeze\n${FREEZE}certifi @ file:///croot/certifi_1700501669400/work/certifi\ntorch==2.7.1+cu128\nfoo===1.0.post1\n`],
  ])('reads a pip freeze named for an environment (%s) as requirements', (path, content) => {
    const facts = parse(path, content);

    expect(facts.format).toBe('requirements');
    expect(facts.dependencies?.length).toBeGreaterThanOrEqual(3);
  });

  it('leaves a requirement-named file of prose as text', () => {
    const facts = parse('requirement_from_clients.txt', text`
      1) the user loads the PDF and extracts data into an excel file
      2) a check list of documents we have and do not have
      scikit-learn
    `);

    expect(facts.format).toBe('text');
    expect(facts.dependencies).toBeUndefined();
  });

  it.each([
    ['an apt package list', 'packages.txt', 'ffmpeg\nlibsm6\nlibxext6\n'],
    ['a freeze of two lines', 'env.txt', 'numpy==2.2.6\ntorch==2.7.1\n'],
    ['mostly unpinned names', 'deps.txt', 'numpy\npandas\ntorch==2.7.1\n'],
    ['a freeze with a prose line', 'env.txt', `${FREEZE}see the README for more\n`],
    ['pins followed by prose', 'deps.txt', 'torch==2.3.0 worked for me\nnumpy==1.26.4\nscipy==1.13.0\n'],
    ['a freeze under a name that does not say environment', 're.txt', FREEZE],
    ['a freeze in a file whose name only starts like env', 'envelope.txt', FREEZE],
    ['a freeze with pip options', 'env.txt', `--index-url https://example.org/simple\n${FREEZE}`],
    ['words that only look like names', 'requests.txt', 'alpha\nbeta\ngamma\n'],
  ])('leaves %s as text', (_, path, content) => {
    const facts = parse(path, content);

    expect(facts.format).toBe('text');
    expect(facts.dependencies).toBeUndefined();
  });

  it('reads only .txt files named for requirements or an environment; others are counted, not read', () => {
    expect(['requirement.txt', 'env.txt', 'a/pip_freeze.txt', 're.txt', 'labels/0001.txt', 'CMakeLists.txt'].map(hasParser)).toEqual([true, true, true, false, false, false]);
  });

  it('still reads requirements*.txt by its name alone, and README.txt as text', () => {
    expect(parse('requirements-gpu.txt', 'numpy\n').format).toBe('requirements');
    expect(parse('README.txt', 'See requirement.txt: torch==2.3.0\n').format).toBe('text');
  });
});
