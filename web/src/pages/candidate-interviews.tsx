// Staff: build the candidate's interview kit from the assessment, then assign
// interviewers to its rounds (several per round are fine); each round shows
// its questions and who has submitted a scorecard.
import { useEffect, useId, useState } from 'react';
import { api } from '../api.js';
import { InterviewNotesList } from '../components/interview-notes.js';
import { KitQuestionView } from '../components/kit-question.js';
import { useAction, useLoad } from '../components/use-load.js';
import { Badge, Button, Card, Empty, ErrorMessage, Loading, Notice } from '../components/ui.js';
import { COMPETENCIES } from '../labels.js';
import type { Assignment, CandidateDetail, Interviewer, Kit, KitRound } from '../types.js';

type Pair = { interviewerId: string; round: number };

function RoundAssignments({ round, pairs, people, submitted, onChange }: { round: KitRound; pairs: Pair[]; people: Interviewer[]; submitted: Assignment[]; onChange: (p: Pair[]) => void }) {
  const id = useId();
  const here = pairs.filter((p) => p.round === round.number);
  const free = people.filter((u) => !here.some((p) => p.interviewerId === u.id));
  const [pick, setPick] = useState('');
  const chosen = pick && free.some((u) => u.id === pick) ? pick : (free[0]?.id ?? '');
  const nameOf = (uid: string) => people.find((u) => u.id === uid)?.name || people.find((u) => u.id === uid)?.email || submitted.find((a) => a.interviewerId === uid)?.name || 'someone';
  return (
    <Card title={`Round ${round.number}: ${round.title}`} className="round-card">
      <p className="dim">
        {round.purpose} · {round.minutes} minutes · focus: {round.focus.map((f) => COMPETENCIES[f]).join(', ')}
      </p>
      <h3 className="subhead">Interviewers</h3>
      {here.length === 0 ? (
        <p className="dim">Nobody assigned yet.</p>
      ) : (
        <ul className="chip-list" aria-label={`Interviewers of round ${round.number}`}>
          {here.map((p) => {
            const done = submitted.some((a) => a.interviewerId === p.interviewerId && a.round === round.number && a.submitted);
            return (
              <li key={p.interviewerId} className="chip">
                {nameOf(p.interviewerId)}
                {done ? <Badge tone="ok">submitted</Badge> : null}
                <button type="button" className="chip-remove" aria-label={`Remove ${nameOf(p.interviewerId)} from round ${round.number}`} onClick={() => onChange(pairs.filter((x) => x !== p))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {free.length > 0 && (
        <div className="inline-fields">
          <label htmlFor={`${id}-pick`}>Add interviewer</label>
          <select id={`${id}-pick`} value={chosen} onChange={(e) => setPick(e.target.value)}>
            {free.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name || u.email}
              </option>
            ))}
          </select>
          <Button onClick={() => chosen && onChange([...pairs, { interviewerId: chosen, round: round.number }])}>Add to round {round.number}</Button>
        </div>
      )}
      <details className="kit-details">
        <summary>
          {round.questions.length} questions ({round.plannedMinutes} minutes planned)
        </summary>
        <ol className="question-list">
          {round.questions.map((q) => (
            <li key={q.id}>
              <KitQuestionView q={q} />
            </li>
          ))}
        </ol>
      </details>
    </Card>
  );
}

export function CandidateInterviews({ id, detail, onChange }: { id: string; detail: CandidateDetail; onChange: () => Promise<void> }) {
  const kit = useLoad<{ kit: Kit }>(detail.hasKit ? `/candidates/${id}/kit` : null);
  const people = useLoad<{ users: Interviewer[] }>('/interviewers');
  const assigned = useLoad<{ assignments: Assignment[] }>(`/candidates/${id}/assignments`);
  const [pairs, setPairs] = useState<Pair[]>([]);
  const [saved, setSaved] = useState(false);
  const action = useAction();

  useEffect(() => {
    if (assigned.data) setPairs(assigned.data.assignments.map(({ interviewerId, round }) => ({ interviewerId, round })));
  }, [assigned.data]);

  const build = async () => {
    const answer = await action.run(() => api.post<{ kit: Kit }>(`/candidates/${id}/kit`, {}));
    if (answer) {
      kit.setData(answer);
      await onChange();
    }
  };
  const save = async () => {
    const answer = await action.run(() => api.put<{ assignments: Assignment[] }>(`/candidates/${id}/assignments`, { assignments: pairs }));
    if (!answer) return;
    assigned.setData(answer);
    setSaved(true);
    await onChange();
  };

  if (!detail.hasAssessment) return <Empty title="Screen the candidate first">The interview kit is built from the evidence report.</Empty>;
  if (!detail.hasKit && !kit.data) {
    return (
      <Card title="Interview kit">
        <p>Build a kit of three structured rounds from the evidence: core questions for the role, probes for claims without evidence and for red flags.</p>
        <ErrorMessage>{action.error}</ErrorMessage>
        <Button variant="primary" busy={action.busy} onClick={() => void build()}>
          Build the interview kit
        </Button>
      </Card>
    );
  }
  if (!kit.data || !people.data) return <Loading label="Loading the kit" />;
  const original = JSON.stringify(assigned.data?.assignments.map(({ interviewerId, round }) => ({ interviewerId, round })) ?? []);
  const dirty = JSON.stringify(pairs) !== original;

  return (
    <div className="stack">
      {kit.data.kit.notes.length > 0 && (
        <Card title="Notes for the interviewers">
          <ul className="plain-list small">
            {kit.data.kit.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </Card>
      )}
      {people.data.users.length === 0 && <Notice tone="warning">No one can be assigned yet: invite interviewers on the Users page.</Notice>}
      {kit.data.kit.rounds.map((r) => (
        <RoundAssignments
          key={r.number}
          round={r}
          pairs={pairs}
          people={people.data!.users}
          submitted={assigned.data?.assignments ?? []}
          onChange={(p) => {
            setSaved(false);
            setPairs(p);
          }}
        />
      ))}
      <div className="sticky-actions">
        <ErrorMessage>{action.error}</ErrorMessage>
        {saved && !dirty && <Notice tone="success">Assignments saved. Each interviewer now sees this candidate under My interviews.</Notice>}
        <div className="button-row">
          <Button variant="primary" busy={action.busy} disabled={!dirty} onClick={() => void save()}>
            Save assignments
          </Button>
        </div>
      </div>
      <InterviewNotesList candidateId={id} />
    </div>
  );
}
