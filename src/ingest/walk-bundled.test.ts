// A bundled copy of another project (skip-rules.ts bundledCopy): a folder
// named like a downloaded archive (`<Name>-main`, `<Name>-1.2.3`) with its
// own licence and packaging file is set aside by the walker like `vendor/`,
// with the reason in `skipped`. The author's own sub-project named `x-main`
// without a licence stays in, and so does a copy that is all the repository
// holds.
import { describe, expect, it } from 'vitest';
import type { FileTree } from '../../test/helpers/repo.js';
import { paths, skips, walk } from '../../test/helpers/walk.js';
import { bundledCopy, isIncidentalEntry } from './skip-rules.js';

const COPY: FileTree = {
  'LICENSE': 'MIT License\n',
  'pyproject.toml': '[project]\nname = "birdnet"\n',
  'Dockerfile': 'FROM python:3.11\n',
  'tests/test_analyze.py': 'def test_x(): pass\n',
  'gui/app.py': 'import gradio\n',
};
const under = (folder: string, tree: FileTree): FileTree => Object.fromEntries(Object.entries(tree).map(([p, v]) => [`${folder}/${p}`, v]));

describe('ingest/walk: bundled copies of other projects', () => {
  it('sets aside a downloaded project (`<Name>-main`, licence, pyproject.toml) beside the author\'s code, saying why', async () => {
    const result = await walk({ 'analysis.py': 'print(1)\n', 'README.md': '# WGP\n', ...under('BirdNET-Analyzer-main', COPY) });
    expect(paths(result)).toEqual(['README.md', 'analysis.py']);
    expect(skips(result)).toEqual(['BirdNET-Analyzer-main/ excluded-folder']);
    expect(result.skipped[0].detail).toMatch(/^a bundled copy of another project: .*own licence and pyproject\.toml; third-party code/);
  });

  it('knows `-master` and release folders, nested, with any licence spelling and packaging file', async () => {
    const result = await walk({
      'src/main.py': '',
      'libs/foo-master/COPYING': 'GPL\n',
      'libs/foo-master/setup.py': '',
      'libs/foo-master/foo/__init__.py': '',
      'web/widget-v2.0.1/LICENSE.md': '',
      'web/widget-v2.0.1/package.json': '{}',
      'bar-1.2.3/LICENCE.txt': '',
      'bar-1.2.3/setup.cfg': '',
    });
    expect(paths(result)).toEqual(['src/main.py']);
    expect(skips(result)).toEqual(['bar-1.2.3/ excluded-folder', 'libs/foo-master/ excluded-folder', 'web/widget-v2.0.1/ excluded-folder']);
  });

  it('keeps the author\'s own `x-main` sub-project without a licence, and a licensed project without an archive\'s name', async () => {
    const result = await walk({
      'app.py': '',
      'hw5-crew-main/pyproject.toml': '',
      'hw5-crew-main/main.py': '',
      'BirdNET-Analyzer/LICENSE': '',
      'BirdNET-Analyzer/pyproject.toml': '',
      'Galaxy_App-main/LICENSE': '',
      'Galaxy_App-main/index.html': '',
    });
    expect(paths(result)).toEqual([
      'BirdNET-Analyzer/LICENSE',
      'BirdNET-Analyzer/pyproject.toml',
      'Galaxy_App-main/LICENSE',
      'Galaxy_App-main/index.html',
      'app.py',
      'hw5-crew-main/main.py',
      'hw5-crew-main/pyproject.toml',
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('keeps copies with no code of the repository\'s beside them (the author\'s own projects, kept in their archives\' folders)', async () => {
    const result = await walk({ 'README.md': '', '.gitignore': '', ...under('myproject-main', COPY) });
    expect(paths(result)).toContain('myproject-main/pyproject.toml');
    expect(result.skipped).toEqual([]);
    const nested = await walk({ 'code/myproject-main/LICENSE': '', 'code/myproject-main/setup.py': '' });
    expect(paths(nested)).toEqual(['code/myproject-main/LICENSE', 'code/myproject-main/setup.py']);
    const portfolio = await walk({ 'README.md': '', 'a-main/LICENSE': '', 'a-main/setup.py': '', 'b-1.0/COPYING': '', 'b-1.0/package.json': '' });
    expect(portfolio.skipped).toEqual([]);
    const beside = await walk({ 'code/app.py': '', 'code/lib-main/LICENSE': '', 'code/lib-main/setup.py': '' });
    expect(skips(beside)).toEqual(['code/lib-main/ excluded-folder']);
  });

  it('a README mentioning a downloaded copy sets nothing aside', async () => {
    const result = await walk({ 'README.md': 'Download BirdNET-Analyzer-main.zip and unpack it here.\n', 'run.py': '' });
    expect(result.skipped).toEqual([]);
  });

  it('bundledCopy: the name, a licence and a packaging file, all three; never the top folder', () => {
    expect(bundledCopy('x/foo-main', ['LICENSE', 'package.json'], false)).toMatch(/package\.json/);
    expect(bundledCopy('foo-1.2', ['COPYING.LESSER', 'setup.py'], false)).toBeDefined();
    expect(bundledCopy('foo-main', ['package.json'], false)).toBeUndefined();
    expect(bundledCopy('foo-main', ['LICENSE', 'main.py'], false)).toBeUndefined();
    expect(bundledCopy('foo-mainline', ['LICENSE', 'setup.py'], false)).toBeUndefined();
    expect(bundledCopy('Using_Llama-3', ['LICENSE', 'setup.py'], false)).toBeUndefined();
    expect(bundledCopy('foo-main', ['LICENSE', 'setup.py'], true)).toBeUndefined();
    expect(bundledCopy('', ['LICENSE', 'setup.py'], false)).toBeUndefined();
    expect(isIncidentalEntry('.github')).toBe(true);
    expect(isIncidentalEntry('README.md')).toBe(true);
    expect(isIncidentalEntry('src')).toBe(false);
  });
});
