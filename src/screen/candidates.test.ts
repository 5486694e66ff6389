import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRepo } from '../../test/helpers/repo.js';
import { readBatch } from './candidates.js';
import { formatCsv, parseCsv } from '../util/csv.js';

describe('screen/candidates', () => {
  it('reads one folder per candidate: CV, repository folders, archives, repos.txt and candidate.yaml', async () => {
    const { root, cleanup } = await buildRepo({
      'alice/notes.md': 'not the CV',
      'alice/Alice-CV.md': '# Alice',
      'alice/proj/app.py': 'print(1)\n',
      'alice/old.zip': 'PK',
      'alice/repos.txt': '# portfolio\nhttps://github.com/alice/x.git#v1\n./more/lib  # local\n',
      'alice/more/lib/x.py': 'print(2)\n',
      'alice/candidate.yaml': 'emails: [alice@example.com]\nnames: Alice Martin\n',
      'bob/resume.pdf': '%PDF-1.4',
      'bob/cover.txt': 'hello',
      'carol/readme.md': 'nothing usable',
    });

    const batch = await readBatch(root);
    await cleanup();

    expect(batch).toEqual([
      {
        id: 'alice',
        input: {
          label: '',
          fallbackLabel: 'alice',
          cv: join(root, 'alice/Alice-CV.md'),
          repos: [join(root, 'alice/more'), join(root, 'alice/proj'), join(root, 'alice/old.zip'), 'https://github.com/alice/x.git#v1', join(root, 'alice/more/lib')],
          emails: ['alice@example.com'],
          names: ['Alice Martin'],
        },
      },
      { id: 'bob', input: { label: '', fallbackLabel: 'bob', cv: join(root, 'bob/resume.pdf'), repos: [], emails: [], names: [] } },
      { id: 'carol', error: 'no CV file and no repositories in the folder' },
    ]);
  });

  it('reports an invalid candidate.yaml for that candidate only', async () => {
    const { root, cleanup } = await buildRepo({ 'a/cv.md': '# A', 'a/candidate.yaml': 'emails: [x]\nphone: 1\n', 'b/cv.md': '# B' });

    const batch = await readBatch(root);
    await cleanup();

    expect(batch[0]).toEqual({ id: 'a', error: expect.stringMatching(/^a\/candidate\.yaml:2: phone/) });
    expect(batch[1].input?.cv).toBe(join(root, 'b/cv.md'));
  });

  it('reads a CSV manifest (id, cv, repos ;-separated, emails, names), paths relative to it', async () => {
    const { root, cleanup } = await buildRepo({
      'batch.csv': 'id,cv,repos,emails,names\r\nc1,cvs/one.pdf,"r/a; https://gitlab.com/x/y.git",a@x.org;b@y.org,"Doe, Jane"\r\nc2,,r/b,,\r\nc1,x.md,,,\r\nc3,,,,\r\n',
    });

    const batch = await readBatch(join(root, 'batch.csv'));
    await cleanup();

    expect(batch).toEqual([
      { id: 'c1', input: { label: '', fallbackLabel: 'c1', cv: join(root, 'cvs/one.pdf'), repos: [join(root, 'r/a'), 'https://gitlab.com/x/y.git'], emails: ['a@x.org', 'b@y.org'], names: ['Doe, Jane'] } },
      { id: 'c2', input: { label: '', fallbackLabel: 'c2', repos: [join(root, 'r/b')], emails: [], names: [] } },
      { id: 'c1 (row 4)', error: 'duplicate id c1' },
      { id: 'c3', error: 'row 5: no cv and no repos' },
    ]);
  });

  it('a manifest without the needed columns is a usage error', async () => {
    const { root, cleanup } = await buildRepo({ 'm.csv': 'name,file\nx,y\n' });

    await expect(readBatch(join(root, 'm.csv'))).rejects.toThrow(/needs an id column/);
    await cleanup();
  });
});

describe('screen/csv', () => {
  it('round-trips quotes, commas and line breaks, and defuses formulas', () => {
    const rows = [['a', 'b,c', 'say "hi"', 'two\nlines', '=HYPERLINK("x")', 3]];

    const text = formatCsv(rows);

    expect(text).toBe('a,"b,c","say ""hi""","two\nlines","\'=HYPERLINK(""x"")",3\r\n');
    expect(parseCsv(text)).toEqual([['a', 'b,c', 'say "hi"', 'two\nlines', '\'=HYPERLINK("x")', '3']]);
  });
});
