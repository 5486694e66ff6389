// Every candidate, newest first, and the form that adds one to a role; the
// CV, archives and repositories are added on the candidate's page next.
import { useMemo, useState, type FormEvent } from 'react';
import { api } from '../api.js';
import { StatusBadge } from '../components/status.js';
import { useAction, useLoad } from '../components/use-load.js';
import { Button, ButtonLink, Card, Empty, ErrorMessage, Field, Loading, PageHeader } from '../components/ui.js';
import { formatDate } from '../labels.js';
import { Link, navigate } from '../router.js';
import type { Candidate, CandidateSummary, Role } from '../types.js';
import { Table } from '../components/table.js';

const splitList = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

function NewCandidateForm({ roles }: { roles: Role[] }) {
  const [label, setLabel] = useState('');
  const [roleId, setRoleId] = useState('');
  const [emails, setEmails] = useState('');
  const [repos, setRepos] = useState('');
  const action = useAction();
  const chosenRole = roleId || roles[0]?.id || '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { roleId: chosenRole, label: label.trim(), emails: splitList(emails), repositories: splitList(repos) };
    const answer = await action.run(() => api.post<{ candidate: Candidate }>('/candidates', body));
    if (answer) navigate(`/candidates/${answer.candidate.id}`);
  };

  if (roles.length === 0) {
    return (
      <Empty title="Create a role first">
        <p>Candidates are assessed against a role.</p>
        <ButtonLink to="/roles/new" variant="primary">
          New role
        </ButtonLink>
      </Empty>
    );
  }
  return (
    <form onSubmit={submit} className="form-grid" aria-label="Add a candidate">
      <ErrorMessage>{action.error}</ErrorMessage>
      <Field label="Name or label" hint="How your team refers to them.">
        {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} required value={label} onChange={(e) => setLabel(e.target.value)} />}
      </Field>
      <Field label="Role">
        {({ id }) => (
          <select id={id} value={chosenRole} onChange={(e) => setRoleId(e.target.value)}>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Emails (optional)" hint="Used to recognise their commits in git history.">
        {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} value={emails} onChange={(e) => setEmails(e.target.value)} placeholder="name@example.com" />}
      </Field>
      <Field label="Repository URLs (optional)" hint="https:// git URLs; separate several with spaces.">
        {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} value={repos} onChange={(e) => setRepos(e.target.value)} placeholder="https://github.com/name/project" />}
      </Field>
      <div className="form-grid-submit">
        <Button type="submit" variant="primary" busy={action.busy} disabled={!label.trim()}>
          Add candidate
        </Button>
      </div>
    </form>
  );
}

export function CandidatesPage() {
  const candidates = useLoad<{ candidates: CandidateSummary[] }>('/candidates');
  const roles = useLoad<{ roles: Role[] }>('/roles');
  const [filter, setFilter] = useState('');
  const roleTitle = useMemo(() => new Map(roles.data?.roles.map((r) => [r.id, r.title])), [roles.data]);
  const rows = (candidates.data?.candidates ?? []).filter((c) => c.label.toLowerCase().includes(filter.toLowerCase()));

  return (
    <>
      <PageHeader title="Candidates" eyebrow="Hiring">
        <p className="lead">Add a candidate, upload their CV and code, and screen them against the role.</p>
      </PageHeader>
      <Card title="Add a candidate">{roles.data ? <NewCandidateForm roles={roles.data.roles} /> : <Loading />}</Card>
      <Card
        title="All candidates"
        actions={
          <div className="search">
            <label htmlFor="candidate-filter" className="visually-hidden">
              Filter candidates by name
            </label>
            <input id="candidate-filter" type="search" placeholder="Filter by name" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
        }
      >
        <ErrorMessage>{candidates.error}</ErrorMessage>
        {candidates.loading && !candidates.data ? (
          <Loading />
        ) : rows.length === 0 ? (
          <Empty title={filter ? 'No candidate matches' : 'No candidates yet'} />
        ) : (
          <Table columns={['Candidate', 'Role', 'Status', 'Added']}>
            {rows.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/candidates/${c.id}`} className="strong-link">
                    {c.label}
                  </Link>
                </td>
                <td>{c.roleTitle ?? (c.roleId ? roleTitle.get(c.roleId) : undefined) ?? <span className="dim">No role</span>}</td>
                <td>
                  <StatusBadge status={c.status} />
                </td>
                <td className="nowrap">{formatDate(c.createdAt)}</td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
