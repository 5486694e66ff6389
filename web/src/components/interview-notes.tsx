// Interview notes and transcripts (issue 13): the interviewer pastes or
// uploads the notes of their round; the app shows the answers matched to the
// kit's questions, the findings with the sentences that raised them, and a
// rubric level to consider for each answer, which the interviewer accepts
// (it fills that question's rating on the scorecard) or rejects. Staff, and
// other interviewers once their own scorecard is in, read them.
import { useState, type FormEvent } from 'react';
import type { NotesAnalysis, NotesFinding, NotesQuote, StoredNotesView, SuggestionVerdict } from '../../../src/model/index.js';
import { api } from '../api.js';
import { formatDate } from '../labels.js';
import type { KitRound } from '../types.js';
import { useAction, useLoad } from './use-load.js';
import { Badge, Button, Card, ErrorMessage, Field, Loading, Notice } from './ui.js';

type Answer = NotesAnalysis['answers'][number];

/** What accepting a suggestion does to the scorecard: that question's rating (the note is the interviewer's to write). */
export interface AcceptedSuggestion {
  questionId: string;
  rating: number;
  note: string;
}

const FORMATS = [
  ['', 'Recognise it (WebVTT by its header, else text)'],
  ['vtt', 'WebVTT captions'],
  ['srt', 'SRT captions'],
  ['text', 'Plain text notes'],
  ['markdown', 'Markdown notes'],
] as const;

function Quotes({ quotes }: { quotes: NotesQuote[] }) {
  return (
    <ul className="notes-quotes">
      {quotes.map((q, i) => (
        <li key={i}>
          <span className="notes-at mono">{q.at}</span> <q>{q.text}</q>
        </li>
      ))}
    </ul>
  );
}

function FindingView({ finding }: { finding: NotesFinding }) {
  return (
    <li className="notes-finding">
      <strong>{finding.title}</strong> <span className="dim small mono">{finding.rule}</span>
      <p>{finding.message}</p>
      <Quotes quotes={finding.quotes} />
    </li>
  );
}

function AnswerView({ answer, verdict, onVerdict, busy }: { answer: Answer; verdict?: SuggestionVerdict; onVerdict?: (v: SuggestionVerdict) => void; busy?: boolean }) {
  const s = answer.suggestion;
  return (
    <section className="notes-answer" aria-label={`Answer to ${answer.question.title}`}>
      <h4>{answer.question.title}</h4>
      {answer.askedWith && (
        <p className="dim small">
          Asked at {answer.askedWith.at}: <q>{answer.askedWith.text}</q>
        </p>
      )}
      <details className="notes-said">
        <summary>What the candidate said ({answer.words} words)</summary>
        <Quotes quotes={answer.said} />
      </details>
      {answer.findings.length > 0 ? (
        <ul className="notes-findings">
          {answer.findings.map((f, i) => (
            <FindingView key={`${f.rule}-${i}`} finding={f} />
          ))}
        </ul>
      ) : (
        <p className="dim small">No rule raised a finding on this answer.</p>
      )}
      {s && (
        <div className="notes-suggestion">
          <p>
            <strong>{s.text}</strong>
            {s.because.length > 0 && <span className="dim small"> (from {s.because.join(', ')})</span>}
          </p>
          {verdict && <Badge tone={verdict === 'accepted' ? 'ok' : 'neutral'}>{verdict === 'accepted' ? 'Accepted' : 'Rejected'}</Badge>}
          {onVerdict && (
            <div className="button-row">
              <Button className="btn-small" busy={busy} onClick={() => onVerdict('accepted')} aria-label={`Accept “${s.text}” for ${answer.question.title}`}>
                Accept
              </Button>
              <Button className="btn-small" variant="ghost" busy={busy} onClick={() => onVerdict('rejected')} aria-label={`Reject “${s.text}” for ${answer.question.title}`}>
                Reject
              </Button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** One interviewer's analysed notes: answers, unmatched talk, questions not asked, reading notes. */
export function NotesAnalysisView({ notes, onVerdict, busy }: { notes: StoredNotesView; onVerdict?: (questionId: string, v: SuggestionVerdict) => void; busy?: boolean }) {
  const a = notes.analysis;
  const candidate = a.speakers.find((s) => s.role === 'candidate');
  return (
    <div className="notes-analysis stack">
      <Notice>{a.advisory}</Notice>
      <p className="dim small">
        From {notes.source === 'pasted' ? 'pasted notes' : notes.source} ({a.format}), {formatDate(notes.updatedAt)}.{' '}
        {candidate ? `The candidate’s words are those of ${candidate.name}.` : 'No speaker was recognised as the candidate.'}
      </p>
      {a.answers.length === 0 && <p>No question of the round was recognised in these notes.</p>}
      {a.answers.map((answer) => (
        <AnswerView
          key={answer.question.id}
          answer={answer}
          verdict={notes.review[answer.question.id]}
          busy={busy}
          onVerdict={onVerdict && answer.suggestion ? (v) => onVerdict(answer.question.id, v) : undefined}
        />
      ))}
      {a.unmatched.length > 0 && (
        <details className="notes-said">
          <summary>Talk that matched no question ({a.unmatched.length})</summary>
          {a.unmatched.map((u, i) => (
            <div key={i}>
              <Quotes quotes={[...u.asked, ...u.said]} />
              {u.findings.length > 0 && (
                <ul className="notes-findings">
                  {u.findings.map((f, j) => (
                    <FindingView key={j} finding={f} />
                  ))}
                </ul>
              )}
            </div>
          ))}
        </details>
      )}
      {a.notAsked.length > 0 && <p className="dim small">Not asked: {a.notAsked.map((q) => q.title).join('; ')}.</p>}
      {a.notes.length > 0 && (
        <ul className="dim small">
          {a.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

type NotesAnswer = { notes: StoredNotesView[]; hidden: number };

/** The interviewer's own notes for their round, beside the scorecard form. */
export function InterviewNotesPanel({ candidateId, round, userId, onAccept }: { candidateId: string; round: KitRound; userId: string; onAccept: (s: AcceptedSuggestion) => void }) {
  const loaded = useLoad<NotesAnswer>(`/candidates/${candidateId}/notes`);
  const [text, setText] = useState('');
  const [format, setFormat] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const action = useAction();
  const mine = loaded.data?.notes.find((n) => n.interviewerId === userId && n.round === round.number);
  const path = `/candidates/${candidateId}/notes/${round.number}`;

  const replace = (n: StoredNotesView) => loaded.setData({ notes: [...(loaded.data?.notes ?? []).filter((x) => !(x.interviewerId === n.interviewerId && x.round === n.round)), n], hidden: loaded.data?.hidden ?? 0 });
  const paste = async (e: FormEvent) => {
    e.preventDefault();
    const answer = await action.run(() => api.put<{ notes: StoredNotesView }>(path, format ? { text, format } : { text }));
    if (answer) {
      replace(answer.notes);
      setText('');
    }
  };
  const upload = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const answer = await action.run(() => api.upload<{ notes: StoredNotesView }>(`${path}/file`, file));
    if (answer) {
      replace(answer.notes);
      setFile(null);
      setFileKey((k) => k + 1);
    }
  };
  const verdict = async (questionId: string, v: SuggestionVerdict) => {
    if (!mine) return;
    const answer = await action.run(() => api.put<{ notes: StoredNotesView }>(`${path}/review`, { review: { ...mine.review, [questionId]: v } }));
    if (!answer) return;
    replace(answer.notes);
    const s = mine.analysis.answers.find((a) => a.question.id === questionId)?.suggestion;
    if (v === 'accepted' && s) onAccept({ questionId, rating: s.level, note: `From the interview notes: ${s.text}` });
  };

  return (
    <Card title="Interview notes" className="notes-card">
      <div className="stack">
        <p className="dim">
          Paste your notes or the recording’s transcript, or upload the file (WebVTT, SRT, text, Markdown or Word). Evident matches the answers to this round’s
          questions, quotes the sentences behind each finding and suggests a level to consider. Accepting a suggestion fills that question’s rating; nothing is rated
          without your click.
        </p>
        {loaded.error && <ErrorMessage>{loaded.error}</ErrorMessage>}
        <form onSubmit={paste} className="stack">
          <Field label="Notes or transcript">
            {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} rows={6} value={text} onChange={(e) => setText(e.target.value)} placeholder={'Interviewer: Tell me about a model that degraded in production.\nCandidate: …'} />}
          </Field>
          <div className="inline-fields">
            <label htmlFor="notes-format">Format</label>
            <select id="notes-format" value={format} onChange={(e) => setFormat(e.target.value)}>
              {FORMATS.map(([v, label]) => (
                <option key={v} value={v}>
                  {label}
                </option>
              ))}
            </select>
            <Button type="submit" busy={action.busy} disabled={!text.trim()}>
              Analyse the notes
            </Button>
          </div>
        </form>
        <form onSubmit={upload} className="upload">
          <Field label="Or a file" hint=".vtt, .srt, .txt, .md or .docx, up to 10 MB.">
            {({ id, describedBy }) => <input key={fileKey} id={id} type="file" accept=".vtt,.srt,.txt,.md,.docx" aria-describedby={describedBy} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
          </Field>
          <Button type="submit" busy={action.busy} disabled={!file}>
            Upload
          </Button>
        </form>
        <ErrorMessage>{action.error}</ErrorMessage>
        {!loaded.data && !loaded.error && <Loading label="Loading your notes" />}
        {mine && <NotesAnalysisView notes={mine} onVerdict={(q, v) => void verdict(q, v)} busy={action.busy} />}
      </div>
    </Card>
  );
}

/** Every interviewer's notes the reader may see (staff; an interviewer after submitting), read-only. */
export function InterviewNotesList({ candidateId }: { candidateId: string }) {
  const loaded = useLoad<NotesAnswer>(`/candidates/${candidateId}/notes`);
  if (loaded.error) return <ErrorMessage>{loaded.error}</ErrorMessage>;
  if (!loaded.data) return <Loading label="Loading interview notes" />;
  const { notes, hidden } = loaded.data;
  return (
    <Card title="Interview notes" className="notes-card">
      {notes.length === 0 && <p className="dim">No interviewer has attached notes{hidden > 0 ? ' that you can read yet' : ''}.</p>}
      {hidden > 0 && <p className="dim small">{hidden} more hidden until you submit your scorecard.</p>}
      {notes.map((n) => (
        <details key={`${n.interviewerId}-${n.round}`} className="notes-of">
          <summary>
            {n.interviewerName}, round {n.round}: {n.analysis.answers.length} answer{n.analysis.answers.length === 1 ? '' : 's'} matched
          </summary>
          <NotesAnalysisView notes={n} />
        </details>
      ))}
    </Card>
  );
}
