// Interview notes through the API (issue 13): an interviewer attaches a
// transcript or notes to their round; the answers are matched to the kit's
// questions, the findings quote sentences, the suggestions say "consider";
// others' notes are hidden from an interviewer until they submit their own
// scorecard, as scorecards are; staff read them all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDocx, para } from '../../test/helpers/docx.js';
import { multipart, openTestApp, seedScreened, type Client, type TestApp } from '../../test/helpers/server.js';
import type { Kit, StoredNotesView } from '../model/index.js';

const mine = { blame: { candidate: true } };
const SIGNALS = { serving_api: mine, containerized: mine, experiment_tracking: mine, tests: mine, ci: mine } as const;

const VTT = `WEBVTT

00:00:01.000 --> 00:00:05.000
<v Dana>Tell me about a model that degraded in production.

00:00:06.000 --> 00:00:12.000
<v Sam Strong>Honestly models don't really degrade if you follow best practices, it was always fine.

00:00:13.000 --> 00:00:18.000
<v Dana>Now a failure and what was learned from it?

00:00:19.000 --> 00:00:30.000
<v Sam Strong>The data team broke the pipeline and mistakes were made. It was not my fault.
`;

const EXPLAIN = ['Q: Explain your model in plain words, as to the head of sales.', 'A: We trained a GBDT on CTR features with SHAP and the AUC went up after we tuned the LTV embeddings.'];

describe('server/notes', () => {
  let t: TestApp;
  let recruiter: Client;
  let dana: Client;
  let lee: Client;
  let candidateId: string;
  let kit: Kit;

  beforeEach(async () => {
    t = await openTestApp();
    [recruiter, dana, lee] = [await t.as('recruiter'), await t.as('dana'), await t.as('lee')];
    const role = (await recruiter.post('/api/roles', { template: 'mlops-engineer' })).json().role;
    candidateId = (await seedScreened(t.store, role.id, 'Sam Strong', SIGNALS)).id;
    kit = (await recruiter.post(`/api/candidates/${candidateId}/kit`)).json().kit;
    await recruiter.put(`/api/candidates/${candidateId}/assignments`, { assignments: [{ interviewerId: t.users.lee.id, round: 2 }, { interviewerId: t.users.dana.id, round: 3 }] });
  });
  afterEach(async () => {
    await t.close();
  });

  it('reads a pasted transcript against the round: answers matched, findings quoting the sentences, suggestions to consider', async () => {
    const res = await dana.put(`/api/candidates/${candidateId}/notes/3`, { text: VTT });

    expect(res.statusCode).toBe(200);
    const notes: StoredNotesView = res.json().notes;
    expect(notes).toMatchObject({ interviewerId: t.users.dana.id, interviewerName: 'Dana Interviewer', round: 3, source: 'pasted', review: {} });
    const { analysis } = notes;
    expect(analysis.format).toBe('vtt');
    expect(analysis.candidate.speaker).toBe('Sam Strong');
    expect(analysis.answers.map((a) => [a.question.id, a.findings.map((f) => f.rule), a.suggestion?.text])).toEqual([
      ['rf-degraded-in-production', ['no_degradation_example'], 'consider 1: No example and no awareness that models degrade.'],
      // Blame on the data team and "not my fault": no own part (the cue model's call; the patterns missed it).
      ['rf-failure-learned', ['no_ownership', 'no_change'], 'consider 2: A failure described, with thin ownership or a generic lesson.'],
    ]);
    expect(analysis.answers[0].findings[0].quotes).toEqual([
      { text: "Honestly models don't really degrade if you follow best practices, it was always fine.", at: '00:00:06', place: { start: 6, end: 12 } },
    ]);
    // Matched against the interviewer's own round only: the other rounds' questions are not "not asked".
    const round3 = kit.rounds.find((r) => r.number === 3)!.questions.map((q) => q.id);
    expect(analysis.notAsked.every((q) => round3.includes(q.id))).toBe(true);
    expect(analysis.advisory).toMatch(/^Suggestions only/);
  });

  it('reads an uploaded DOCX, refuses what is not notes, and keeps the verdict on each suggestion', async () => {
    const docx = multipart('notes.docx', buildDocx(EXPLAIN.map((l) => para(l))));
    const res = await lee.post(`/api/candidates/${candidateId}/notes/2/file`, undefined, docx);

    expect(res.statusCode).toBe(201);
    const answer = (res.json().notes as StoredNotesView).analysis.answers[0];
    expect(answer.question.id).toBe('rf-explain-to-stakeholder');
    expect(answer.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['jargon', 'acronym']));
    expect(answer.findings.find((f) => f.rule === 'acronym')?.quotes[0].at).toBe('paragraph 2');
    expect(answer.suggestion?.text).toMatch(/^consider [12]: /);

    const binary = await lee.post(`/api/candidates/${candidateId}/notes/2/file`, undefined, multipart('notes.bin', Buffer.from([0, 1, 2, 3, 0, 255, 0, 7])));
    expect([binary.statusCode, binary.json().error.message]).toEqual([415, 'unsupported notes format (WebVTT, SRT, text, Markdown or DOCX)']);
    expect((await lee.put(`/api/candidates/${candidateId}/notes/2`, { text: '' })).statusCode).toBe(400);

    const bogus = await lee.put(`/api/candidates/${candidateId}/notes/2/review`, { review: { 'not-a-question': 'accepted' } });
    expect(bogus.statusCode).toBe(400);
    const reviewed = await lee.put(`/api/candidates/${candidateId}/notes/2/review`, { review: { 'rf-explain-to-stakeholder': 'accepted' } });
    expect(reviewed.json().notes.review).toEqual({ 'rf-explain-to-stakeholder': 'accepted' });
    expect((await lee.get(`/api/candidates/${candidateId}/notes`)).json().notes[0].review).toEqual({ 'rf-explain-to-stakeholder': 'accepted' });
    // New notes for the round replace the old ones, verdicts included.
    await lee.put(`/api/candidates/${candidateId}/notes/2`, { text: EXPLAIN.join('\n'), format: 'markdown' });
    expect((await lee.get(`/api/candidates/${candidateId}/notes`)).json().notes.map((n: StoredNotesView) => [n.source, n.review])).toEqual([['pasted', {}]]);
    expect((await lee.delete(`/api/candidates/${candidateId}/notes/2`)).statusCode).toBe(204);
    expect((await lee.get(`/api/candidates/${candidateId}/notes`)).json().notes).toEqual([]);
  });

  it('only the interviewer assigned to the round writes its notes; others read them under the scorecard rule', async () => {
    await dana.put(`/api/candidates/${candidateId}/notes/3`, { text: VTT });
    await lee.put(`/api/candidates/${candidateId}/notes/2`, { text: EXPLAIN.join('\n') });

    const refused = [
      await dana.put(`/api/candidates/${candidateId}/notes/2`, { text: VTT }),
      await recruiter.put(`/api/candidates/${candidateId}/notes/3`, { text: VTT }),
      await dana.put(`/api/candidates/${candidateId}/notes/2/review`, { review: {} }),
      await dana.delete(`/api/candidates/${candidateId}/notes/2`),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([403, 403, 403, 403]);
    const other = await seedScreened(t.store, (await t.store.candidates.get(candidateId))!.roleId!, 'Other Person', SIGNALS);
    expect((await dana.get(`/api/candidates/${other.id}/notes`)).statusCode).toBe(404);
    expect((await dana.put(`/api/candidates/${other.id}/notes/3`, { text: VTT })).statusCode).toBe(404);

    const seen = async (c: Client) => {
      const body = (await c.get(`/api/candidates/${candidateId}/notes`)).json();
      return [body.notes.map((n: StoredNotesView) => n.interviewerName), body.hidden];
    };
    expect(await seen(recruiter)).toEqual([['Lee Interviewer', 'Dana Interviewer'], 0]);
    expect(await seen(dana)).toEqual([['Dana Interviewer'], 1]);
    expect(await seen(lee)).toEqual([['Lee Interviewer'], 1]);

    // Once Dana's scorecard is in, she reads Lee's notes too; Lee still does not read hers.
    const round = kit.rounds.find((r) => r.number === 3)!;
    const card = {
      round: 3,
      questions: { [round.scorecard.questions[0]]: { rating: 2, note: 'no real case of drift' } },
      competencies: {},
      redFlags: {},
      recommendation: 'no',
    };
    expect((await dana.post(`/api/candidates/${candidateId}/scorecards`, card)).statusCode).toBe(201);
    expect(await seen(dana)).toEqual([['Lee Interviewer', 'Dana Interviewer'], 0]);
    expect(await seen(lee)).toEqual([['Lee Interviewer'], 1]);
  });

  it('in a blind role an interviewer reads the blind label as the analysis’s candidate', async () => {
    const roleId = (await t.store.candidates.get(candidateId))!.roleId!;
    expect((await recruiter.patch(`/api/roles/${roleId}`, { blind: true })).statusCode).toBe(200);

    const mine = (await dana.put(`/api/candidates/${candidateId}/notes/3`, { text: VTT.replaceAll('Sam Strong', 'Candidate') })).json().notes as StoredNotesView;

    expect(mine.analysis.candidate).toEqual({ label: `Candidate ${candidateId.slice(0, 8)}`, speaker: 'Candidate' });
    expect(mine.analysis.answers.map((a) => a.question.id)).toEqual(['rf-degraded-in-production', 'rf-failure-learned']);
    expect((await recruiter.get(`/api/candidates/${candidateId}/notes`)).json().notes[0].analysis.candidate.label).toBe('Sam Strong');
  });

  it('notes are the candidate’s personal data: deleting the candidate deletes them', async () => {
    await dana.put(`/api/candidates/${candidateId}/notes/3`, { text: VTT });
    expect(await t.store.notes.listByCandidate(candidateId)).toHaveLength(1);

    expect((await recruiter.delete(`/api/candidates/${candidateId}`)).statusCode).toBe(204);

    const rows = await t.store.ctx.db.selectFrom('interviewNotes').selectAll().execute();
    expect(rows).toEqual([]);
  });
});
