// Issue 14, real-people review: the upload note counted every file the
// commit touched ("one upload of 41 files" for a commit that added 12 and
// edited the rest). It counts only own-code files the commit ADDED (git's
// status A): not files it modified or deleted, nor a licence or a lock file.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, gitIn, pyLines } from '../../test/helpers/git.js';
import { scanRepository } from '../app/pipeline.js';
import { candidateUploads, uploadNote } from './verdict.js';

const ALICE = { name: 'Alice Liddell', email: 'alice@corp.example' };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('history: the upload note counts files added', () => {
  it('an upload that adds 3 own files, edits 2, deletes 1 and adds a licence and a lock file uploaded 3 files', async () => {
    const repo = await buildGitRepo([
      { ...ALICE, date: '2025-01-01T10:00:00Z', files: { 'app/a.py': pyLines(10, 'a'), 'app/b.py': pyLines(10, 'b'), 'app/old.py': pyLines(10, 'o') } },
    ]);
    cleanups.push(repo.cleanup);
    const w = (p: string, text: string) => writeFile(join(repo.root, p), text);
    await w('app/a.py', `${pyLines(10, 'a')}${pyLines(40, 'a2')}`);
    await w('app/b.py', `${pyLines(10, 'b')}${pyLines(40, 'b2')}`);
    await rm(join(repo.root, 'app/old.py'));
    await w('app/c.py', pyLines(300, 'c'));
    await w('app/d.py', pyLines(100, 'd'));
    await w('app/e.py', pyLines(100, 'e'));
    await w('LICENSE', 'MIT License\n'.repeat(20));
    await w('uv.lock', 'version = 1\n'.repeat(500));
    gitIn(repo.root, ['add', '-A']);
    const env = { GIT_AUTHOR_NAME: ALICE.name, GIT_AUTHOR_EMAIL: ALICE.email, GIT_COMMITTER_NAME: ALICE.name, GIT_COMMITTER_EMAIL: ALICE.email };
    gitIn(repo.root, ['commit', '-q', '-m', 'upload the rest'], { ...env, GIT_AUTHOR_DATE: '2025-01-02T10:00:00Z', GIT_COMMITTER_DATE: '2025-01-02T10:00:00Z' });

    const scan = await scanRepository(repo.root, { candidate: { emails: [ALICE.email], names: [] } });
    const uploads = candidateUploads(scan.history!);
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatchObject({ addedFiles: 3, linesAdded: 580 });
    expect(uploadNote(uploads[0])).toMatch(/^one commit on 2025-01-02 uploaded 3 files \(\d+% of the own code\)/);
    expect(scan.signals.find((s) => s.id === 'fork_or_copy')?.note).toContain('uploaded 3 files');
  });

  it('an upload that only edits files already there (one new file) gets no upload note', async () => {
    const repo = await buildGitRepo([
      { ...ALICE, date: '2025-01-01T10:00:00Z', files: { 'app/a.py': pyLines(10, 'a'), 'app/b.py': pyLines(10, 'b') } },
      { ...ALICE, date: '2025-01-02T10:00:00Z', files: { 'app/a.py': `${pyLines(10, 'a')}${pyLines(200, 'x')}`, 'app/b.py': `${pyLines(10, 'b')}${pyLines(200, 'y')}`, 'app/c.py': pyLines(5, 'c') } },
    ]);
    cleanups.push(repo.cleanup);
    const scan = await scanRepository(repo.root, { candidate: { emails: [ALICE.email], names: [] } });
    expect(scan.history?.bulkImports).toEqual([expect.objectContaining({ addedFiles: 1, files: 3 })]);
    expect(candidateUploads(scan.history!)).toEqual([]);
  });
});
