// Deleting a candidate leaves nothing about them: every table is read back
// whole and searched for their id, name, email, file hash and text (interview
// notes and discovered profiles included), and the data folder is listed.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { parseCv } from '../cv/index.js';
import { decide } from '../interview/index.js';
import { analyseNotes } from '../notes/index.js';
import { assessmentFor, card, handKit } from '../../test/helpers/interview.js';
import { fakeScan } from '../../test/helpers/scan.js';
import { STORE_FACTORIES, type TestStore } from '../../test/helpers/store.js';
import { TABLES, type Store } from './index.js';

const SHARED_COMMIT = 'b'.repeat(40);

async function seedCandidate(store: Store, label: string, email: string, roleId: string, interviewerId: string) {
  const candidate = await store.candidates.create({ label, roleId, emails: [email], names: [label] });
  const cvText = `# ${label}\n\n${email}\n\n## Experience\n\nML engineer, 2020 – Present: PyTorch and MLflow.\n`;
  const cv = await store.files.put({ candidateId: candidate.id, kind: 'cv', originalName: `${label}.md`, content: Buffer.from(cvText) });
  const archive = await store.files.put({ candidateId: candidate.id, kind: 'archive', originalName: `${label}.zip`, content: Buffer.from(`zip of ${label}`) });
  const shared = await store.repositories.add({ candidateId: candidate.id, url: 'https://github.com/org/shared' });
  const own = await store.repositories.add({ candidateId: candidate.id, fileId: archive.id });
  const sharedScan = await store.scans.save({ commit: SHARED_COMMIT, analyserVersion: '0.2.0', variant: '' }, { scan: fakeScan('org/shared', { tests: true }), snippets: {} });
  const ownScan = await store.scans.save({ commit: `sha256:${archive.sha256}`, analyserVersion: '0.2.0', variant: '' }, { scan: fakeScan(label, { ci: true }), snippets: { 'x.py:1': label } });
  await store.repositories.setScan(shared.id, sharedScan);
  await store.repositories.setScan(own.id, ownScan);
  const cvResult = await parseCv(await store.files.read(cv.id), `${label}.md`, { now: new Date('2026-01-01') });
  await store.cvResults.save({ fileId: cv.id, candidateId: candidate.id, analyserVersion: '0.2.0', result: cvResult });
  const assessment = { ...assessmentFor('mlops'), candidate: { label, blind: false } };
  const stored = await store.assessments.save({ candidateId: candidate.id, roleId, assessment });
  await store.kits.save({ candidateId: candidate.id, assessmentId: stored.id, kit: handKit() });
  await store.assignments.assign(candidate.id, interviewerId, 1);
  const scorecard = card(1, 'i1', { q1: 3 });
  await store.scorecards.submit(candidate.id, interviewerId, scorecard);
  await store.decisions.save({ candidateId: candidate.id, decidedBy: interviewerId, decision: decide(handKit(), [scorecard]) });
  const login = email.split('@')[0].replace(/\W/g, '-');
  const profile = { service: 'github' as const, user: login, from: 'cv' as const, url: `github.com/${login}`, status: 'ok' as const, found: 0 };
  await store.discoveries.save({ candidateId: candidate.id, cvFileId: cv.id, request: { github: [login] }, result: { schemaVersion: '1.0', asOf: '2026-01-01', maxRepos: 6, profiles: [profile], repos: [], identity: { emails: [email] }, notes: [] } });
  await store.discoveries.setChoice(candidate.id, [], interviewerId);
  const transcript = `Interviewer: Walk me through the serving code.\n${label}: I wrote the FastAPI service for ${label} Labs and its tests.`;
  const notes = analyseNotes({ text: transcript, format: 'text' }, handKit(), undefined, { candidate: label });
  await store.notes.save({ candidateId: candidate.id, interviewerId, round: 1, source: `${label} interview.txt`, analysis: notes });
  await store.audit.record({ actorId: interviewerId, action: 'view', subjectType: 'candidate', subjectId: candidate.id, detail: 'report.view' });
  await store.ctx.db
    .insertInto('jobs')
    .values({ id: `job-${label}`, name: 'scan-repository', payload: JSON.stringify({ repositoryId: own.id }), candidateId: candidate.id, singletonKey: null, state: 'queued', attempts: 0, maxAttempts: 3, error: null, runAfter: '', createdAt: '', startedAt: null, finishedAt: null })
    .execute();
  return { candidate, cv, archive, sharedScan, ownScan };
}

async function everyRow(store: Store): Promise<Record<string, string>> {
  const dump: Record<string, string> = {};
  for (const table of TABLES) dump[table] = JSON.stringify(await store.ctx.db.selectFrom(table).selectAll().execute());
  return dump;
}

describe.each(STORE_FACTORIES)('store/erase $name', (factory) => {
  let t: TestStore;

  beforeEach(async () => {
    t = await factory.create();
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('removes every row, file and cached result about a candidate; a scan shared with another stays until both are gone', async () => {
    const store = t.store;
    const role = await store.roles.create({ profile: loadRoleFile(templatePath('mlops-engineer')) });
    const { user } = await store.users.create({ email: 'i1@example.com', role: 'interviewer', password: 'interviewer one!' });
    const jane = await seedCandidate(store, 'Jane Zabriskie', 'jane.zabriskie@example.org', role.id, user.id);
    const omar = await seedCandidate(store, 'Omar Quist', 'omar.quist@example.org', role.id, user.id);

    const report = await store.deleteCandidate(jane.candidate.id, user.id);

    expect(report).toMatchObject({ files: 2, sharedScansKept: 1, rows: { candidates: 1, files: 2, repositories: 2, scanResults: 1, jobs: 1, discoveries: 1, interviewNotes: 1 } });
    const dump = await everyRow(store);
    const janeTraces = [jane.candidate.id, 'Zabriskie', 'jane.zabriskie', jane.cv.id, jane.archive.id, jane.archive.sha256, jane.cv.sha256, jane.ownScan];
    for (const [table, rows] of Object.entries(dump)) {
      for (const trace of janeTraces) {
        // The audit log names the candidate by opaque id only: the view and the deletion stay recorded.
        if (table === 'auditLog' && trace === jane.candidate.id) continue;
        expect({ table, found: rows.includes(trace) }).toEqual({ table, found: false });
      }
    }
    expect(JSON.parse(dump.auditLog).filter((e: { subjectId: string }) => e.subjectId === jane.candidate.id).map((e: { action: string }) => e.action).sort()).toEqual(['delete', 'view']);
    expect((await readdir(join(t.dataDir, 'files'))).sort()).toEqual([omar.cv.id, omar.archive.id].sort());
    expect(await store.scans.get(omar.sharedScan)).toBeDefined();
    expect(dump.candidates).toContain('Omar Quist');

    await store.deleteCandidate(omar.candidate.id, user.id);

    const after = await everyRow(store);
    for (const table of TABLES) {
      if (table === 'users' || table === 'auditLog' || table === 'roles') continue;
      expect({ table, rows: JSON.parse(after[table]) }).toEqual({ table, rows: [] });
    }
    expect(await readdir(join(t.dataDir, 'files'))).toEqual([]);
  });

  it('answers undefined for an unknown candidate and deletes nothing', async () => {
    const candidate = await t.store.candidates.create({ label: 'kept' });

    expect(await t.store.deleteCandidate('0f8fad5b-d9cb-469f-a165-70867728950e')).toBeUndefined();
    expect(await t.store.deleteCandidate("x' or 1=1 --")).toBeUndefined();
    expect(await t.store.candidates.get(candidate.id)).toBeDefined();
  });
});
