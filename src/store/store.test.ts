import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { assessmentFor, card, handKit } from '../../test/helpers/interview.js';
import { fakeScan } from '../../test/helpers/scan.js';
import { STORE_FACTORIES, type TestStore } from '../../test/helpers/store.js';
import type { Store } from './index.js';

describe.each(STORE_FACTORIES)('store/$name', (factory) => {
  let t: TestStore;
  let store: Store;
  let clock = new Date('2026-01-01T00:00:00Z');

  beforeEach(async () => {
    clock = new Date('2026-01-01T00:00:00Z');
    t = await factory.create({ now: () => clock });
    store = t.store;
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('creates users with scrypt hashes and authenticates only the right password', async () => {
    const { user } = await store.users.create({ email: ' Ada@Example.com ', role: 'admin', password: 'correct horse battery' });

    expect(user).toMatchObject({ email: 'ada@example.com', role: 'admin', status: 'active' });
    expect(await store.users.authenticate('ada@example.com', 'correct horse battery')).toMatchObject({ id: user.id });
    expect(await store.users.authenticate('ada@example.com', 'wrong password!!')).toBeUndefined();
    expect(await store.users.authenticate('nobody@example.com', 'correct horse battery')).toBeUndefined();
    const row = await store.ctx.db.selectFrom('users').select('passwordHash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(row.passwordHash).not.toContain('horse');
    await expect(store.users.create({ email: 'ada@example.com', role: 'recruiter' })).rejects.toThrow(/exists/);
  });

  it('invites a user who sets a password with the token, once', async () => {
    const { user, inviteToken } = await store.users.create({ email: 'ivan@example.com', role: 'interviewer' });
    expect(user.status).toBe('invited');
    expect(await store.users.authenticate('ivan@example.com', '')).toBeUndefined();

    const accepted = await store.users.acceptInvite(inviteToken as string, 'a long enough password');

    expect(accepted).toMatchObject({ id: user.id, status: 'active' });
    expect(await store.users.acceptInvite(inviteToken as string, 'another long password')).toBeUndefined();
    await expect(store.users.acceptInvite('x', 'short')).rejects.toThrow(/at least 12/);
  });

  it('keeps sessions by token hash, expires them and ends them with the account', async () => {
    const { user } = await store.users.create({ email: 'rita@example.com', role: 'recruiter', password: 'recruiter password' });
    const session = await store.sessions.create(user.id, 60_000);

    expect(await store.sessions.lookup(session.token)).toMatchObject({ user: { id: user.id }, csrfToken: session.csrfToken });
    const stored = await store.ctx.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((s) => s.id)).not.toContain(session.token);
    clock = new Date('2026-01-01T00:02:00Z');
    expect(await store.sessions.lookup(session.token)).toBeUndefined();
    expect(await store.sessions.deleteExpired()).toBe(1);
    const again = await store.sessions.create(user.id);
    await store.users.update(user.id, { status: 'disabled' });
    expect(await store.sessions.lookup(again.token)).toBeUndefined();
  });

  it('stores roles with their profile and blind flag', async () => {
    const profile = loadRoleFile(templatePath('mlops-engineer'));
    const role = await store.roles.create({ profile, blind: true });

    expect(await store.roles.get(role.id)).toEqual({ ...role, profile });
    expect((await store.roles.update(role.id, { blind: false }))?.blind).toBe(false);
    expect(await store.roles.get('../../etc/passwd')).toBeUndefined();
  });

  it('keeps uploaded bytes in the data folder under the file id, with their hash and size', async () => {
    const candidate = await store.candidates.create({ label: 'Jane Doe', emails: ['jane@example.com'] });
    const bytes = Buffer.from('%PDF-1.4 not really a pdf');
    const file = await store.files.put({ candidateId: candidate.id, kind: 'cv', originalName: '../../Jane Doe CV.pdf', content: bytes });

    expect(file).toMatchObject({ sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, originalName: '../../Jane Doe CV.pdf' });
    expect(await readdir(join(t.dataDir, 'files'))).toEqual([file.id]);
    expect(await store.files.read(file.id)).toEqual(bytes);
    const copy = await store.files.materialize(file.id, t.dataDir);
    expect(copy).toBe(join(t.dataDir, 'Jane_Doe_CV.pdf'));
    expect(await readFile(copy)).toEqual(bytes);
  });

  it('refuses a file past the size limit and leaves nothing behind', async () => {
    const candidate = await store.candidates.create({ label: 'x' });
    async function* chunks() {
      for (let i = 0; i < 10; i++) yield Buffer.alloc(1000, 1);
    }

    await expect(store.files.put({ candidateId: candidate.id, kind: 'archive', originalName: 'a.zip', content: chunks(), maxBytes: 5000 })).rejects.toThrow(/larger than/);

    expect(await readdir(join(t.dataDir, 'files'))).toEqual([]);
    expect(await store.files.listByCandidate(candidate.id)).toEqual([]);
  });

  it('keeps one scan result per commit and analyser version, and runs racing work once', async () => {
    const key = { commit: 'a'.repeat(40), analyserVersion: '0.2.0', variant: '' };
    const stored = { scan: fakeScan('shop', { tests: true }), snippets: { 'tests/test_x.py:1': 'def test_x():' } };
    let runs = 0;
    async function scanOnce(): Promise<string> {
      return store.scans.withLock(key, async () => {
        const found = await store.scans.findId(key);
        if (found) return found;
        runs++;
        await new Promise((r) => setTimeout(r, 20));
        return store.scans.save(key, stored);
      });
    }

    const ids = await Promise.all([scanOnce(), scanOnce(), scanOnce()]);

    expect(runs).toBe(1);
    expect(new Set(ids).size).toBe(1);
    expect(await store.scans.save(key, stored)).toBe(ids[0]);
    expect(await store.scans.count()).toBe(1);
    expect(await store.scans.get(ids[0])).toEqual(stored);
  });

  it('writes stage results once per key and validates them both ways', async () => {
    const role = await store.roles.create({ profile: loadRoleFile(templatePath('mlops-engineer')) });
    const candidate = await store.candidates.create({ label: 'mlops', roleId: role.id });
    const assessment = assessmentFor('mlops');

    await store.assessments.save({ candidateId: candidate.id, roleId: role.id, assessment });
    const again = await store.assessments.save({ candidateId: candidate.id, roleId: role.id, assessment: { ...assessment, fit: 1 } });

    expect(again.assessment.fit).toBe(1);
    expect(await store.assessments.listByRole(role.id)).toHaveLength(1);
    await expect(store.assessments.save({ candidateId: candidate.id, roleId: role.id, assessment: { ...assessment, fit: 'high' as unknown as number } })).rejects.toThrow(/does not match/);
    await store.ctx.db.updateTable('assessments').set({ result: '{"schemaVersion":"9"}' }).execute();
    await expect(store.assessments.get(candidate.id, role.id)).rejects.toThrow(/stored assessment/);
  });

  it('keeps scorecard drafts editable and a submitted scorecard final', async () => {
    const { user } = await store.users.create({ email: 'i1@example.com', role: 'interviewer', password: 'interviewer one!' });
    const candidate = await store.candidates.create({ label: 'c' });
    await store.kits.save({ candidateId: candidate.id, kit: handKit() });
    await store.assignments.assign(candidate.id, user.id, 1);
    await store.assignments.assign(candidate.id, user.id, 1);

    await store.scorecards.saveDraft(candidate.id, user.id, 1, { round: 1, questions: { q1: { rating: 3 } } });
    expect(await store.scorecards.listSubmitted(candidate.id)).toEqual([]);
    await store.scorecards.submit(candidate.id, user.id, card(1, 'i1', { q1: 3 }));

    expect(await store.assignments.listByCandidate(candidate.id)).toHaveLength(1);
    expect(await store.candidates.listForInterviewer(user.id)).toMatchObject([{ id: candidate.id }]);
    expect(await store.scorecards.hasSubmitted(candidate.id, user.id)).toBe(true);
    await expect(store.scorecards.saveDraft(candidate.id, user.id, 1, { round: 1 })).rejects.toThrow(/already submitted/);
    await expect(store.scorecards.submit(candidate.id, user.id, card(1, 'i1', { q1: 1 }))).rejects.toThrow(/already submitted/);
    expect((await store.scorecards.listSubmitted(candidate.id)).map((s) => s.card.questions.q1.rating)).toEqual([3]);
    expect((await store.kits.get(candidate.id))?.id).toBe(handKit().id);
  });

  it('records audit entries as codes, never free text', async () => {
    await store.audit.record({ actorId: null, action: 'view', subjectType: 'candidate', subjectId: 'c1', detail: 'report.view' });

    await expect(store.audit.record({ actorId: null, action: 'view', subjectType: 'candidate', subjectId: 'c1', detail: 'viewed Jane Doe' })).rejects.toThrow(/code/);
    expect(await store.audit.list({ subjectId: 'c1' })).toMatchObject([{ action: 'view', detail: 'report.view', at: '2026-01-01T00:00:00.000Z' }]);
  });
});
