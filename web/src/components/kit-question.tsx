// One kit question as the interviewer reads it: the prompt, why it was
// chosen, follow-ups, what to listen for, answers that are red flags, and the
// 1–4 rubric.
import { COMPETENCIES } from '../labels.js';
import type { KitQuestion } from '../types.js';

const KINDS: Record<KitQuestion['kind'], string> = {
  behavioural: 'Behavioural',
  technical: 'Technical',
  hypothetical: 'Hypothetical',
  'evidence-deep-dive': 'Evidence deep-dive',
};

function reasonText(r: KitQuestion['reasons'][number]): string {
  switch (r.kind) {
    case 'core':
      return 'asked of every candidate for the role';
    case 'claim':
      return `the CV claims ${r.tool} without evidence`;
    case 'red-flag':
      return `probes a red flag${r.finding ? `: ${r.finding}` : ''}`;
    case 'topic':
      return `the repositories screened cannot settle it: ${r.finding}`;
    case 'evidence':
      return `their code: ${r.location}`;
    case 'coverage':
      return 'fills the role’s emphasis';
  }
}

function Points({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((f, i) => (
          <li key={i}>{f}</li>
        ))}
      </ul>
    </>
  );
}

export function KitQuestionView({ q, showRubric = true }: { q: KitQuestion; showRubric?: boolean }) {
  return (
    <div className="kit-question">
      <div className="kit-question-head">
        <strong>{q.title}</strong>
        <span className="dim small">
          {KINDS[q.kind]} · {COMPETENCIES[q.competency]} · {q.minutes} min
        </span>
      </div>
      <p className="kit-prompt">{q.prompt}</p>
      {q.reasons.length > 0 && <p className="dim small">Why: {q.reasons.map(reasonText).join('; ')}</p>}
      <Points title="Follow-ups" items={q.followUps} />
      <Points title="Listen for" items={q.listenFor} />
      <Points title="Red-flag answers" items={q.redFlagAnswers} />
      {showRubric && (
        <dl className="rubric">
          {(['1', '2', '3', '4'] as const).map((k) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{q.rubric[k]}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
