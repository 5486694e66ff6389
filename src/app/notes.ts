// Interview notes in the team app (issue 13): an interviewer's notes or
// transcript for their round, read by src/notes against that round of the
// candidate's kit (and the latest assessment, for the claim rules), kept as
// the analysis, with the interviewer's verdict on each suggestion. Nothing
// here changes a scorecard: accepting a suggestion is the interviewer's click.
import { analyseNotes } from '../notes/analyse.js';
import { parseNotesText, readNotes, textFormatOf, type TextFormat } from '../notes/read.js';
import type { NotesDocument } from '../notes/types.js';
import type { NotesReview } from '../model/index.js';
import type { Store, StoredNotes } from '../store/index.js';
import { isUserError, UserError } from '../util/errors.js';

/** Notes as uploaded (a file's bytes and name) or pasted (text, with its format when the user named one). */
export type NotesUpload = { bytes: Uint8Array; name: string } | { text: string; format?: TextFormat };

async function documentOf(upload: NotesUpload, candidate: string | undefined): Promise<NotesDocument> {
  try {
    if ('bytes' in upload) return await readNotes(upload.bytes, upload.name, candidate);
    return parseNotesText(upload.text, upload.format ?? textFormatOf('pasted.txt', upload.text), candidate);
  } catch (err) {
    if (!isUserError(err)) throw err;
    throw new UserError(err.message, /^unsupported/.test(err.message) ? 'E_UNSUPPORTED' : 'E_INVALID', { cause: err });
  }
}

/**
 * Reads the notes against the round of the kit and keeps the analysis for
 * this interviewer and round, replacing earlier notes. `candidate`: the name
 * the notes call the candidate by, when the reader may know it.
 */
export async function saveRoundNotes(
  store: Store,
  input: { candidateId: string; interviewerId: string; round: number; upload: NotesUpload; candidate?: string },
): Promise<StoredNotes> {
  const kit = await store.kits.get(input.candidateId);
  if (!kit) throw new UserError('the candidate has no interview kit yet', 'E_NOT_READY');
  const round = kit.rounds.find((r) => r.number === input.round);
  if (!round) throw new UserError(`the kit has no round ${input.round}`, 'E_NOT_FOUND');
  const document = await documentOf(input.upload, input.candidate);
  const assessment = (await store.assessments.latest(input.candidateId))?.assessment;
  const analysis = analyseNotes({ document }, { ...kit, rounds: [round] }, assessment, { candidate: input.candidate });
  const source = 'bytes' in input.upload ? input.upload.name.slice(0, 200) : 'pasted';
  return store.notes.save({ candidateId: input.candidateId, interviewerId: input.interviewerId, round: input.round, source, analysis });
}

/** Keeps the verdicts on the suggestions: only questions that carry one. */
export async function reviewRoundNotes(store: Store, stored: StoredNotes, review: NotesReview): Promise<StoredNotes> {
  const suggested = new Set(stored.analysis.answers.filter((a) => a.suggestion).map((a) => a.question.id));
  for (const id of Object.keys(review)) if (!suggested.has(id)) throw new UserError(`review: no suggestion for question ${id}`, 'E_INVALID');
  return (await store.notes.setReview(stored.candidateId, stored.interviewerId, stored.round, review)) as StoredNotes;
}
