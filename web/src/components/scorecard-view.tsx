// A submitted scorecard, read-only: ratings with their notes, ticked red
// flags and the recommendation.
import { COMPETENCIES, INTERVIEW_FLAGS } from '../labels.js';
import type { CompetencyId, InterviewRedFlag, Kit, StoredCard } from '../types.js';
import { RecommendationBadge } from './status.js';
import { num, Table } from './table.js';

export function ScorecardView({ card, kit }: { card: StoredCard; kit?: Kit }) {
  const round = kit?.rounds.find((r) => r.number === card.round);
  const questionTitle = (id: string) => round?.questions.find((q) => q.id === id)?.title ?? kit?.rounds.flatMap((r) => r.questions).find((q) => q.id === id)?.title ?? id;
  const rows: Array<[string, number, string]> = [
    ...Object.entries(card.card.questions).map(([id, r]): [string, number, string] => [questionTitle(id), r.rating, r.note]),
    ...Object.entries(card.card.competencies).map(([id, r]): [string, number, string] => [`${COMPETENCIES[id as CompetencyId]} (competency)`, r!.rating, r!.note]),
  ];
  const flags = (Object.entries(card.card.redFlags) as Array<[InterviewRedFlag, boolean]>).filter(([, v]) => v).map(([k]) => INTERVIEW_FLAGS[k]);
  return (
    <article className="card scorecard-view" aria-label={`Scorecard of ${card.interviewerName}, round ${card.round}`}>
      <div className="card-head">
        <h3>
          {card.interviewerName} <span className="dim">· round {card.round}</span>
        </h3>
        <RecommendationBadge value={card.card.recommendation} />
      </div>
      <Table columns={['Rated', num('Rating'), 'Note']} className="table-compact">
        {rows.map(([t, r, n], i) => (
          <tr key={i}>
            <td>{t}</td>
            <td className="num">
              <span className={`rating-pill rating-${r}`}>{r}/4</span>
            </td>
            <td>{n}</td>
          </tr>
        ))}
      </Table>
      <p className="small">
        <strong>Red flags:</strong> {flags.length ? flags.join('; ') : 'none'}
      </p>
      <p className="dim small">Submitted {new Date(card.submittedAt).toLocaleString('en-GB')}</p>
    </article>
  );
}
