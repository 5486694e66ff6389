// Admins: who viewed, changed or deleted what, newest first.
import { useLoad } from '../components/use-load.js';
import { Card, Empty, ErrorMessage, Loading, PageHeader } from '../components/ui.js';
import type { AuditEntry, User } from '../types.js';
import { Table } from '../components/table.js';

export function AuditPage() {
  const entries = useLoad<{ entries: AuditEntry[] }>('/audit?limit=200');
  const users = useLoad<{ users: User[] }>('/users');
  const nameOf = (id: string | null) => {
    if (!id) return 'system';
    const u = users.data?.users.find((x) => x.id === id);
    return u ? u.name || u.email : id.slice(0, 8);
  };
  return (
    <>
      <PageHeader title="Audit log" eyebrow="Team">
        <p className="lead">Every read of a candidate's data and every change, with who did it. Names and CV text are never stored here.</p>
      </PageHeader>
      <Card>
        <ErrorMessage>{entries.error}</ErrorMessage>
        {entries.loading && !entries.data ? (
          <Loading />
        ) : entries.data?.entries.length === 0 ? (
          <Empty title="Nothing recorded yet" />
        ) : (
          <Table columns={['When', 'Who', 'Action', 'Subject', 'Detail']}>
            {entries.data?.entries.map((e) => (
              <tr key={e.id}>
                <td className="nowrap">{new Date(e.at).toLocaleString('en-GB')}</td>
                <td>{nameOf(e.actorId)}</td>
                <td>{e.action}</td>
                <td>
                  {e.subjectType} <code>{e.subjectId.slice(0, 8)}</code>
                </td>
                <td className="dim">{e.detail ?? ''}</td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
