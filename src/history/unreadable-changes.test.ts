// Real-people review (P5, P6): a commit whose diff fails on one missing blob
// (a snapshot without its large files) was read as names only. A teammate's
// notebook that the candidate moved in such a commit became "written by the
// candidate" (the move was not seen as a rename, and the mover's zero-line
// entry made them its only author); and a 447-file first upload with one
// missing binary lost all its lines, so the neutral "one upload" note was not
// given. Such a commit is now read around its missing blobs: exact renames by
// object id, lines of every readable file, and no one credited with what
// stays unknown.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, gitIn, pyLines } from '../../test/helpers/git.js';
import { notebook } from '../../test/helpers/notebook.js';
import { scanRepository } from '../app/pipeline.js';
import { fileOwners } from './attribute.js';
import { withCandidateRepo } from './git.js';
import { readLog, type LogResult } from './log.js';
import { candidateUploads, uploadNote } from './verdict.js';

const CAND = { name: 'Sam Candidate', email: 'sam@example.com' };
const EVA = { name: 'Eva Teammate', email: 'eva@example.org' };
const ME = { emails: [CAND.email], names: [] };
const day = (d: number) => `2025-02-${String(d).padStart(2, '0')}T10:00:00Z`;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A notebook of many JSON lines (indented), using GradientBoosting. */
const gbNotebook = () =>
  JSON.stringify(
    JSON.parse(
      notebook([
        'import pandas as pd\nfrom sklearn.ensemble import GradientBoostingClassifier\n',
        `df = pd.read_csv("q.csv")\n${Array.from({ length: 30 }, (_, i) => `f${i} = df["c${i}"]\n`).join('')}`,
        'gb = GradientBoostingClassifier(n_estimators=100)\ngb.fit(df[["a"]], df["y"])\n',
      ]),
    ),
    null,
    1,
  );

async function build(commits: Parameters<typeof buildGitRepo>[0]) {
  const repo = await buildGitRepo(commits);
  cleanups.push(repo.cleanup);
  return repo.root;
}

/** Deletes the object of `rev` (e.g. `HEAD:demo.mp4`) from the repository, as a snapshot without large files has it. */
function dropBlob(root: string, rev: string): Promise<void> {
  const sha = gitIn(root, ['rev-parse', rev]).trim();
  return rm(join(root, '.git', 'objects', sha.slice(0, 2), sha.slice(2)));
}

const read = (root: string) => withCandidateRepo(root, (repo) => readLog(repo), (reason) => ({ commits: [], gaps: { reason, unreadableCommits: 0, truncated: true } }) as LogResult);

describe('history: commits read around missing blobs', () => {
  it("a teammate's notebook moved by the candidate in a commit that also adds a missing blob stays the teammate's", async () => {
    const root = await build([
      { ...EVA, date: day(1), files: { 'ques_classifier.ipynb': gbNotebook(), 'q.csv': 'a,y\n1,0\n' } },
      { ...CAND, date: day(2), files: { 'bot.py': pyLines(40, 'bot') } },
      { ...CAND, date: day(3), files: { 'demo.mp4': 'not really a video\n'.repeat(100) }, moves: { 'ques_classifier.ipynb': 'other/ques_classifier.ipynb', 'q.csv': 'data/q.csv' }, message: 'Code cleanup' },
    ]);
    await dropBlob(root, 'HEAD:demo.mp4');
    await dropBlob(root, 'HEAD:data/q.csv');
    // Plain git cannot diff that commit.
    expect(() => gitIn(root, ['diff-tree', '-r', '-M', '--numstat', 'HEAD'], {})).toThrow();

    const log = await read(root);
    const cleanup = log.commits[0];
    expect(cleanup.unread).toBeUndefined();
    expect(cleanup.renames).toEqual(expect.arrayContaining([['ques_classifier.ipynb', 'other/ques_classifier.ipynb'], ['q.csv', 'data/q.csv']]));
    expect([...(cleanup.unknownPaths ?? [])]).toEqual(['demo.mp4']);
    expect(log.gaps).toBeUndefined();
    expect(fileOwners(log.commits, ['other/ques_classifier.ipynb']).get('other/ques_classifier.ipynb')).toMatchObject({ author: EVA.name });

    const scan = await scanRepository(root, { candidate: ME });
    const gb = scan.signals.find((s) => s.id === 'classical_ml')?.evidence.filter((e) => e.path === 'other/ques_classifier.ipynb') ?? [];
    expect(gb.length).toBeGreaterThan(0);
    for (const e of gb) expect(e.blame).toMatchObject({ author: EVA.name, candidate: false, scope: 'file' });
    // A missing video changes no share: the history is complete for authorship.
    expect(scan.history?.partial).toBeUndefined();
  });

  it("a notebook moved and edited in a commit whose old version is missing is of unknown authorship, never the mover's", async () => {
    const root = await build([
      { ...EVA, date: day(1), files: { 'nb.ipynb': gbNotebook() } },
      { ...CAND, date: day(2), files: { 'bot.py': pyLines(40, 'bot') } },
      // A move that also edits (not an exact rename), with the old version's blob missing.
      { ...CAND, date: day(3), files: { 'other/nb.ipynb': gbNotebook().replace('n_estimators=100', 'n_estimators=300') }, moves: { 'nb.ipynb': 'other/nb.ipynb' } },
    ]);
    await dropBlob(root, 'HEAD~1:nb.ipynb');

    const log = await read(root);
    expect(log.commits.filter((c) => c.unread).length).toBeGreaterThan(0);
    expect(fileOwners(log.commits, ['other/nb.ipynb']).has('other/nb.ipynb')).toBe(false);

    const scan = await scanRepository(root, { candidate: ME });
    const gb = scan.signals.find((s) => s.id === 'classical_ml')?.evidence.filter((e) => e.path === 'other/nb.ipynb') ?? [];
    expect(gb.length).toBeGreaterThan(0);
    for (const e of gb) expect(e.blame).toBeUndefined();
  });

  it('an added file that may be the renamed copy of a deleted file whose blob is missing is of unknown origin', async () => {
    const root = await build([
      { ...EVA, date: day(1), files: { 'lib/model.py': pyLines(120, 'm') } },
      { ...CAND, date: day(2), files: { 'bot.py': pyLines(10, 'bot') } },
    ]);
    // One commit deletes lib/model.py and adds an edited copy elsewhere (git would call it a rename), and a note.
    gitIn(root, ['rm', '-q', 'lib/model.py']);
    await writeFile(join(root, 'model_v2.py'), pyLines(120, 'm').replace('m_0 = 0', 'm_0 = 1'));
    await writeFile(join(root, 'notes.md'), '# notes\n');
    gitIn(root, ['add', '-A']);
    const who = { GIT_AUTHOR_NAME: CAND.name, GIT_AUTHOR_EMAIL: CAND.email, GIT_COMMITTER_NAME: CAND.name, GIT_COMMITTER_EMAIL: CAND.email };
    gitIn(root, ['commit', '-q', '-m', 'restructure'], { ...who, GIT_AUTHOR_DATE: day(3), GIT_COMMITTER_DATE: day(3) });
    await dropBlob(root, 'HEAD~2:lib/model.py');

    const log = await read(root);
    const [restructure] = log.commits;

    expect(restructure.unread).toBeUndefined();
    expect(restructure.perPath.get('notes.md')).toBe(1);
    expect(restructure.perPath.get('model_v2.py')).toBe(0);
    expect([...(restructure.unknownPaths ?? [])]).toEqual(['model_v2.py']);
    expect(fileOwners(log.commits, ['model_v2.py']).has('model_v2.py')).toBe(false);
  });

  it('a first upload with one missing binary keeps the lines of its other files and gets the upload note', async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`proj${i % 3}/m${i}.py`, pyLines(40, `m${i}`)]));
    const root = await build([
      { ...CAND, date: day(1), files: { ...files, 'selenium/src/chromedriver': '\u0000ELF binary\n'.repeat(300), 'README.md': '# portfolio\n' }, message: 'Initial commit: portfolio' },
      { ...CAND, date: day(2), files: { 'README.md': '# portfolio\nmore\n' } },
    ]);
    await dropBlob(root, 'HEAD:selenium/src/chromedriver');

    const scan = await scanRepository(root, { candidate: ME });

    expect(scan.history?.partial).toBeUndefined();
    expect(scan.history?.bulkImports).toEqual([expect.objectContaining({ first: true, candidate: true, addedFiles: 12, linesAdded: 480 })]);
    const [upload] = candidateUploads(scan.history!);
    expect(uploadNote(upload)).toBe('the history starts with one upload of 12 files: it cannot show how the code was developed');
  });

  it('a missing blob of own code keeps the history partial and the commit unmeasured', async () => {
    const root = await build([
      { ...EVA, date: day(1), files: { 'lib/base.py': pyLines(300, 'b') } },
      { ...CAND, date: day(2), files: { 'app/mine.py': pyLines(400, 'a'), 'app/small.py': pyLines(5, 's') } },
    ]);
    await dropBlob(root, 'HEAD:app/mine.py');

    const scan = await scanRepository(root, { candidate: ME });

    expect(scan.history?.partial?.reason).toContain('the lines of 1 own-code file in 1 commit could not be read');
    expect(scan.history?.candidate?.unmeasuredCommits).toBe(1);
    // Its code may be what is missing: never "taken".
    expect(scan.signals.find((s) => s.id === 'fork_or_copy')?.present).toBeNull();
  });
});
