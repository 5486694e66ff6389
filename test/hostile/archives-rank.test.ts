// A batch in which some candidates uploaded hostile or broken archives: each
// such archive is reported on its candidate, the whole batch is ranked, no
// temp folder is left, and time and memory stay bounded. (Before issue 9, a
// tar with a repeated name ended the whole `rank` run with exit code 13.)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, CANDIDATE_REPO, cvText, KWAME } from '../helpers/candidate.js';
import { buildTar } from '../helpers/tar.js';
import { buildZip } from '../helpers/zip.js';
import { expectBounded, expectNothingOutside, openWork, type Work } from './archive-attack.js';
import { expectNoTempLeft, expectNotExecuted, runCliAsync } from './harness.js';

let work: Work;
beforeEach(() => {
  work = openWork();
});
afterEach(() => work.cleanup());

interface RankJson {
  candidates: Array<{ id: string; assessment: { notes: string[] } }>;
  failures: Array<{ id: string; error: string }>;
}

describe('hostile archives in a rank batch', () => {
  it('each bad archive is reported on its candidate and every candidate is ranked', async () => {
    const folder = (id: string, files: Record<string, string | Buffer>) => {
      mkdirSync(join(work.uploads, id));
      for (const [name, data] of Object.entries(files)) writeFileSync(join(work.uploads, id, name), data);
    };
    folder('ann', { 'cv.md': cvText(ALICE), 'shop.zip': buildZip(Object.entries(CANDIDATE_REPO).map(([name, data]) => ({ name: `shop/${name}`, data }))) });
    folder('bob', { 'cv.md': cvText(KWAME), 'slip.zip': buildZip([{ name: 'a.py', data: 'x' }, { name: '../../../../slip.py', data: 'x' }]) });
    folder('cyd', { 'dup.tar': await buildTar([{ name: 'a.py', data: 'x = 1\n' }, { name: 'a.py', data: 'import torch\n' }]) });
    folder('dan', { 'cv.md': cvText(KWAME), 'cut.tar.gz': Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(100, 7)]) });
    folder('eve', {});
    const out = join(work.dir, 'rank.json');

    const run = await expectNoTempLeft(() =>
      runCliAsync(['rank', '--template', 'mlops-engineer', work.uploads, '--save', out, '--no-history', '--jobs', '2'], { cwd: work.cwd, timeoutMs: 180_000 }),
    );

    expectBounded(run);
    expectNotExecuted(work.marker);
    // The one candidate with nothing to read makes the exit code 1; the others are ranked.
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
    const report = JSON.parse(readFileSync(out, 'utf8')) as RankJson;
    rmSync(out);
    expectNothingOutside(work);
    const notes = Object.fromEntries(report.candidates.map((c) => [c.id, c.assessment.notes.filter((n) => n.startsWith('repository '))]));
    expect(Object.keys(notes).sort()).toEqual(['ann', 'bob', 'cyd', 'dan']);
    expect(notes.ann).toEqual([]);
    expect(notes.bob).toEqual([expect.stringMatching(/slip\.zip could not be read: archive slip\.zip refused: entry "\.\.\/\.\.\/\.\.\/\.\.\/slip\.py" escapes the archive root \(\.\.\)$/)]);
    expect(notes.cyd).toEqual([]);
    expect(notes.dan).toEqual([expect.stringMatching(/cut\.tar\.gz could not be read: cannot read archive cut\.tar\.gz: /)]);
    expect(report.failures.map((f) => f.id)).toEqual(['eve']);
  });
});
