// The report's middle sections, worded as the HTML report: must-haves,
// strengths, red flags (prompts, not verdicts), unverified topics, and the
// claims-vs-evidence matrix.
import type { ReactNode } from 'react';
import type { Assessment } from '../types.js';
import { gateText, rungText } from './wording.js';
import { Table } from '../components/table.js';

export function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p className="dim">{intro}</p>}
      {children}
    </section>
  );
}

function Codes({ items, max = 12 }: { items: readonly string[]; max?: number }) {
  return (
    <span className="codes">
      {items.slice(0, max).map((e, i) => (
        <code key={i}>{e}</code>
      ))}
      {items.length > max && <span className="dim"> +{items.length - max} more</span>}
    </span>
  );
}

export function Gates({ a }: { a: Assessment }) {
  if (a.gates.length === 0) return <Section id="gates" title="Must-haves">{<p className="dim">None in this role.</p>}</Section>;
  return (
    <Section id="gates" title="Must-haves">
      <ul className="gate-list">
        {a.gates.map((g) => {
          const state = g.met ? 'met' : g.unverified ? 'unverified' : 'missed';
          return (
            <li key={`${g.kind}-${g.id}`} className={`gate gate-${state}`}>
              <span className="gate-mark" aria-hidden="true">
                {g.met ? '✔' : g.unverified ? '?' : '✘'}
              </span>
              <span className="gate-text">
                <strong>{g.requirement}</strong> <span className={`gate-state gate-state-${state}`}>{gateText(g)}</span>
                <span className="dim small gate-detail">{g.detail}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

export function Strengths({ a }: { a: Assessment }) {
  return (
    <Section id="strengths" title="Strengths">
      {a.strengths.length === 0 ? (
        <p className="dim">None beyond the scores above.</p>
      ) : (
        <ul className="plain-list">
          {a.strengths.map((s, i) => (
            <li key={i}>
              <code>{s.kind === 'unclaimed' ? (s.name ?? s.id) : s.id}</code> {s.kind === 'unclaimed' && <span className="dim">(not in the CV's claims) </span>}
              {s.detail}
              {s.evidence.length > 0 && (
                <>
                  {' · '}
                  <Codes items={s.evidence} max={2} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function RedFlags({ a }: { a: Assessment }) {
  return (
    <Section id="flags" title="Red flags" intro="Prompts for the interview, not verdicts: the product never rejects anyone.">
      {a.redFlags.length === 0 ? (
        <p>None.</p>
      ) : (
        <div className="flag-list">
          {a.redFlags.map((f) => (
            <article key={f.id} className={`flag flag-${f.severity}`}>
              <h3>
                <span aria-hidden="true">{f.severity === 'warning' ? '⚠ ' : 'ℹ '}</span>
                {f.title} <span className="dim">({f.severity})</span>
              </h3>
              <p>
                {f.reason}. <strong>Ask:</strong> {f.probe}
              </p>
              {f.evidence.length > 0 && (
                <p className="small">
                  <Codes items={f.evidence} />
                </p>
              )}
            </article>
          ))}
        </div>
      )}
    </Section>
  );
}

export function Unverified({ a }: { a: Assessment }) {
  if (a.unverified.length === 0) return null;
  return (
    <Section id="unverified" title="Unverified: ask in the interview" intro="The repositories screened cannot settle these; they are not red flags.">
      <ul className="plain-list">
        {a.unverified.map((u) => (
          <li key={u.id}>
            <strong>{u.title}</strong>: {u.reason}. {u.probe}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function Claims({ a }: { a: Assessment }) {
  if (!a.claims) return <Section id="claims" title="Claims vs evidence">{<p className="dim">No CV was given.</p>}</Section>;
  if (a.claims.length === 0) return <Section id="claims" title="Claims vs evidence">{<p className="dim">The CV claims no tool the analyser knows.</p>}</Section>;
  return (
    <Section
      id="claims"
      title="Claims vs evidence"
      intro="Each tool the CV claims, with the strongest evidence in the repositories: declared → used → project → production. A claim the repositories screened cannot settle is unverified: ask about it."
    >
      <Table columns={['Claimed', 'Rung', 'Evidence']}>
        {a.claims.map((c) => (
          <tr key={c.skill}>
            <th scope="row" className="row-head">
              {c.name ?? c.skill}
            </th>
            <td>
              <span className={`rung rung-${c.rung === 'none' ? 'unverified' : c.rung}`}>{rungText(c)}</span>
            </td>
            <td>{c.evidence.length ? <Codes items={c.evidence} max={4} /> : <span className="dim">—</span>}</td>
          </tr>
        ))}
      </Table>
    </Section>
  );
}

export function Repositories({ a }: { a: Assessment }) {
  return (
    <Section id="repositories" title="Repositories">
      {a.maturity.repositories.length === 0 ? (
        <p className="dim">None scanned.</p>
      ) : (
        <Table columns={['Repository', 'Maturity', 'Missing for the next level']}>
          {a.maturity.repositories.map((r) => (
            <tr key={r.repository}>
              <th scope="row" className="row-head break">
                {r.repository}
              </th>
              <td className="nowrap">
                {r.level} ({r.name})
                {r.worktree && <div className="dim small">{r.worktree}</div>}
              </td>
              <td>{r.missingForNext.join('; ') || '—'}</td>
            </tr>
          ))}
        </Table>
      )}
    </Section>
  );
}
