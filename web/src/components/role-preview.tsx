// The live preview of a role change: the weights before and after, and every
// screened candidate's fit, rank and must-haves under the changed profile
// (POST /api/roles/:id/preview; nothing is saved).
import { useEffect, useState } from 'react';
import { api, messageOf } from '../api.js';
import { COMPETENCIES, COMPETENCY_IDS } from '../labels.js';
import type { PreviewRow, RolePreview, RoleProfileChange } from '../types.js';
import { Empty, ErrorMessage } from './ui.js';
import { num, Table } from './table.js';

function share(w: Partial<Record<string, number>>, id: string): number {
  const total = COMPETENCY_IDS.reduce((n, c) => n + (w[c] ?? 0), 0);
  return total > 0 ? Math.round(((w[id] ?? 0) * 100) / total) : 0;
}

function Change({ value, unit = '' }: { value: number | null; unit?: string }) {
  if (value === null || value === 0) return <span className="change change-none">—</span>;
  const up = value > 0;
  return (
    <span className={`change ${up ? 'change-up' : 'change-down'}`}>
      {up ? '▲' : '▼'} {Math.abs(value)}
      {unit}
      <span className="visually-hidden">{up ? ' higher' : ' lower'}</span>
    </span>
  );
}

function rankText(r: PreviewRow['before']): string {
  return r ? `#${r.rank}` : '—';
}

export function RolePreviewPanel({ roleId, change, changed }: { roleId: string; change: RoleProfileChange; changed: boolean }) {
  const [preview, setPreview] = useState<RolePreview>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const key = JSON.stringify(change);

  useEffect(() => {
    let stale = false;
    setBusy(true);
    const timer = setTimeout(() => {
      api
        .post<RolePreview>(`/roles/${roleId}/preview`, { profile: change })
        .then((p) => !stale && (setPreview(p), setError(undefined)))
        .catch((e) => !stale && setError(messageOf(e)))
        .finally(() => !stale && setBusy(false));
    }, 350);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
    // `key` is the change by value: a new object with the same fields asks nothing new.
  }, [roleId, key]);

  return (
    <section className="card preview" aria-labelledby="preview-title" aria-busy={busy}>
      <div className="card-head">
        <h2 id="preview-title">Live preview</h2>
        <span className="dim small" role="status">
          {busy ? 'Updating…' : changed ? 'Unsaved changes shown' : 'No changes yet'}
        </span>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      {preview && (
        <>
          <h3 className="subhead">Emphasis</h3>
          <Table columns={['Competency', num('Before'), num('After')]} className="table-compact">
            {COMPETENCY_IDS.map((id) => (
              <tr key={id} className={share(preview.weights.before, id) !== share(preview.weights.after, id) ? 'row-changed' : undefined}>
                <td>{COMPETENCIES[id]}</td>
                <td className="num">{share(preview.weights.before, id)}%</td>
                <td className="num">
                  <strong>{share(preview.weights.after, id)}%</strong>
                </td>
              </tr>
            ))}
          </Table>
          <h3 className="subhead">Candidates</h3>
          {preview.candidates.length === 0 ? (
            <Empty title="No screened candidates yet">The preview shows how their fit and rank would move.</Empty>
          ) : (
            <Table columns={['Candidate', num('Fit'), num('Change'), num('Rank'), num('Must-haves')]} className="table-compact">
              {preview.candidates.map((c) => (
                <tr key={c.id}>
                  <td>{c.label}</td>
                  <td className="num nowrap">
                    {c.before?.fit ?? '—'} → <strong>{c.after?.fit ?? '—'}</strong>
                  </td>
                  <td className="num">
                    <Change value={c.fitChange} />
                  </td>
                  <td className="num nowrap">
                    {rankText(c.before)} → {rankText(c.after)}
                  </td>
                  <td className="num nowrap">{c.after ? `${c.after.gatesMet}/${c.after.gatesTotal}` : '—'}</td>
                </tr>
              ))}
            </Table>
          )}
        </>
      )}
    </section>
  );
}
