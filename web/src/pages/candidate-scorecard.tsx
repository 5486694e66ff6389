// An interviewer's own view of a candidate: their rounds of the kit and the
// scorecard form. Other interviewers' scorecards stay hidden until this one is
// submitted; then they are shown, with the way to the decision.
import { useState } from 'react';
import { InterviewNotesList, InterviewNotesPanel, type AcceptedSuggestion } from '../components/interview-notes.js';
import { ScorecardFormView } from '../components/scorecard-form.js';
import { ScorecardView } from '../components/scorecard-view.js';
import { useLoad } from '../components/use-load.js';
import { ButtonLink, Empty, ErrorMessage, Loading, Notice } from '../components/ui.js';
import { useUser } from '../session.js';
import type { Kit, ScorecardDraftForm, ScorecardsAnswer } from '../types.js';

export function CandidateScorecard({ id, onSubmitted }: { id: string; onSubmitted: () => Promise<void> }) {
  const kit = useLoad<{ kit: Kit }>(`/candidates/${id}/kit`);
  const cards = useLoad<ScorecardsAnswer>(`/candidates/${id}/scorecards`);
  const [roundPick, setRoundPick] = useState<number>();
  // One card per round: the draft of the round picked, or of the first round still to submit.
  const draft = useLoad<{ round: number; draft: ScorecardDraftForm | null }>(`/candidates/${id}/scorecards/draft${roundPick ? `?round=${roundPick}` : ''}`);
  const [applied, setApplied] = useState<AcceptedSuggestion & { seq: number }>();
  const user = useUser();

  if (kit.status === 409 || kit.status === 404) return <Empty title="No interview kit yet">A recruiter builds the kit and assigns the rounds.</Empty>;
  const error = kit.error ?? cards.error;
  if (error) return <ErrorMessage>{error}</ErrorMessage>;
  if (!kit.data || !cards.data || (!draft.data && !draft.error)) return <Loading label="Loading your kit" />;

  const rounds = kit.data.kit.rounds;
  const { scorecards, hidden, submittedByMe } = cards.data;
  const round = rounds.find((r) => r.number === (roundPick ?? draft.data?.round)) ?? rounds[0];
  if (!round) return <Empty title="No round is assigned to you">Ask the recruiter to assign you to a round.</Empty>;

  if (submittedByMe) {
    return (
      <div className="stack">
        <Notice tone="success">Your scorecard is submitted. The other interviewers' scorecards are shown below as they come in.</Notice>
        <div className="button-row">
          <ButtonLink to={`/candidates/${id}/decision`} variant="primary">
            See the decision
          </ButtonLink>
        </div>
        {scorecards.map((c) => (
          <ScorecardView key={`${c.interviewerId}-${c.round}`} card={c} kit={kit.data!.kit} />
        ))}
        <InterviewNotesList candidateId={id} />
      </div>
    );
  }

  return (
    <div className="stack">
      <section className="card round-intro" aria-label="Your round">
        <div className="eyebrow">Your round</div>
        <h2>
          Round {round.number}: {round.title}
        </h2>
        <p>{round.purpose}</p>
        <p className="dim small">
          {round.minutes} minutes, {round.plannedMinutes} planned for questions. {kit.data.kit.advisory}
        </p>
        {rounds.length > 1 && (
          <div className="inline-fields">
            <label htmlFor="round-pick">Round</label>
            <select id="round-pick" value={round.number} onChange={(e) => setRoundPick(Number(e.target.value))}>
              {rounds.map((r) => (
                <option key={r.number} value={r.number}>
                  Round {r.number}: {r.title}
                </option>
              ))}
            </select>
          </div>
        )}
      </section>
      <Notice>
        {hidden > 0
          ? `${hidden} other scorecard${hidden === 1 ? ' is' : 's are'} hidden until you submit yours, so your ratings stay your own.`
          : "Other interviewers' scorecards stay hidden until you submit yours."}
      </Notice>
      <InterviewNotesPanel key={`notes-${round.number}`} candidateId={id} round={round} userId={user.id} onAccept={(s) => setApplied({ ...s, seq: (applied?.seq ?? 0) + 1 })} />
      <ScorecardFormView
        key={`${round.number}-${draft.data?.round ?? ''}`}
        applied={applied}
        candidateId={id}
        round={round}
        initial={draft.data?.draft?.round === round.number ? draft.data.draft : null}
        onSubmitted={() => {
          setRoundPick(undefined);
          void draft.reload();
          void cards.reload();
          void onSubmitted();
        }}
      />
    </div>
  );
}
