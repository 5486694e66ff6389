import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, openTestApp, PASSWORD, type TestApp } from '../../test/helpers/server.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('server/users', () => {
  it('an admin invites a user, who sets a password through the link and is signed in with that role', async () => {
    const admin = await t.as('admin');

    const invited = await admin.post('/api/users', { email: 'Ivy@Example.com', role: 'interviewer', name: 'Ivy Ng' });

    expect(invited.statusCode).toBe(201);
    const { user, inviteToken, invitePath } = invited.json();
    expect(user).toMatchObject({ email: 'ivy@example.com', role: 'interviewer', status: 'invited', name: 'Ivy Ng' });
    expect(invitePath).toBe(`/invite/${inviteToken}`);
    const ivy = new Client(t.app);
    await ivy.refresh();
    expect((await ivy.post('/api/auth/invitations/accept', { token: inviteToken, password: 'short' })).json().error.code).toBe('E_INVALID');
    const accepted = await ivy.post('/api/auth/invitations/accept', { token: inviteToken, password: 'a long enough passphrase' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({ email: 'ivy@example.com', status: 'active' });
    expect((await ivy.get('/api/auth/session')).json().user.role).toBe('interviewer');
    const again = new Client(t.app);
    await again.refresh();
    expect((await again.post('/api/auth/invitations/accept', { token: inviteToken, password: 'another long passphrase' })).statusCode).toBe(404);
    expect((await new Client(t.app).signIn('ivy@example.com', 'a long enough passphrase')).statusCode).toBe(200);
  });

  it('a recruiter or an interviewer cannot manage users (403); a recruiter lists who can be assigned', async () => {
    const recruiter = await t.as('recruiter');
    const dana = await t.as('dana');
    const target = t.users.lee.id;

    for (const client of [recruiter, dana]) {
      const answers = [
        await client.get('/api/users'),
        await client.post('/api/users', { email: 'x@example.com', role: 'admin' }),
        await client.patch(`/api/users/${target}`, { role: 'admin' }),
        await client.delete(`/api/users/${target}`),
        await client.get('/api/audit'),
      ];
      expect(answers.map((r) => r.statusCode)).toEqual([403, 403, 403, 403, 403]);
      expect(answers[1].json().error).toEqual({ code: 'E_FORBIDDEN', message: 'only an admin manages users' });
    }
    expect((await t.store.users.get(target))?.role).toBe('interviewer');
    const listed = await recruiter.get('/api/interviewers');
    expect(listed.json().users.map((u: { email: string }) => u.email)).toContain('lee@example.com');
    expect((await dana.get('/api/interviewers')).statusCode).toBe(403);
  });

  it('an admin changes a role, disables a user (their sessions end) and cannot lock themselves out', async () => {
    const admin = await t.as('admin');
    const { user } = (await admin.post('/api/users', { email: 'temp@example.com', role: 'recruiter' })).json();
    await t.store.users.setPassword(user.id, PASSWORD);
    await t.store.users.update(user.id, { status: 'active' });
    const temp = new Client(t.app);
    await temp.signIn('temp@example.com', PASSWORD);

    const promoted = await admin.patch(`/api/users/${user.id}`, { role: 'admin' });
    const disabled = await admin.patch(`/api/users/${user.id}`, { status: 'disabled' });

    expect(promoted.json().user.role).toBe('admin');
    expect(disabled.json().user.status).toBe('disabled');
    expect((await temp.get('/api/roles')).statusCode).toBe(401);
    expect((await admin.patch(`/api/users/${t.users.admin.id}`, { status: 'disabled' })).statusCode).toBe(409);
    expect((await admin.delete(`/api/users/${t.users.admin.id}`)).statusCode).toBe(409);
    expect((await admin.delete(`/api/users/${user.id}`)).statusCode).toBe(204);
    expect(await t.store.users.get(user.id)).toBeUndefined();
    expect((await admin.post('/api/users', { email: 'rita@example.com', role: 'admin' })).json().error.code).toBe('E_EXISTS');
    const log = (await admin.get(`/api/audit?subjectId=${user.id}`)).json().entries.map((e: { detail: string }) => e.detail);
    expect(log).toEqual(['user.delete', 'user.update', 'user.update', 'session.start', 'user.invite']);
  });
});
