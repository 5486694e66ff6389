// Interviews through the API, on SQLite and on PostgreSQL: the kit, assigning
// interviewers to rounds, what an interviewer may see (only their candidates,
// their rounds, others' scorecards and the decision only after submitting
// their own), scorecard rules, the decision, the Harvest-shaped export and
// blind mode.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kit } from '../model/index.js';
import { openTestApp, seedScreened, type Client, type TestApp } from '../../test/helpers/server.js';
import { STORE_FACTORIES } from '../../test/helpers/store.js';

const mine = { blame: { candidate: true } };
const SIGNALS = { serving_api: mine, containerized: mine, experiment_tracking: mine, tests: mine, ci: mine, classical_ml: mine, model_evaluation: mine } as const;

/** A complete form for `round` of the kit: every question rated `rating` with a note. */
function form(kit: Kit, round: number, rating: number, recommendation: string) {
  const r = kit.rounds.find((x) => x.number === round) as Kit['rounds'][number];
  return {
    round,
    questions: Object.fromEntries(r.scorecard.questions.map((q) => [q, { rating, note: `answer to ${q}` }])),
    competencies: { [r.focus[0]]: { rating, note: 'overall' } },
    redFlags: { no_monitoring: rating < 3 },
    recommendation,
  };
}

describe.each(STORE_FACTORIES)('server/interviews on $name', (factory) => {
  let t: TestApp;
  let recruiter: Client;
  let dana: Client;
  let lee: Client;
  beforeEach(async () => {
    t = await openTestApp({ factory });
    [recruiter, dana, lee] = [await t.as('recruiter'), await t.as('dana'), await t.as('lee')];
  });
  afterEach(async () => {
    await t.close();
  });

  it('an interviewer taking two rounds files one card per round: a second for a round is 409, and the others stay hidden until both are in', async () => {
    const role = (await recruiter.post('/api/roles', { template: 'mlops-engineer' })).json().role;
    const cand = await seedScreened(t.store, role.id, 'Sam Strong', SIGNALS);
    const [danaId, leeId] = [t.users.dana.id, t.users.lee.id];
    const kit: Kit = (await recruiter.post(`/api/candidates/${cand.id}/kit`)).json().kit;
    await recruiter.put(`/api/candidates/${cand.id}/assignments`, { assignments: [{ interviewerId: danaId, round: 1 }, { interviewerId: danaId, round: 2 }, { interviewerId: leeId, round: 2 }] });
    const q2 = kit.rounds[1].scorecard.questions[0];
    expect((await lee.post(`/api/candidates/${cand.id}/scorecards`, form(kit, 2, 2, 'no'))).statusCode).toBe(201);

    // A draft for round 2 while round 1 is open; with no round named, the draft is round 1's.
    expect((await dana.put(`/api/candidates/${cand.id}/scorecards/draft`, { round: 2, questions: { [q2]: { rating: 3 } } })).json().draft.round).toBe(2);
    expect((await dana.get(`/api/candidates/${cand.id}/scorecards/draft`)).json()).toEqual({ round: 1, draft: null, submitted: false });
    expect((await dana.get(`/api/candidates/${cand.id}/scorecards/draft?round=2`)).json()).toEqual({ round: 2, draft: { round: 2, questions: { [q2]: { rating: 3 } } }, submitted: false });
    expect((await lee.put(`/api/candidates/${cand.id}/scorecards/draft`, { round: 1 })).statusCode).toBe(403);

    expect((await dana.post(`/api/candidates/${cand.id}/scorecards`, form(kit, 1, 4, 'yes'))).statusCode).toBe(201);
    const again = await dana.post(`/api/candidates/${cand.id}/scorecards`, form(kit, 1, 1, 'no'));
    expect([again.statusCode, again.json().error]).toEqual([409, { code: 'E_CONFLICT', message: 'your scorecard for round 1 of this candidate is already submitted' }]);
    // One round of two in: Lee's card and the decision stay hidden; the next draft is round 2's.
    expect((await dana.get(`/api/candidates/${cand.id}/scorecards`)).json()).toMatchObject({ hidden: 1, submittedByMe: false, submittedRounds: [1] });
    expect((await dana.get(`/api/candidates/${cand.id}/scorecards/${leeId}`)).statusCode).toBe(403);
    expect((await dana.get(`/api/candidates/${cand.id}/decision`)).statusCode).toBe(403);
    expect((await dana.get(`/api/candidates/${cand.id}/scorecards/draft`)).json().round).toBe(2);
    expect((await dana.get('/api/me/assignments')).json().assignments).toMatchObject([{ rounds: [1, 2], submitted: false }]);

    expect((await dana.post(`/api/candidates/${cand.id}/scorecards`, form(kit, 2, 3, 'yes'))).statusCode).toBe(201);

    expect((await dana.post(`/api/candidates/${cand.id}/scorecards`, form(kit, 2, 3, 'yes'))).statusCode).toBe(409);
    expect((await dana.put(`/api/candidates/${cand.id}/scorecards/draft`, { round: 2 })).statusCode).toBe(409);
    const seen = (await dana.get(`/api/candidates/${cand.id}/scorecards`)).json();
    expect(seen).toMatchObject({ hidden: 0, submittedByMe: true, submittedRounds: [1, 2] });
    expect(seen.scorecards).toHaveLength(3);
    expect((await dana.get(`/api/candidates/${cand.id}/scorecards/${danaId}?round=2`)).json().scorecard).toMatchObject({ round: 2, card: { recommendation: 'yes' } });
    expect((await recruiter.get(`/api/candidates/${cand.id}/assignments`)).json().assignments.map((a: { round: number; submitted: boolean }) => [a.round, a.submitted])).toEqual([
      [1, true],
      [2, true],
      [2, true],
    ]);
    expect((await dana.get(`/api/candidates/${cand.id}/decision`)).statusCode).toBe(200);
  });

  it('runs interviews: kit, assignments, hidden scorecards until one submits, the decision and the ATS export', async () => {
    const role = (await recruiter.post('/api/roles', { template: 'mlops-engineer' })).json().role;
    const cand = await seedScreened(t.store, role.id, 'Sam Strong', SIGNALS, { emails: ['sam@example.org'] });
    const other = await seedScreened(t.store, role.id, 'Other Person', SIGNALS);
    const [danaId, leeId] = [t.users.dana.id, t.users.lee.id];

    expect((await recruiter.get(`/api/candidates/${cand.id}/kit`)).json().error.code).toBe('E_NOT_READY');
    const kit: Kit = (await recruiter.post(`/api/candidates/${cand.id}/kit`)).json().kit;
    expect(kit.rounds.length).toBeGreaterThanOrEqual(2);
    expect((await recruiter.put(`/api/candidates/${cand.id}/assignments`, { assignments: [{ interviewerId: danaId, round: 9 }] })).statusCode).toBe(400);
    expect((await dana.put(`/api/candidates/${cand.id}/assignments`, { assignments: [{ interviewerId: danaId, round: 1 }] })).statusCode).toBe(403);
    const assigned = await recruiter.put(`/api/candidates/${cand.id}/assignments`, { assignments: [{ interviewerId: danaId, round: 1 }, { interviewerId: leeId, round: 2 }] });
    expect(assigned.json().assignments).toEqual([
      { interviewerId: danaId, name: 'Dana Interviewer', round: 1, submitted: false },
      { interviewerId: leeId, name: 'Lee Interviewer', round: 2, submitted: false },
    ]);

    expect((await lee.get(`/api/candidates/${cand.id}/assignments`)).json().assignments).toEqual([{ interviewerId: leeId, name: 'Lee Interviewer', round: 2, submitted: false }]);
    expect((await recruiter.get(`/api/candidates/${cand.id}/assignments`)).json().assignments).toHaveLength(2);
    // An interviewer sees their candidate, their own rounds, and nobody else's candidates.
    expect((await dana.get('/api/me/assignments')).json().assignments).toEqual([{ candidateId: cand.id, label: 'Sam Strong', roleTitle: role.title, rounds: [1], submitted: false }]);
    expect((await dana.get(`/api/candidates/${cand.id}/kit`)).json().kit.rounds.map((r: { number: number }) => r.number)).toEqual([1]);
    expect((await lee.get(`/api/candidates/${cand.id}/kit`)).json().kit.rounds.map((r: { number: number }) => r.number)).toEqual([2]);
    for (const path of ['', '/kit', '/assessment', '/scorecards', '/decision', `/scorecards/${leeId}`]) {
      expect([path, (await dana.get(`/api/candidates/${other.id}${path}`)).statusCode]).toEqual([path, 404]);
    }
    expect((await dana.get(`/api/candidates/${cand.id}/assessment`)).statusCode).toBe(200);
    expect((await dana.post(`/api/candidates/${cand.id}/kit`)).statusCode).toBe(403);

    // The form's rules: a note for every rating, no neutral recommendation, only the round assigned.
    const danaForm = form(kit, 1, 4, 'strong-yes');
    const q1 = kit.rounds[0].scorecard.questions[0];
    const noNote = { ...danaForm, questions: { ...danaForm.questions, [q1]: { rating: 3, note: ' ' } } };
    const answers = [
      await dana.post(`/api/candidates/${cand.id}/scorecards`, noNote),
      await dana.post(`/api/candidates/${cand.id}/scorecards`, { ...danaForm, recommendation: 'maybe' }),
      await dana.post(`/api/candidates/${cand.id}/scorecards`, { ...danaForm, questions: { ...danaForm.questions, [q1]: { rating: 5, note: 'x' } } }),
      await dana.post(`/api/candidates/${cand.id}/scorecards`, form(kit, 2, 3, 'yes')),
      await recruiter.post(`/api/candidates/${cand.id}/scorecards`, danaForm),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([400, 400, 400, 403, 403]);
    expect(answers[0].json().error.message).toBe(`questions.${q1}.note: a note is required for every rating`);

    await dana.put(`/api/candidates/${cand.id}/scorecards/draft`, { round: 1, questions: { [q1]: { rating: 2 } } });
    expect((await dana.get(`/api/candidates/${cand.id}/scorecards/draft`)).json()).toEqual({ round: 1, draft: { round: 1, questions: { [q1]: { rating: 2 } } }, submitted: false });

    expect((await lee.post(`/api/candidates/${cand.id}/scorecards`, form(kit, 2, 2, 'no'))).statusCode).toBe(201);
    // Dana has not submitted: Lee's card and the decision stay hidden from her.
    expect((await dana.get(`/api/candidates/${cand.id}/scorecards`)).json()).toEqual({ scorecards: [], hidden: 1, submittedByMe: false, submittedRounds: [] });
    const peek = await dana.get(`/api/candidates/${cand.id}/scorecards/${leeId}`);
    expect([peek.statusCode, peek.json().error.message]).toEqual([403, 'submit your own scorecard before reading the others']);
    expect((await dana.get(`/api/candidates/${cand.id}/decision`)).statusCode).toBe(403);

    expect((await dana.post(`/api/candidates/${cand.id}/scorecards`, danaForm)).statusCode).toBe(201);
    expect((await dana.post(`/api/candidates/${cand.id}/scorecards`, danaForm)).statusCode).toBe(409);
    expect((await dana.put(`/api/candidates/${cand.id}/scorecards/draft`, { round: 1 })).statusCode).toBe(409);
    const seen = (await dana.get(`/api/candidates/${cand.id}/scorecards`)).json();
    expect(seen.scorecards.map((s: { interviewerName: string; round: number }) => [s.interviewerName, s.round])).toEqual([
      ['Lee Interviewer', 2],
      ['Dana Interviewer', 1],
    ]);
    expect(seen.hidden).toBe(0);
    expect((await dana.get(`/api/candidates/${cand.id}/scorecards/${leeId}`)).json().scorecard.card.recommendation).toBe('no');

    const view = (await dana.get(`/api/candidates/${cand.id}/decision`)).json();
    expect(view.recorded).toBeNull();
    expect(view.decision.interviewerRecommendations).toMatchObject({ 'strong-yes': 1, no: 1 });
    expect(view.decision.competencies.some((c: { disagreement: boolean }) => c.disagreement)).toBe(true);
    expect((await dana.post(`/api/candidates/${cand.id}/decision`)).statusCode).toBe(403);
    expect((await recruiter.post(`/api/candidates/${cand.id}/decision`)).statusCode).toBe(201);
    expect((await recruiter.get(`/api/candidates/${cand.id}/decision`)).json().recorded).toMatchObject({ decidedBy: t.users.recruiter.id });
    expect((await recruiter.get(`/api/roles/${role.id}/candidates`)).json().candidates.find((r: { id: string }) => r.id === cand.id)).toMatchObject({ interviewers: 2, scorecards: 2 });

    const exported = await recruiter.get(`/api/candidates/${cand.id}/export`);
    expect(exported.headers['content-disposition']).toBe(`attachment; filename="candidate-${cand.id}.json"`);
    const doc = exported.json();
    expect(doc).toMatchObject({ format: 'evident-ats-export/1', candidate: { id: cand.id, name: 'Sam Strong', emails: ['sam@example.org'], role: { id: role.id } } });
    expect(doc.assessment.fit).toBeGreaterThan(0);
    expect(doc.decision.schemaVersion).toBe('1.0');
    const danaCard = doc.scorecards.find((s: { interviewer: { id: string } }) => s.interviewer.id === danaId);
    const leeCard = doc.scorecards.find((s: { interviewer: { id: string } }) => s.interviewer.id === leeId);
    expect(danaCard).toMatchObject({
      id: `${cand.id}/${danaId}`,
      candidate_id: cand.id,
      application_id: cand.id,
      interview_step: { id: 1, name: `Round 1: ${kit.rounds[0].title}` },
      interviewer: { id: danaId, name: 'Dana Interviewer', first_name: 'Dana', last_name: 'Interviewer', employee_id: null },
      overall_recommendation: 'strong_yes',
    });
    expect(danaCard.submitted_by).toEqual(danaCard.interviewer);
    expect(new Set(danaCard.attributes.map((a: { rating: string }) => a.rating))).toEqual(new Set(['strong_yes']));
    expect(danaCard.ratings.strong_yes).toHaveLength(danaCard.attributes.length);
    expect(danaCard.ratings.mixed).toEqual([]);
    expect(danaCard.questions[0]).toEqual({ id: null, question: 'Red flags observed', answer: 'None' });
    expect(leeCard.overall_recommendation).toBe('no');
    expect(leeCard.questions[0].answer).toBe('Could not say how a degrading model is or would be detected');
    expect(leeCard.attributes[0]).toMatchObject({ rating: 'no', note: expect.stringMatching(/^answer to /) });
    expect((await dana.get(`/api/candidates/${cand.id}/export`)).statusCode).toBe(403);

    const log = await t.store.audit.list({ subjectId: cand.id });
    expect(new Set(log.map((e) => e.detail))).toEqual(new Set(['kit.build', 'interviewers.assign', 'kit.view', 'assessment.view', 'scorecard.submit', 'scorecards.view', 'scorecard.view', 'decision.view', 'decision.record', 'ats.export']));
    expect(log.filter((e) => e.detail === 'kit.view').map((e) => e.actorId)).toEqual(expect.arrayContaining([danaId, leeId]));
  });

  it('blind mode hides identity from interviewers and only from them', async () => {
    const role = (await recruiter.post('/api/roles', { template: 'mlops-engineer', blind: true })).json().role;
    const cand = await seedScreened(t.store, role.id, 'Priya Secret', SIGNALS, { emails: ['priya@example.org'] });
    await recruiter.post(`/api/candidates/${cand.id}/kit`);
    await recruiter.put(`/api/candidates/${cand.id}/assignments`, { assignments: [{ interviewerId: t.users.dana.id, round: 1 }] });
    const label = `Candidate ${cand.id.slice(0, 8)}`;

    const page = (await dana.get(`/api/candidates/${cand.id}`)).json();
    const listed = (await dana.get('/api/candidates')).json().candidates;
    const mineList = (await dana.get('/api/me/assignments')).json().assignments;
    const assessment = (await dana.get(`/api/candidates/${cand.id}/assessment`)).json().assessment;
    const kit = (await dana.get(`/api/candidates/${cand.id}/kit`)).json().kit;

    expect(page.candidate).toMatchObject({ label, emails: [], names: [] });
    expect(page.repositories).toEqual([]);
    expect(listed.map((c: { label: string }) => c.label)).toEqual([label]);
    expect(mineList[0].label).toBe(label);
    expect(assessment.candidate).toEqual({ label: 'Candidate (blind)', blind: true });
    expect(JSON.stringify([page, listed, mineList, assessment, kit])).not.toMatch(/Priya|priya@/);
    expect((await recruiter.get(`/api/candidates/${cand.id}`)).json().candidate).toMatchObject({ label: 'Priya Secret', emails: ['priya@example.org'] });
  });
});
