// Interview notes (issue 13): an interviewer attaches notes or a transcript
// to the round they are assigned (pasted, or a .vtt/.srt/.txt/.md/.docx
// file), reads what src/notes made of it (answers matched to the kit's
// questions, findings quoting sentences, "consider" suggestions) and accepts
// or rejects each suggestion. Others' notes are read under the scorecard
// rule: staff always, an interviewer only after submitting their own card.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { assertAccess, canSubmitScorecard, canViewScorecard, isStaff, type Actor } from '../../app/access.js';
import { reviewRoundNotes, saveRoundNotes, type NotesUpload } from '../../app/notes.js';
import { NotesReviewBody, NotesTextBody, type StoredNotesView } from '../../model/index.js';
import type { StoredNotes } from '../../store/index.js';
import { audit, param, parse, type RouteContext } from '../context.js';
import { httpError } from '../errors.js';
import { actorOf } from '../session.js';
import { blindLabel, candidateFor, type CandidateAccess } from '../views.js';

function roundOf(request: FastifyRequest): number {
  const round = Number(param(request, 'round'));
  if (!Number.isInteger(round) || round < 1 || round > 99) throw httpError('E_NOT_FOUND', 'no such round');
  return round;
}

export function registerNotesRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const names = async () => new Map((await ctx.store.users.list()).map((u) => [u.id, u.name]));
  const view = (n: StoredNotes, who: Map<string, string>, access: CandidateAccess): StoredNotesView => ({
    interviewerId: n.interviewerId,
    interviewerName: who.get(n.interviewerId) ?? '',
    round: n.round,
    source: n.source,
    analysis: access.identity ? n.analysis : { ...n.analysis, candidate: { ...n.analysis.candidate, label: blindLabel(access.candidate.id) } },
    review: n.review,
    updatedAt: n.updatedAt,
  });

  /** The candidate and round, when the actor is the interviewer assigned to that round. */
  const ownRound = async (request: FastifyRequest): Promise<{ actor: Actor; access: CandidateAccess; round: number }> => {
    const actor = actorOf(request);
    const access = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const round = roundOf(request);
    assertAccess(canSubmitScorecard(actor, access.candidate.id, round, access.assignments));
    return { actor, access, round };
  };

  const save = async (request: FastifyRequest, upload: (access: CandidateAccess) => Promise<NotesUpload>) => {
    const { actor, access, round } = await ownRound(request);
    const stored = await saveRoundNotes(ctx.store, {
      candidateId: access.candidate.id,
      interviewerId: actor.id,
      round,
      upload: await upload(access),
      candidate: access.identity ? access.candidate.label : undefined,
    });
    await audit(ctx, request, 'create', 'notes', access.candidate.id, 'notes.upload');
    return { notes: view(stored, await names(), access) };
  };

  app.get('/candidates/:candidateId/notes', async (request) => {
    const actor = actorOf(request);
    const access = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const all = await ctx.store.notes.listByCandidate(access.candidate.id);
    const submitted = !isStaff(actor) && (await ctx.store.scorecards.hasSubmitted(access.candidate.id, actor.id));
    const visible = all.filter((n) => canViewScorecard(actor, access.candidate.id, n.interviewerId, access.assignments, submitted).allowed);
    const who = await names();
    await audit(ctx, request, 'view', 'notes', access.candidate.id, 'notes.view');
    return { notes: visible.map((n) => view(n, who, access)), hidden: all.length - visible.length };
  });

  app.put('/candidates/:candidateId/notes/:round', async (request) =>
    save(request, async () => {
      const body = parse(NotesTextBody, request.body);
      return { text: body.text, format: body.format };
    }),
  );

  app.post('/candidates/:candidateId/notes/:round/file', async (request, reply) => {
    if (!request.isMultipart()) throw httpError('E_UNSUPPORTED', 'send the file as multipart/form-data in a field named file');
    const answer = await save(request, async () => {
      const part = await request.file({ limits: { fileSize: ctx.limits.cvBytes, files: 1 } });
      if (!part || part.fieldname !== 'file') throw httpError('E_INVALID', 'send the file in a field named file');
      return { bytes: await part.toBuffer(), name: part.filename || 'notes.txt' };
    });
    return reply.status(201).send(answer);
  });

  app.put('/candidates/:candidateId/notes/:round/review', async (request) => {
    const { actor, access, round } = await ownRound(request);
    const body = parse(NotesReviewBody, request.body);
    const stored = await ctx.store.notes.get(access.candidate.id, actor.id, round);
    if (!stored) throw httpError('E_NOT_FOUND', 'no notes for this round yet');
    const reviewed = await reviewRoundNotes(ctx.store, stored, body.review);
    await audit(ctx, request, 'update', 'notes', access.candidate.id, 'notes.review');
    return { notes: view(reviewed, await names(), access) };
  });

  app.delete('/candidates/:candidateId/notes/:round', async (request, reply) => {
    const { actor, access, round } = await ownRound(request);
    if (!(await ctx.store.notes.remove(access.candidate.id, actor.id, round))) throw httpError('E_NOT_FOUND', 'no notes for this round');
    await audit(ctx, request, 'delete', 'notes', access.candidate.id, 'notes.delete');
    return reply.status(204).send();
  });
}
