// Candidates end to end through the API: create with a repository URL, upload
// a CV and an archive, screen in the background with live progress (SSE),
// read the assessment and the ranked table, and delete everything about them.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, cvText } from '../../test/helpers/candidate.js';
import { buildPdf, textLines } from '../../test/helpers/pdf.js';
import { buildScreeningInputs, type ScreeningInputs } from '../../test/helpers/screening.js';
import { multipart, openTestApp, type Client, type TestApp } from '../../test/helpers/server.js';
import { storedFileNames, tracesLeft } from '../../test/helpers/traces.js';

let inputs: ScreeningInputs;
beforeAll(async () => {
  inputs = await buildScreeningInputs();
});
afterAll(async () => {
  await inputs.cleanup();
});

let t: TestApp;
let recruiter: Client;
beforeEach(async () => {
  t = await openTestApp({ work: true });
  recruiter = await t.as('recruiter');
});
afterEach(async () => {
  await t.close();
});

/** The events of a finished server-sent event stream, in order. */
function eventsOf(body: string): Array<{ event: string; data: Record<string, unknown> }> {
  return body
    .split('\n\n')
    .filter((block) => block.startsWith('event: '))
    .map((block) => {
      const [event, data] = block.split('\n');
      return { event: event.slice('event: '.length), data: JSON.parse(data.slice('data: '.length)) };
    });
}

const cvPdf = () => buildPdf([{ texts: textLines(cvText(ALICE).split('\n').filter((l) => l.trim()).slice(0, 30).map((l) => l.replace(/^#+ /, ''))) }]);

describe('server/candidates', () => {
  it('creates a candidate, uploads their CV and archive, screens them with live progress, and shows the assessment and rank', async () => {
    const role = (await recruiter.post('/api/roles', { template: 'mlops-engineer' })).json().role;
    const created = await recruiter.post('/api/candidates', { roleId: role.id, label: ALICE.name, emails: [ALICE.email], repositories: [inputs.gitUrl] });
    expect(created.statusCode).toBe(201);
    const id = created.json().candidate.id;
    expect((await recruiter.call('POST', `/api/candidates/${id}/cv`, multipart('alice.pdf', cvPdf()))).statusCode).toBe(201);
    expect((await recruiter.call('POST', `/api/candidates/${id}/archives`, multipart('portfolio.zip', inputs.zip))).statusCode).toBe(201);
    expect((await recruiter.get(`/api/candidates/${id}/assessment`)).json().error.code).toBe('E_NOT_READY');

    const started = await recruiter.post(`/api/candidates/${id}/screen`);
    const stream = await recruiter.get(`/api/candidates/${id}/events`);

    expect(started.statusCode).toBe(202);
    expect(started.json().jobs).toHaveLength(3);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const events = eventsOf(stream.body);
    expect(events[0]).toEqual({ event: 'status', data: { status: 'screening', error: null } });
    expect(events.at(-1)).toEqual({ event: 'end', data: { status: 'screened' } });
    expect(events.some((e) => e.event === 'job' && e.data.status === 'completed' && e.data.name === 'assess-candidate')).toBe(true);
    expect(events.some((e) => e.event === 'progress' && e.data.phase === 'walk')).toBe(true);
    const assessment = (await recruiter.get(`/api/candidates/${id}/assessment`)).json();
    expect(assessment).toMatchObject({ roleId: role.id, assessment: { role: { name: 'mlops-engineer' }, candidate: { label: ALICE.name } } });
    expect(assessment.assessment.claims.length).toBeGreaterThan(0);
    const page = (await recruiter.get(`/api/candidates/${id}`)).json();
    expect(page).toMatchObject({ candidate: { status: 'screened', error: null }, hasAssessment: true, hasKit: false });
    expect(page.repositories.map((r: { scanned: boolean }) => r.scanned)).toEqual([true, true]);
    const table = (await recruiter.get(`/api/roles/${role.id}/candidates`)).json();
    expect(table.candidates[0]).toMatchObject({ id, rank: 1, fit: assessment.assessment.fit });
    // Screening again redoes nothing that has a result: only the assessment is queued.
    expect((await recruiter.post(`/api/candidates/${id}/screen`)).json().jobs).toHaveLength(1);
  });

  it('deletes a candidate and everything about them: rows, files, cached results; the audit log keeps only their opaque id', async () => {
    const role = (await recruiter.post('/api/roles', { template: 'mlops-engineer' })).json().role;
    // No git identities: her scan of the shared URL is the same result as Omar's (one row, shared).
    const jane = (await recruiter.post('/api/candidates', { roleId: role.id, label: 'Jane Zabriskie' })).json().candidate;
    const omar = (await recruiter.post('/api/candidates', { roleId: role.id, label: 'Omar Quist', repositories: [inputs.gitUrl] })).json().candidate;
    const janeCv = buildPdf([{ texts: textLines(['Jane Zabriskie', 'jane.zabriskie@example.org', 'Experience', 'ML engineer, 2020 - Present: PyTorch, MLflow, Docker']) }]);
    const cv = (await recruiter.call('POST', `/api/candidates/${jane.id}/cv`, multipart('jane.pdf', janeCv))).json().file;
    const archive = (await recruiter.call('POST', `/api/candidates/${jane.id}/archives`, multipart('jane-portfolio.zip', inputs.zipFor(7)))).json().file;
    await recruiter.post(`/api/candidates/${jane.id}/repositories`, { url: inputs.gitUrl });
    for (const id of [jane.id, omar.id]) {
      await recruiter.post(`/api/candidates/${id}/screen`);
      await recruiter.get(`/api/candidates/${id}/events`);
    }
    const omarScans = (await t.store.repositories.listByCandidate(omar.id)).map((r) => r.scanId as string);
    const janeScans = (await t.store.repositories.listByCandidate(jane.id)).map((r) => r.scanId as string);
    const ownScan = janeScans.find((s) => !omarScans.includes(s)) as string;
    expect(janeScans).toContain(omarScans[0]);
    const dana = await t.as('dana');

    const refused = await dana.delete(`/api/candidates/${jane.id}`);
    const deleted = await recruiter.delete(`/api/candidates/${jane.id}`);

    expect(refused.statusCode).toBe(404);
    expect(deleted.statusCode).toBe(204);
    expect((await recruiter.get(`/api/candidates/${jane.id}`)).statusCode).toBe(404);
    const traces = [jane.id, 'Zabriskie', 'jane.zabriskie', cv.id, archive.id, cv.sha256, archive.sha256, 'jane-portfolio.zip', ownScan];
    expect(await tracesLeft(t.store, traces, [jane.id])).toEqual([]);
    expect(await storedFileNames(t.t.dataDir)).toEqual([]);
    expect(await t.store.scans.get(omarScans[0])).toBeDefined();
    const log = await t.store.audit.list({ subjectId: jane.id });
    expect(log.map((e) => e.detail)).toContain('candidate.erase');
    expect(log.find((e) => e.detail === 'candidate.erase')?.actorId).toBe(t.users.recruiter.id);
  });

  it('lists candidates for staff, only assigned ones for an interviewer, and changes a candidate', async () => {
    const role = (await recruiter.post('/api/roles', { template: 'mlops-engineer' })).json().role;
    const a = (await recruiter.post('/api/candidates', { roleId: role.id, label: 'A' })).json().candidate;
    const b = (await recruiter.post('/api/candidates', { roleId: role.id, label: 'B' })).json().candidate;
    await t.store.assignments.assign(b.id, t.users.dana.id, 1);
    const dana = await t.as('dana');

    const staffList = (await recruiter.get('/api/candidates')).json().candidates.map((c: { label: string }) => c.label);
    const danaList = (await dana.get('/api/candidates')).json().candidates.map((c: { id: string }) => c.id);
    const changed = await recruiter.patch(`/api/candidates/${a.id}`, { label: 'A. Person', emails: ['a@example.org'] });

    expect(staffList).toEqual(['A', 'B']);
    expect(danaList).toEqual([b.id]);
    expect(changed.json().candidate).toMatchObject({ label: 'A. Person', emails: ['a@example.org'] });
    expect((await dana.patch(`/api/candidates/${b.id}`, { label: 'x' })).statusCode).toBe(403);
    expect((await dana.get(`/api/candidates/${a.id}/assessment`)).statusCode).toBe(404);
    expect((await dana.get(`/api/candidates/${a.id}/events`)).statusCode).toBe(404);
    expect((await recruiter.post('/api/candidates', { roleId: role.id, label: 'C', repositories: ['ext::sh -c id'] })).statusCode).toBe(400);
    expect((await recruiter.get('/api/candidates')).json().candidates).toHaveLength(2);
  });
});
