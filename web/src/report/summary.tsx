// The top of the evidence report: the fit with its evidence coverage, the
// headline counts, what the interview must cover, authorship notes, the
// advisory line, and the radar beside the competency table.
import { ScoreBar } from '../components/ui.js';
import type { Assessment } from '../types.js';
import { Radar } from './radar.js';
import { coverageText, interviewAreas, isAuthorshipNote, isEvidenced, NO_EVIDENCE_SCORE } from './wording.js';
import { num, Table } from '../components/table.js';

export function FitSummary({ a }: { a: Assessment }) {
  const met = a.gates.filter((g) => g.met).length;
  const areas = interviewAreas(a);
  const authorship = a.notes.filter(isAuthorshipNote);
  const contact = a.candidate.identity ? [...a.candidate.identity.emails, ...a.candidate.identity.links] : [];
  return (
    <section className="fit-summary" aria-labelledby="fit-title">
      <div className="fit-block">
        <h2 id="fit-title" className="visually-hidden">
          Fit
        </h2>
        <div className={`fit-number${a.coverage.low ? ' fit-low' : ''}`}>
          <span className="fit-value">{a.fit}</span>
          <span className="fit-of">/100 fit</span>
        </div>
        <p className={a.coverage.low ? 'low-coverage' : 'dim'}>{coverageText(a)}</p>
        <div className={`coverage-meter${a.coverage.low ? ' coverage-low' : ''}`} aria-hidden="true">
          <span style={{ width: `${Math.max(0, Math.min(100, a.coverage.share))}%` }} />
        </div>
      </div>
      <dl className="fit-facts">
        <div>
          <dt>Must-haves met</dt>
          <dd>
            {met} of {a.gates.length}
          </dd>
        </div>
        <div>
          <dt>Red flags</dt>
          <dd>{a.redFlags.length}</dd>
        </div>
        <div>
          <dt>Best maturity</dt>
          <dd>level {a.maturity.best}</dd>
        </div>
        <div>
          <dt>As of</dt>
          <dd>{a.asOf}</dd>
        </div>
      </dl>
      <div className="fit-notes">
        {contact.length > 0 && <p className="dim small">{contact.join(' · ')}</p>}
        {a.candidate.identity?.cvFile && (
          <p className="dim small">
            CV: <code>{a.candidate.identity.cvFile}</code>
          </p>
        )}
        {areas && <p className="interview-areas">{areas}</p>}
        {authorship.length > 0 && (
          <ul className="authorship">
            {authorship.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        )}
        <p className="advisory">{a.advisory}</p>
      </div>
    </section>
  );
}

export function Competencies({ a }: { a: Assessment }) {
  const raise = a.competencies.filter((c) => c.toRaise.length > 0 && c.roleWeight > 0);
  return (
    <section className="report-section" aria-labelledby="competencies-title">
      <h2 id="competencies-title">Competencies</h2>
      <div className="summary-grid">
        <Radar competencies={a.competencies} />
        <Table columns={['Competency', num('Score'), num('Role weight')]} className="competency-table">
          {a.competencies.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="row-head">
                {c.title}
              </th>
              <td className="num">
                {/* Nothing screened speaks to it: no bar and no 0, which would read as "has no skill". */}
                {isEvidenced(c) ? <ScoreBar value={c.score} label={`${c.title}: ${c.score} of 100`} /> : <span className="dim">{NO_EVIDENCE_SCORE}</span>}
              </td>
              <td className="num">{Math.round(c.roleWeight)}%</td>
            </tr>
          ))}
        </Table>
      </div>
      {raise.length > 0 && (
        <>
          <h3 className="subhead">To raise it</h3>
          <dl className="to-raise">
            {raise.map((c) => (
              <div key={c.id}>
                <dt>{c.title}</dt>
                <dd>{c.toRaise.join('; ')}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
