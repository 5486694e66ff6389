// Admins: invite people as admin, recruiter or interviewer (the invitation
// link is shown once), change a role, disable or remove an account.
import { useState, type FormEvent } from 'react';
import { api } from '../api.js';
import { useAction, useLoad } from '../components/use-load.js';
import { Badge, Button, Card, ErrorMessage, Field, Loading, Notice, PageHeader } from '../components/ui.js';
import { formatDate, USER_ROLES } from '../labels.js';
import { useUser } from '../session.js';
import type { User, UserRole } from '../types.js';
import { Table } from '../components/table.js';

const ROLE_HELP: Record<UserRole, string> = {
  admin: 'everything, including users and the audit log',
  recruiter: 'roles, candidates, interviews and decisions',
  interviewer: 'only the candidates assigned to them',
};

function InviteForm({ onInvited }: { onInvited: (user: User, link: string) => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>('interviewer');
  const action = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const answer = await action.run(() => api.post<{ user: User; invitePath: string }>('/users', { email: email.trim(), role, ...(name.trim() ? { name: name.trim() } : {}) }));
    if (!answer) return;
    onInvited(answer.user, new URL(answer.invitePath, location.origin).toString());
    setEmail('');
    setName('');
  };

  return (
    <form onSubmit={submit} className="form-grid" aria-label="Invite a user">
      <ErrorMessage>{action.error}</ErrorMessage>
      <Field label="Email">{({ id }) => <input id={id} type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}</Field>
      <Field label="Name (optional)">{({ id }) => <input id={id} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
      <Field label="Role" hint={ROLE_HELP[role]}>
        {({ id, describedBy }) => (
          <select id={id} aria-describedby={describedBy} value={role} onChange={(e) => setRole(e.target.value as UserRole)}>
            {(Object.keys(USER_ROLES) as UserRole[]).map((r) => (
              <option key={r} value={r}>
                {USER_ROLES[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-grid-submit">
        <Button type="submit" variant="primary" busy={action.busy}>
          Invite
        </Button>
      </div>
    </form>
  );
}

const STATUS_TEXT: Record<User['status'], string> = { active: 'Active', invited: 'Invited', disabled: 'Disabled' };

function statusTone(status: User['status']) {
  return status === 'active' ? 'ok' : status === 'invited' ? 'info' : 'neutral';
}

export function UsersPage() {
  const me = useUser();
  const users = useLoad<{ users: User[] }>('/users');
  const [invited, setInvited] = useState<{ user: User; link: string }>();
  const action = useAction();

  const change = (id: string, body: Partial<Pick<User, 'role' | 'status'>>) => action.run(async () => {
    await api.patch(`/users/${id}`, body);
    await users.reload();
  });
  const remove = (u: User) => {
    if (!window.confirm(`Remove ${u.email}? Their assignments and scorecards go too.`)) return;
    void action.run(async () => {
      await api.delete(`/users/${u.id}`);
      await users.reload();
    });
  };

  return (
    <>
      <PageHeader title="Users" eyebrow="Team">
        <p className="lead">Invite the people who screen and interview. An invitation link works once.</p>
      </PageHeader>
      <Card title="Invite someone">
        <InviteForm
          onInvited={(user, link) => {
            setInvited({ user, link });
            void users.reload();
          }}
        />
        {invited && (
          <Notice tone="success">
            <strong>{invited.user.email}</strong> is invited as {USER_ROLES[invited.user.role].toLowerCase()}. Send them this link (it is shown only now):
            <code className="invite-link">{invited.link}</code>
          </Notice>
        )}
      </Card>
      <Card title="Everyone">
        <ErrorMessage>{users.error ?? action.error}</ErrorMessage>
        {users.loading && !users.data ? (
          <Loading />
        ) : (
          <Table columns={['Name', 'Email', 'Role', 'Status', 'Since', <span className="visually-hidden">Actions</span>]} className="table-middle">
            {users.data?.users.map((u) => (
              <tr key={u.id}>
                <td>{u.name || <span className="dim">—</span>}</td>
                <td>{u.email}</td>
                <td>
                  <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                    Role of {u.email}
                  </label>
                  <select id={`role-${u.id}`} className="select-compact" value={u.role} disabled={u.id === me.id || action.busy} onChange={(e) => void change(u.id, { role: e.target.value as UserRole })}>
                    {(Object.keys(USER_ROLES) as UserRole[]).map((r) => (
                      <option key={r} value={r}>
                        {USER_ROLES[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <Badge tone={statusTone(u.status)}>{STATUS_TEXT[u.status]}</Badge>
                </td>
                <td className="nowrap">{formatDate(u.createdAt)}</td>
                <td className="row-actions">
                  {u.id !== me.id && u.status !== 'invited' && (
                    <Button className="btn-small" onClick={() => void change(u.id, { status: u.status === 'disabled' ? 'active' : 'disabled' })}>
                      {u.status === 'disabled' ? 'Enable' : 'Disable'}
                    </Button>
                  )}
                  {u.id !== me.id && (
                    <Button className="btn-small" variant="ghost" onClick={() => remove(u)}>
                      Remove
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
