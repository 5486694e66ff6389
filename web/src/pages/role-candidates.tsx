// A role's candidates ranked by fit, filterable by status, minimum fit,
// must-haves met and name; the shortlist downloads as CSV. Candidates without
// enough evidence in the repositories screened are listed with their fit but no rank.
import { useState } from 'react';
import { query } from '../api.js';
import { CsvImport } from '../components/csv-import.js';
import { num, Table } from '../components/table.js';
import { RecommendationBadge, StatusBadge } from '../components/status.js';
import { useLoad } from '../components/use-load.js';
import { ButtonLink, Card, Empty, ErrorMessage, Loading, PageHeader } from '../components/ui.js';
import { COMPETENCIES, COMPETENCY_IDS, COMPETENCY_SHORT, STATUSES } from '../labels.js';
import { Link } from '../router.js';
import type { CandidateStatus, RankedRow, Role } from '../types.js';

function FitCell({ r }: { r: RankedRow }) {
  if (r.fit === null) return <span className="dim">—</span>;
  return (
    <span className={`fit-cell${r.coverage?.low ? ' fit-cell-low' : ''}`}>
      <strong>{r.fit}</strong>
      {r.coverage?.low && <span className="visually-hidden"> (not enough evidence in the repositories screened to score)</span>}
    </span>
  );
}

const COLUMNS = [
  num('#'),
  'Candidate',
  num('Fit'),
  num('Coverage'),
  num('Must-haves'),
  ...COMPETENCY_IDS.map((c) => num(<abbr title={COMPETENCIES[c]}>{COMPETENCY_SHORT[c]}</abbr>, { hidePhone: true })),
  num('Flags'),
  num('Cards', { hidePhone: true }),
  'Recommendation',
];

/** One candidate; on phones the cells read as labelled fields (data-label). */
function RankRow({ r }: { r: RankedRow }) {
  const allGates = r.gates.total > 0 && r.gates.met === r.gates.total;
  return (
    <tr>
      <td className="num dim rank-cell" data-label="Rank">
        {r.rank ?? '—'}
      </td>
      <td className="name-cell">
        <Link to={`/candidates/${r.id}`} className="strong-link">
          {r.label}
        </Link>
        {r.status !== 'screened' && (
          <div>
            <StatusBadge status={r.status} />
          </div>
        )}
      </td>
      <td className="num" data-label="Fit">
        <FitCell r={r} />
      </td>
      <td className={`num${r.coverage?.low ? ' low-coverage' : ''}`} data-label="Coverage">
        {r.coverage ? `${r.coverage.share}%` : '—'}
      </td>
      <td className={`num ${allGates ? 'met' : r.gates.total > 0 ? 'missed' : ''}`} data-label="Must-haves">
        {r.fit === null ? '—' : `${r.gates.met}/${r.gates.total}`}
      </td>
      {COMPETENCY_IDS.map((c) => (
        <td key={c} className={`num hide-phone${!r.competencies[c] ? ' zero' : ''}`}>
          {r.competencies[c] ?? '—'}
        </td>
      ))}
      <td className={`num${r.redFlags > 0 ? ' warning' : ' zero'}`} data-label="Red flags">
        {r.fit === null ? '—' : r.redFlags}
      </td>
      <td className="num hide-phone">{r.interviewers > 0 ? `${r.scorecards}/${r.interviewers}` : '—'}</td>
      <td data-label="Recommendation">
        <RecommendationBadge value={r.recommendation} />
      </td>
    </tr>
  );
}

export function RoleCandidatesPage({ id }: { id: string }) {
  const [status, setStatus] = useState<CandidateStatus | ''>('');
  const [minFit, setMinFit] = useState('');
  const [gates, setGates] = useState(false);
  const [q, setQ] = useState('');
  const loaded = useLoad<{ role: Role; candidates: RankedRow[] }>(`/roles/${id}/candidates${query({ status, minFit, gates: gates ? 'met' : undefined, q: q.trim() })}`);
  const role: Role | undefined = loaded.data?.role;
  const rows = loaded.data?.candidates ?? [];

  return (
    <>
      <PageHeader
        title={role ? role.title : 'Candidates'}
        eyebrow="Compare candidates"
        actions={
          <>
            <a className="btn btn-secondary" href={`/api/roles/${id}/shortlist.csv${query({ minFit })}`} download>
              Shortlist (CSV)
            </a>
            <ButtonLink to={`/roles/${id}`} variant="ghost">
              Edit role
            </ButtonLink>
          </>
        }
      >
        <p className="lead">Ranked by evidence fit. Scores are advisory; red flags are prompts for the interview.</p>
      </PageHeader>
      <Card>
        <form className="filters" role="search" aria-label="Filter candidates" onSubmit={(e) => e.preventDefault()}>
          <div className="filter">
            <label htmlFor="f-q">Name</label>
            <input id="f-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Contains…" />
          </div>
          <div className="filter">
            <label htmlFor="f-status">Status</label>
            <select id="f-status" value={status} onChange={(e) => setStatus(e.target.value as CandidateStatus | '')}>
              <option value="">Any</option>
              {(Object.keys(STATUSES) as CandidateStatus[]).map((s) => (
                <option key={s} value={s}>
                  {STATUSES[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="filter">
            <label htmlFor="f-fit">Minimum fit</label>
            <input id="f-fit" type="number" min={0} max={100} inputMode="numeric" value={minFit} onChange={(e) => setMinFit(e.target.value)} placeholder="0" />
          </div>
          <label className="check filter-check">
            <input type="checkbox" checked={gates} onChange={(e) => setGates(e.target.checked)} />
            <span>All must-haves met</span>
          </label>
        </form>
        <ErrorMessage>{loaded.error}</ErrorMessage>
        {!loaded.data ? (
          <Loading />
        ) : rows.length === 0 ? (
          <Empty title="No candidate matches">Change the filters, or add candidates to this role.</Empty>
        ) : (
          <Table className="rank-table" busy={loaded.loading} caption={`Candidates for ${role?.title ?? 'the role'}, best fit first`} columns={COLUMNS}>
            {rows.map((r) => (
              <RankRow key={r.id} r={r} />
            ))}
          </Table>
        )}
        {rows.some((r) => r.coverage?.low) && <p className="dim small">A fit in amber is not a score: the repositories screened speak to too little of the role. Assess these candidates in the interview.</p>}
      </Card>
      <Card title="Add candidates in bulk">
        <CsvImport roleId={id} onImported={loaded.reload} />
      </Card>
    </>
  );
}
