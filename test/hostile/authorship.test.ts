// Hostile histories against the authorship stage: a trailer flood in a
// commit message, own files at HEAD that are FIFOs or symlinks out of the
// repository (read for generated markers and notebook code shares), and a
// `.mailmap` that would hand someone else's commits to the candidate.
import { execFileSync } from 'node:child_process';
import { appendFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TRAILERS_PER_COMMIT, parseCoAuthors } from '../../src/history/coauthors.js';
import { generatedAtHead } from '../../src/history/own-source.js';
import { notebookScales } from '../../src/history/shares.js';
import { scanRepository } from '../../src/app/pipeline.js';
import { buildGitRepo, gitIn, pyLines } from '../helpers/git.js';
import { attackDir, expectNoTempLeft, expectNotExecuted, timed } from './harness.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('hostile/authorship', () => {
  it('a commit with 400 long Co-authored-by trailers: at most 20 read, names clipped, bounded time', async () => {
    const { marker, cleanup } = attackDir();
    cleanups.push(cleanup);
    const flood = Array.from({ length: 400 }, (_, i) => `Co-authored-by: ${'N'.repeat(250)}$(touch ${marker}) <x${i}@e.org>`).join('\n');
    const repo = await buildGitRepo([{ name: 'Bob', email: 'bob@x.org', date: '2025-01-01T10:00:00Z', files: { 'a.py': 'x = 1\n' }, message: `flood\n\n${flood}` }]);
    cleanups.push(repo.cleanup);

    const run = await timed(() => expectNoTempLeft(() => scanRepository(repo.root, { candidate: { emails: ['x1@e.org'], names: [] } })));

    expect(run.error).toBeUndefined();
    expect(run.ms).toBeLessThan(60_000);
    const coAuthors = run.value?.history?.coAuthors ?? [];
    expect(coAuthors).toHaveLength(MAX_TRAILERS_PER_COMMIT);
    expect(Math.max(...coAuthors.map((c) => c.name.length))).toBeLessThanOrEqual(200);
    expect(run.value?.history?.candidate).toMatchObject({ commits: 1, coAuthored: 1 });
    expectNotExecuted(marker);
  });

  it('parses trailers as data only: no header line, no other commit, survives garbage', () => {
    const out = `\x1e${'a'.repeat(40)}\nCo-authored-by: A <a@x>\n\x1enot-a-hash\nCo-authored-by: B <b@x>\n\x1e${'b'.repeat(40)}\nco-authored-by:<<<>>>\n`;

    expect([...parseCoAuthors(out)]).toEqual([[`${'a'.repeat(40)}`, [{ name: 'A', email: 'a@x' }]]]);
  });

  it('own files that are FIFOs or symlinks out of the repository are never read or waited on', async () => {
    const { dir, cleanup } = attackDir();
    cleanups.push(cleanup);
    writeFileSync(join(dir, 'outside.py'), '# @generated secret\n');
    execFileSync('mkfifo', [join(dir, 'pipe.py')]);
    execFileSync('mkfifo', [join(dir, 'pipe.ipynb')]);
    symlinkSync(join(dir, 'outside.py'), join(dir, 'link.py'));
    symlinkSync('/dev/zero', join(dir, 'zero.ipynb'));

    const run = await timed(async () => ({
      generated: await generatedAtHead(dir, ['pipe.py', 'link.py', 'missing.py']),
      scales: await notebookScales(dir, [{ path: 'pipe.ipynb', size: 0 }, { path: 'zero.ipynb', size: 0 }]),
    }));

    expect(run.error).toBeUndefined();
    expect(run.ms).toBeLessThan(5_000);
    expect([...(run.value?.generated ?? [])]).toEqual([]);
    expect([...(run.value?.scales ?? [])]).toEqual([]);
  });

  it("a .mailmap (committed, in the work tree, or naming a blob) cannot give another person's commits to the candidate", async () => {
    const bob = { name: 'Bob Upstream', email: 'bob@upstream.org' };
    const mallory = { name: 'Mallory', email: 'mallory@example.com' };
    const remap = 'Mallory <mallory@example.com> Bob Upstream <bob@upstream.org>\nMallory <mallory@example.com> <bob@upstream.org>\n';
    const repo = await buildGitRepo([
      ...Array.from({ length: 4 }, (_, i) => ({ ...bob, date: `2024-0${i + 1}-01T10:00:00Z`, files: { [`lib/m${i}.py`]: `import mlflow\nmlflow.log_metric("m", ${i})\n${pyLines(60, `m${i}`)}` } })),
      { ...mallory, date: '2025-01-01T10:00:00Z', files: { '.mailmap': remap, 'lib/mine.py': pyLines(5) } },
    ]);
    cleanups.push(repo.cleanup);
    // The work tree's copy says more than the committed one, and the repository's config names a mailmap blob.
    appendFileSync(join(repo.root, '.mailmap'), 'Mallory <mallory@example.com> <anyone@else.org>\n');
    gitIn(repo.root, ['config', 'mailmap.blob', 'HEAD:.mailmap']);
    gitIn(repo.root, ['config', 'mailmap.file', join(repo.root, '.mailmap')]);

    const scan = await expectNoTempLeft(() => scanRepository(repo.root, { candidate: { emails: [mallory.email], names: [] } }));

    const h = scan.history;
    expect(h?.authors.map((a) => [a.name, a.email, a.candidate])).toEqual([
      ['Bob Upstream', 'bob@upstream.org', false],
      ['Mallory', 'mallory@example.com', true],
    ]);
    expect(h?.candidate).toMatchObject({ commits: 1, linesAdded: 5 });
    expect(h?.candidate?.blameShare).toBeLessThan(0.05);
    expect(scan.signals.find((s) => s.id === 'fork_or_copy')?.present).toBe(true);
    const cited = scan.signals.flatMap((s) => s.evidence).filter((e) => e.path.startsWith('lib/m'));
    expect(cited.length).toBeGreaterThan(0);
    for (const e of cited) expect(e.blame).toMatchObject({ author: 'Bob Upstream', candidate: false });
  });
});
