// The scorecard form of one round: a 1–4 rating and a required note per
// question and focus competency, red-flag checkboxes, and an overall
// recommendation with no neutral option. The draft is saved as it is filled.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../api.js';
import { COMPETENCIES, INTERVIEW_FLAGS, RATINGS, RECOMMENDATION_ORDER, RECOMMENDATIONS } from '../labels.js';
import type { CompetencyId, InterviewRedFlag, KitRound, Recommendation, ScorecardDraftForm, ScorecardForm } from '../types.js';
import { KitQuestionView } from './kit-question.js';
import { useAction } from './use-load.js';
import { Button, ErrorMessage } from './ui.js';

type Draft = { rating?: number; note?: string };

function RatingInput({ name, legend, value, onChange, rubric }: { name: string; legend: string; value: Draft; onChange: (d: Draft) => void; rubric?: Record<string, string> }) {
  const missingNote = value.rating !== undefined && !value.note?.trim();
  return (
    <fieldset className="rating">
      <legend>{legend}</legend>
      <div className="rating-options">
        {([1, 2, 3, 4] as const).map((r) => (
          <label key={r} className={`rating-option${value.rating === r ? ' checked' : ''}`}>
            <input type="radio" name={name} value={r} checked={value.rating === r} onChange={() => onChange({ ...value, rating: r })} />
            <span className="rating-num">{r}</span>
            <span className="rating-text">{rubric?.[String(r)] ?? RATINGS[r]}</span>
          </label>
        ))}
      </div>
      <label className="note-label" htmlFor={`${name}-note`}>
        Note {value.rating !== undefined && <span className="required">(required)</span>}
      </label>
      <textarea
        id={`${name}-note`}
        rows={2}
        value={value.note ?? ''}
        aria-invalid={missingNote || undefined}
        aria-describedby={missingNote ? `${name}-error` : undefined}
        onChange={(e) => onChange({ ...value, note: e.target.value })}
        placeholder="What did they say or do that supports this rating?"
      />
      {missingNote && (
        <p id={`${name}-error`} className="field-error">
          A note is required for every rating.
        </p>
      )}
    </fieldset>
  );
}

function problems(round: KitRound, d: ScorecardDraftForm): string[] {
  const all: Array<[string, Draft | undefined]> = [
    ...round.scorecard.questions.map((q): [string, Draft | undefined] => [round.questions.find((x) => x.id === q)?.title ?? q, d.questions?.[q]]),
    ...round.scorecard.competencies.map((c): [string, Draft | undefined] => [COMPETENCIES[c], d.competencies?.[c]]),
  ];
  const out = all.filter(([, v]) => v?.rating !== undefined && !v.note?.trim()).map(([t]) => `add a note to your rating of “${t}”`);
  if (!all.some(([, v]) => v?.rating !== undefined)) out.push('rate at least one question or competency');
  if (!d.recommendation) out.push('choose an overall recommendation');
  return out;
}

function formOf(round: KitRound, d: ScorecardDraftForm): ScorecardForm {
  const rated = <K extends string>(m: Partial<Record<K, Draft>> | undefined) =>
    Object.fromEntries(Object.entries(m ?? {}).flatMap(([k, v]) => ((v as Draft).rating ? [[k, { rating: (v as Draft).rating!, note: (v as Draft).note!.trim() }]] : []))) as Record<K, { rating: number; note: string }>;
  return { round: round.number, questions: rated(d.questions), competencies: rated<CompetencyId>(d.competencies), redFlags: d.redFlags ?? {}, recommendation: d.recommendation! };
}

export function ScorecardFormView({
  candidateId,
  round,
  initial,
  onSubmitted,
  applied,
}: {
  candidateId: string;
  round: KitRound;
  initial: ScorecardDraftForm | null;
  onSubmitted: () => void;
  /** A suggestion from the interview notes the interviewer accepted: that question's rating (their own note kept). */
  applied?: { questionId: string; rating: number; note: string; seq: number };
}) {
  const [draft, setDraft] = useState<ScorecardDraftForm>(() => ({ ...(initial ?? {}), round: round.number }));
  const [savedAt, setSavedAt] = useState<string>();
  const [shown, setShown] = useState<string[]>([]);
  const action = useAction();
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => {
      api.put(`/candidates/${candidateId}/scorecards/draft`, draft).then(
        () => setSavedAt(new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })),
        () => setSavedAt(undefined),
      );
    }, 800);
    return () => clearTimeout(timer);
  }, [candidateId, draft]);

  useEffect(() => {
    if (!applied || !round.scorecard.questions.includes(applied.questionId)) return;
    setDraft((d) => {
      const old: Draft = d.questions?.[applied.questionId] ?? {};
      return { ...d, questions: { ...d.questions, [applied.questionId]: { rating: applied.rating, note: old.note?.trim() ? old.note : applied.note } } };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [applied?.seq]);

  const setQuestion = (id: string, v: Draft) => setDraft({ ...draft, questions: { ...draft.questions, [id]: v } });
  const setCompetency = (id: CompetencyId, v: Draft) => setDraft({ ...draft, competencies: { ...draft.competencies, [id]: v } });
  const setFlag = (id: InterviewRedFlag, v: boolean) => setDraft({ ...draft, redFlags: { ...draft.redFlags, [id]: v } });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = problems(round, draft);
    setShown(found);
    if (found.length > 0) return;
    const done = await action.run(async () => {
      await api.post(`/candidates/${candidateId}/scorecards`, formOf(round, draft));
      return true;
    });
    if (done) onSubmitted();
  };

  return (
    <form className="scorecard-form" onSubmit={submit} noValidate aria-label={`Scorecard for round ${round.number}`}>
      <h2 className="section-title">Questions</h2>
      {round.scorecard.questions.map((qid, i) => {
        const q = round.questions.find((x) => x.id === qid);
        if (!q) return null;
        return (
          <section key={qid} className="card question-card" aria-label={`Question ${i + 1}: ${q.title}`}>
            <div className="question-index">Question {i + 1}</div>
            <KitQuestionView q={q} showRubric={false} />
            <RatingInput name={`q-${i}`} legend={`Your rating of “${q.title}”`} value={draft.questions?.[qid] ?? {}} onChange={(v) => setQuestion(qid, v)} rubric={q.rubric} />
          </section>
        );
      })}
      {round.scorecard.competencies.length > 0 && <h2 className="section-title">Competencies</h2>}
      {round.scorecard.competencies.map((c) => (
        <section key={c} className="card" aria-label={COMPETENCIES[c]}>
          <RatingInput name={`c-${c}`} legend={`${COMPETENCIES[c]} overall`} value={draft.competencies?.[c] ?? {}} onChange={(v) => setCompetency(c, v)} />
        </section>
      ))}
      <section className="card">
        <fieldset className="flags">
          <legend className="section-title">Red flags observed</legend>
          <p className="dim small">What the answers showed, not the CV. Leave all unticked if none.</p>
          {round.scorecard.redFlags.map((f) => (
            <label key={f} className="check">
              <input type="checkbox" checked={draft.redFlags?.[f] === true} onChange={(e) => setFlag(f, e.target.checked)} />
              <span>{INTERVIEW_FLAGS[f]}</span>
            </label>
          ))}
        </fieldset>
      </section>
      <section className="card">
        <fieldset className="recommendation">
          <legend className="section-title">Overall recommendation</legend>
          <p className="dim small">There is no neutral option: decide which side of the bar the candidate is on.</p>
          <div className="recommendation-options">
            {RECOMMENDATION_ORDER.map((r: Recommendation) => (
              <label key={r} className={`rec-option rec-${r}${draft.recommendation === r ? ' checked' : ''}`}>
                <input type="radio" name="recommendation" value={r} checked={draft.recommendation === r} onChange={() => setDraft({ ...draft, recommendation: r })} />
                {RECOMMENDATIONS[r]}
              </label>
            ))}
          </div>
        </fieldset>
      </section>
      <div className="sticky-actions">
        {shown.length > 0 && (
          <div className="message message-error" role="alert">
            Before submitting: {shown.join('; ')}.
          </div>
        )}
        <ErrorMessage>{action.error}</ErrorMessage>
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.busy}>
            Submit scorecard
          </Button>
          <span className="dim small" role="status">
            {savedAt ? `Draft saved at ${savedAt}` : 'Your draft is saved as you type'}
          </span>
        </div>
      </div>
    </form>
  );
}
