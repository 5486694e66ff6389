// The decision: the mechanical aggregate of every submitted scorecard (per
// competency mean, spread, disagreement), must-have gates and the
// recommendation, beside the evidence the kit was built from. Staff record it.
import type { ReactNode } from 'react';
import { api } from '../api.js';
import { ScorecardView } from '../components/scorecard-view.js';
import { RecommendationBadge } from '../components/status.js';
import { useAction, useLoad } from '../components/use-load.js';
import { Badge, Button, Card, Empty, ErrorMessage, Loading, Notice } from '../components/ui.js';
import { COMPETENCIES, RECOMMENDATION_ORDER, RECOMMENDATIONS } from '../labels.js';
import type { Decision, DecisionAnswer, Kit, ScorecardsAnswer } from '../types.js';
import { DecisionCompetencies } from './decision-competencies.js';

function Headline({ d, actions }: { d: Decision; actions: ReactNode }) {
  const rec = d.recommendation;
  const tone = rec.value === 'yes' || rec.value === 'strong-yes' ? 'decision-yes' : rec.value ? 'decision-no' : '';
  return (
    <section className="card decision-headline" aria-labelledby="decision-title">
      <div className="decision-top">
        <div>
          <div className="eyebrow">Mechanical recommendation</div>
          <h2 id="decision-title" className={`decision-value ${tone}`}>
            {rec.value ? RECOMMENDATIONS[rec.value] : 'Not enough ratings'}
            {rec.provisional && <Badge tone="warn">provisional</Badge>}
          </h2>
        </div>
        {actions}
      </div>
      <ul className="plain-list decision-reasons">
        {rec.reasons.map((r, i) => (
          <li key={i}>{r}</li>
        ))}
      </ul>
      <dl className="fit-facts decision-facts">
        <div>
          <dt>Interview score</dt>
          <dd>{d.total.score === null ? '—' : `${d.total.score.toFixed(2)} / 4`}</dd>
        </div>
        <div>
          <dt>Role weight rated</dt>
          <dd>{Math.round(d.total.coverage)}%</dd>
        </div>
        <div>
          <dt>Evidence fit</dt>
          <dd>{d.evidence.fit}/100</dd>
        </div>
        <div>
          <dt>Scorecards</dt>
          <dd>{d.scorecards.length}</dd>
        </div>
      </dl>
      <div className="votes" role="group" aria-label="Interviewers' recommendations">
        <span className="votes-label">Interviewers said</span>
        {RECOMMENDATION_ORDER.map((r) => (
          <span key={r} className="vote">
            <RecommendationBadge value={r} /> <strong>{d.interviewerRecommendations[r] ?? 0}</strong>
          </span>
        ))}
      </div>
    </section>
  );
}

function GatesAndFlags({ d }: { d: Decision }) {
  return (
    <div className="grid-2">
      <Card title="Must-haves in the interviews">
        {d.gates.length === 0 ? (
          <p className="dim">None in this role.</p>
        ) : (
          <ul className="gate-list">
            {d.gates.map((g) => {
              const state = g.met === null ? 'unverified' : g.met ? 'met' : 'missed';
              return (
                <li key={g.from} className={`gate gate-${state}`}>
                  <span className="gate-mark" aria-hidden="true">
                    {g.met === null ? '?' : g.met ? '✔' : '✘'}
                  </span>
                  <span className="gate-text">
                    <strong>{g.from}</strong> <span className={`gate-state gate-state-${state}`}>{g.met === null ? 'not rated' : g.met ? 'met' : 'missed'}</span>
                    <span className="dim small gate-detail">
                      {COMPETENCIES[g.competency]}: mean {g.mean === null ? '—' : g.mean.toFixed(1)}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
      <Card title="Red flags ticked">
        {d.redFlags.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="plain-list">
            {d.redFlags.map((f) => (
              <li key={f.id}>
                <strong>{f.title}</strong> <span className="dim">by {f.by.join(', ')}</span>
              </li>
            ))}
          </ul>
        )}
        {d.evidence.redFlags.length > 0 && (
          <>
            <h3 className="subhead">In the evidence</h3>
            <ul className="plain-list">
              {d.evidence.redFlags.map((f) => (
                <li key={f.id}>
                  <span className={f.severity}>{f.reason}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
    </div>
  );
}

export function CandidateDecision({ id, staff }: { id: string; staff: boolean }) {
  const loaded = useLoad<DecisionAnswer>(`/candidates/${id}/decision`);
  const cards = useLoad<ScorecardsAnswer>(`/candidates/${id}/scorecards`);
  const kit = useLoad<{ kit: Kit }>(`/candidates/${id}/kit`);
  const action = useAction();
  if (loaded.status === 403) return <Empty title="Submit your scorecard first">The decision and the other scorecards open once yours is in.</Empty>;
  if (loaded.status === 409 || loaded.status === 404) return <Empty title="No decision yet">It appears once an interview kit exists and scorecards come in.</Empty>;
  if (loaded.error) return <ErrorMessage>{loaded.error}</ErrorMessage>;
  if (!loaded.data) return <Loading label="Loading the decision" />;
  const { decision: d, recorded } = loaded.data;

  const record = async () => {
    const done = await action.run(async () => {
      await api.post(`/candidates/${id}/decision`, {});
      return true;
    });
    if (done) await loaded.reload();
  };

  const actions = staff && (
    <div className="decision-actions">
      <div className="button-row">
        <Button variant="primary" busy={action.busy} onClick={() => void record()} disabled={d.scorecards.length === 0}>
          {recorded ? 'Record again' : 'Record this decision'}
        </Button>
        <a className="btn btn-secondary" href={`/api/candidates/${id}/export`} download>
          Export for ATS (JSON)
        </a>
      </div>
      {recorded && (
        <p className="dim small" role="status">
          Recorded on {new Date(recorded.createdAt).toLocaleString('en-GB')}.
        </p>
      )}
    </div>
  );

  return (
    <div className="stack">
      <ErrorMessage>{action.error}</ErrorMessage>
      <Headline d={d} actions={actions} />
      {d.missingRounds.length > 0 && <Notice tone="warning">No scorecard yet for {d.missingRounds.map((r) => `round ${r.number} (${r.title})`).join(', ')}: the recommendation does not guess them.</Notice>}
      <DecisionCompetencies d={d} kit={kit.data?.kit} />
      <GatesAndFlags d={d} />
      {cards.data && cards.data.scorecards.length > 0 && (
        <section aria-labelledby="cards-title" className="stack">
          <h2 id="cards-title" className="section-title">
            Scorecards
          </h2>
          {cards.data.scorecards.map((c) => (
            <ScorecardView key={`${c.interviewerId}-${c.round}`} card={c} kit={kit.data?.kit} />
          ))}
        </section>
      )}
      <p className="advisory">{d.advisory}</p>
    </div>
  );
}
