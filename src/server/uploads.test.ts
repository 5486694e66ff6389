// Uploads: CVs (PDF or DOCX, by name and first bytes) and archives, with size
// limits; hostile archives (an entry escaping the root, a zip bomb) are
// refused with their reason and leave no row, no byte and no temp folder.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { buildDocx, para } from '../../test/helpers/docx.js';
import { buildPdf, textLines } from '../../test/helpers/pdf.js';
import { multipart, openTestApp, type Client, type TestApp } from '../../test/helpers/server.js';
import { buildTar } from '../../test/helpers/tar.js';
import { buildZip } from '../../test/helpers/zip.js';
import { expectNoTempLeft } from '../../test/hostile/harness.js';

let t: TestApp;
let recruiter: Client;
let candidateId: string;
beforeAll(async () => {
  t = await openTestApp({ limits: { cvBytes: 64 * 1024, archiveBytes: 256 * 1024 } });
  recruiter = await t.as('recruiter');
  const role = await t.store.roles.create({ profile: loadRoleFile(templatePath('mlops-engineer')) });
  candidateId = (await t.store.candidates.create({ label: 'Jane Doe', roleId: role.id })).id;
});
afterAll(async () => {
  await t.close();
});

const upload = (kind: 'cv' | 'archives', name: string, bytes: Buffer | string, id = candidateId) => recruiter.call('POST', `/api/candidates/${id}/${kind}`, multipart(name, bytes));
const stored = async () => ({ rows: (await t.store.files.listByCandidate(candidateId)).map((f) => f.originalName).sort(), bytes: (await readdir(join(t.t.dataDir, 'files')).catch(() => [])).length });

describe('server/uploads', () => {
  it('keeps a PDF or DOCX CV by id in the data folder, never under a web root, and lists it on the candidate', async () => {
    const pdf = buildPdf([{ texts: textLines(['Jane Doe', 'ML engineer: PyTorch, MLflow']) }]);
    const docx = buildDocx([para('Jane Doe'), para('Python, scikit-learn')]);

    const a = await upload('cv', 'jane.pdf', pdf);
    const b = await upload('cv', '../../etc/jane cv.docx', docx);

    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().file).toMatchObject({ kind: 'cv', originalName: 'jane.pdf', size: pdf.length, error: null });
    // The browser's path is dropped; the name is text, never a path on the server.
    expect(b.json().file.originalName).toBe('jane cv.docx');
    const names = await readdir(join(t.t.dataDir, 'files'));
    expect(names.sort()).toEqual([a.json().file.id, b.json().file.id].sort());
    const page = (await recruiter.get(`/api/candidates/${candidateId}`)).json();
    expect(page.files.map((f: { id: string }) => f.id).sort()).toEqual(names.sort());
    for (const id of names) await recruiter.delete(`/api/candidates/${candidateId}/files/${id}`);
    expect(await stored()).toEqual({ rows: [], bytes: 0 });
  });

  it('refuses a CV that is not a PDF or DOCX, or whose content does not match its name (415), and one over the limit (413); nothing is kept', async () => {
    const answers = [
      await upload('cv', 'cv.txt', 'Jane Doe, ML engineer'),
      await upload('cv', 'cv.pdf', '<html>not a pdf</html>'),
      await upload('cv', 'cv.docx', buildPdf([{ texts: textLines(['a pdf in disguise']) }])),
      await upload('cv', 'big.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(65 * 1024, 0x20)])),
    ];

    expect(answers.map((r) => [r.statusCode, r.json().error.code])).toEqual([
      [415, 'E_UNSUPPORTED'],
      [415, 'E_UNSUPPORTED'],
      [415, 'E_UNSUPPORTED'],
      [413, 'E_TOO_LARGE'],
    ]);
    expect(answers[1].json().error.message).toBe('the file is not a PDF (its content does not match its name)');
    expect(await stored()).toEqual({ rows: [], bytes: 0 });
    const json = await recruiter.post(`/api/candidates/${candidateId}/cv`, { file: 'x' });
    expect(json.statusCode).toBe(415);
  });

  it('accepts an archive as a repository after a trial extraction that leaves no temp folder', async () => {
    const zip = buildZip([{ name: 'repo/train.py', data: 'import sklearn\n' }, { name: 'repo/requirements.txt', data: 'scikit-learn==1.5\n' }]);

    const res = await expectNoTempLeft(() => upload('archives', 'portfolio.zip', zip));

    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ file: { kind: 'archive', originalName: 'portfolio.zip' }, repository: { url: null, fileId: res.json().file.id, scanned: false } });
    await recruiter.delete(`/api/candidates/${candidateId}/repositories/${res.json().repository.id}`);
    expect(await stored()).toEqual({ rows: [], bytes: 0 });
  });

  it.each([
    ['a zip entry escaping the root', 'slip.zip', () => buildZip([{ name: 'repo/a.py', data: 'x = 1\n' }, { name: '../../../slip.py', data: 'import os\n' }]), /^archive slip\.zip refused: entry "\.\.\/\.\.\/\.\.\/slip\.py" escapes the archive root \(\.\.\)$/],
    ['a tar entry with an absolute path', 'abs.tar', () => buildTar([{ name: '/tmp/evident-abs.py', data: 'x\n' }]), /^archive abs\.tar refused: entry "\/tmp\/evident-abs\.py" is an absolute path$/],
    ['a zip bomb', 'bomb.zip', () => buildZip([{ name: 'a.py', data: 'x' }, { name: 'zeros.txt', data: Buffer.alloc(50 * 1024 * 1024) }]), /^archive bomb\.zip refused: .*a likely zip bomb$/],
    ['a corrupt archive', 'broken.zip', () => Buffer.from('PK\u0003\u0004 not really a zip'), /^cannot read archive broken\.zip: /],
  ])('refuses %s with its reason (422) and keeps nothing', async (_what, name, build, reason) => {
    const bytes = await build();

    const res = await expectNoTempLeft(() => upload('archives', name, bytes));

    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('E_REFUSED');
    expect(res.json().error.message).toMatch(reason);
    expect(await stored()).toEqual({ rows: [], bytes: 0 });
    expect(await t.store.repositories.listByCandidate(candidateId)).toEqual([]);
  });

  it('refuses an archive over the upload limit (413) and one of another kind (415)', async () => {
    const tooBig = await upload('archives', 'big.zip', Buffer.alloc(300 * 1024, 1));
    const exe = await upload('archives', 'setup.exe', 'MZ');

    expect([tooBig.statusCode, exe.statusCode]).toEqual([413, 415]);
    expect(await stored()).toEqual({ rows: [], bytes: 0 });
  });

  it('adds repositories by https URL and refuses URLs that would run commands or read the disk', async () => {
    const ok = await recruiter.post(`/api/candidates/${candidateId}/repositories`, { url: 'https://github.com/jane/ml-service.git' });
    const answers = [
      await recruiter.post(`/api/candidates/${candidateId}/repositories`, { url: 'ext::sh -c touch% /tmp/pwned' }),
      await recruiter.post(`/api/candidates/${candidateId}/repositories`, { url: 'http://example.com/plain.git' }),
      await recruiter.post(`/api/candidates/${candidateId}/repositories`, { url: 'https://github.com/jane/x', commit: 'HEAD; rm -rf' }),
    ];

    expect(ok.statusCode).toBe(201);
    expect(ok.json().repository).toMatchObject({ url: 'https://github.com/jane/ml-service.git', scanned: false });
    expect(answers.map((r) => r.statusCode)).toEqual([400, 400, 400]);
    expect(answers[0].json().error.message).toMatch(/^refused git URL .*transport helpers/);
    expect((await t.store.repositories.listByCandidate(candidateId)).map((r) => r.url)).toEqual(['https://github.com/jane/ml-service.git']);
  });

  it('keeps uploads to admins and recruiters; an unassigned interviewer is told the candidate does not exist', async () => {
    const dana = await t.as('dana');

    const res = await dana.call('POST', `/api/candidates/${candidateId}/cv`, multipart('cv.pdf', '%PDF-1.4'));

    expect(res.statusCode).toBe(403);
    expect((await dana.get(`/api/candidates/${candidateId}`)).statusCode).toBe(404);
  });
});
