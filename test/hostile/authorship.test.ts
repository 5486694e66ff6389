// Hostile histories against the authorship stage: a trailer flood in a
// commit message, and own files at HEAD that are FIFOs or symlinks out of the
// repository (read for generated markers and notebook code shares).
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TRAILERS_PER_COMMIT, parseCoAuthors } from '../../src/history/coauthors.js';
import { generatedAtHead } from '../../src/history/own-source.js';
import { notebookScales } from '../../src/history/shares.js';
import { scanRepository } from '../../src/pipeline.js';
import { buildGitRepo } from '../helpers/git.js';
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
});
