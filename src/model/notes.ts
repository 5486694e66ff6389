// Interview notes as the team app keeps them (issue 13, docs/notes.md): the
// NotesAnalysis of src/notes, checked by this schema in and out of the store,
// the interviewer's verdict on each suggestion, and the request bodies.
import { z } from 'zod';

const Place = z.object({ start: z.number().optional(), end: z.number().optional(), line: z.number().optional(), paragraph: z.number().optional() });
const Quote = z.object({ text: z.string(), at: z.string(), place: Place });
const RuleGroup = z.enum(['plain', 'failure', 'degradation', 'specificity', 'claims']);
const Finding = z.object({ rule: z.string(), group: RuleGroup, title: z.string(), message: z.string(), quotes: z.array(Quote) });
const Level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const Suggestion = z.object({ level: Level, rubric: z.string(), text: z.string(), because: z.array(z.string()) });

export const NotesAnalysis = z.object({
  schemaVersion: z.literal('1.0'),
  kit: z.string(),
  candidate: z.object({ label: z.string(), speaker: z.string().nullable() }),
  format: z.enum(['vtt', 'srt', 'text', 'markdown', 'docx']),
  speakers: z.array(z.object({ name: z.string(), role: z.enum(['candidate', 'interviewer']), words: z.number() })),
  answers: z.array(
    z.object({
      question: z.object({ id: z.string(), title: z.string(), round: z.number(), topics: z.array(z.enum(['explain', 'failure', 'degradation'])) }),
      askedWith: Quote.nullable(),
      asked: z.array(Quote),
      said: z.array(Quote),
      words: z.number(),
      findings: z.array(Finding),
      suggestion: Suggestion.nullable(),
    }),
  ),
  unmatched: z.array(z.object({ asked: z.array(Quote), said: z.array(Quote), findings: z.array(Finding) })),
  notAsked: z.array(z.object({ id: z.string(), title: z.string() })),
  notes: z.array(z.string()),
  advisory: z.string(),
});
export type NotesAnalysis = z.infer<typeof NotesAnalysis>;
export type NotesFinding = z.infer<typeof Finding>;
export type NotesQuote = z.infer<typeof Quote>;

export const SUGGESTION_VERDICTS = ['accepted', 'rejected'] as const;
export const SuggestionVerdict = z.enum(SUGGESTION_VERDICTS);
export type SuggestionVerdict = z.infer<typeof SuggestionVerdict>;

/** The interviewer's verdict on each suggestion, by kit question id. */
export const NotesReview = z.record(z.string().max(200), SuggestionVerdict);
export type NotesReview = z.infer<typeof NotesReview>;

/** `PUT /api/candidates/:id/notes/:round`: pasted notes or a transcript. */
export const NotesTextBody = z
  .object({
    text: z.string().min(1, 'paste the notes or the transcript').max(1_000_000),
    /** `vtt`, `srt`, `text` or `markdown`; default: WebVTT when the text starts `WEBVTT`, else text. */
    format: z.enum(['vtt', 'srt', 'text', 'markdown']).optional(),
  })
  .strict();
export type NotesTextBody = z.infer<typeof NotesTextBody>;

/** `PUT /api/candidates/:id/notes/:round/review`: the verdicts, replacing the stored ones. */
export const NotesReviewBody = z.object({ review: NotesReview }).strict();
export type NotesReviewBody = z.infer<typeof NotesReviewBody>;

/** One interviewer's notes for one round, as the API answers them. */
export interface StoredNotesView {
  interviewerId: string;
  interviewerName: string;
  round: number;
  /** The file's name, or `pasted`. */
  source: string;
  analysis: NotesAnalysis;
  review: NotesReview;
  updatedAt: string;
}
