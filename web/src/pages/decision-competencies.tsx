// The decision's competency table: the evidence score beside the interview
// mean, the spread of the interviewers' values and where they disagree (two
// points or more apart), then the questions they disagree on.
import { Badge, Card } from '../components/ui.js';
import { COMPETENCIES } from '../labels.js';
import type { Decision, Kit } from '../types.js';
import { num, Table } from '../components/table.js';

const mean = (v: number | null) => (v === null ? '—' : v.toFixed(1));

export function DecisionCompetencies({ d, kit }: { d: Decision; kit?: Kit }) {
  const disputed = d.questions.filter((q) => q.disagreement);
  const title = (id: string) => kit?.rounds.flatMap((r) => r.questions).find((q) => q.id === id)?.title ?? id;
  return (
    <Card title="Competencies: interviews beside the evidence">
      <Table columns={['Competency', num('Role weight'), num(<>Evidence <span className="th-unit">/100</span></>), num(<>Interviews <span className="th-unit">/4</span></>), num('Spread'), 'Interviewers']} className="decision-table">
        {d.competencies.map((c) => (
          <tr key={c.id} className={c.disagreement ? 'row-disagree' : undefined}>
            <th scope="row" className="row-head">
              {COMPETENCIES[c.id]}
            </th>
            <td className="num">{Math.round(c.roleWeight)}%</td>
            <td className="num">{c.evidenceScore ?? '—'}</td>
            <td className="num">
              <strong>{mean(c.mean)}</strong>
            </td>
            <td className="num">
              {c.votes.length > 1 ? c.spread.toFixed(1) : '—'} {c.disagreement && <Badge tone="warn">disagree</Badge>}
            </td>
            <td className="small">{c.votes.length === 0 ? <span className="dim">not rated</span> : c.votes.map((v) => `${v.interviewer} ${v.value.toFixed(1)}`).join(' · ')}</td>
          </tr>
        ))}
      </Table>
      {disputed.length > 0 && (
        <>
          <h3 className="subhead">Questions the interviewers disagree on</h3>
          <ul className="plain-list">
            {disputed.map((q) => (
              <li key={q.id}>
                <strong>{title(q.id)}</strong> ({COMPETENCIES[q.competency]}): {q.ratings.map((r) => `${r.interviewer} ${r.rating}`).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
