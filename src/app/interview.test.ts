import { describe, expect, it } from 'vitest';
import { fakeResults } from '../../test/helpers/fake-results.js';
import { assessmentFor, card, handKit } from '../../test/helpers/interview.js';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { UserError } from '../util/errors.js';
import type { Actor } from './access.js';
import { deleteCandidate } from './candidates.js';
import { buildStoredKit, decideCandidate, readScorecards, submitScorecard } from './interview.js';

const recruiter: Actor = { id: 'u-rec', role: 'recruiter' };
const dana: Actor = { id: 'u-dana', role: 'interviewer' };
const lee: Actor = { id: 'u-lee', role: 'interviewer' };

function arranged() {
  const results = fakeResults(['c1']);
  results.assigned.push({ candidateId: 'c1', interviewerId: dana.id, round: 1 }, { candidateId: 'c1', interviewerId: lee.id, round: 2 });
  void results.kits.save({ candidateId: 'c1', kit: handKit() });
  return results;
}

async function refusal(work: Promise<unknown>): Promise<[string, string] | 'done'> {
  try {
    await work;
    return 'done';
  } catch (err) {
    if (err instanceof UserError) return [err.code, err.message];
    throw err;
  }
}

describe('app/interview', () => {
  it('builds and keeps the kit of a screened candidate; an interviewer cannot', async () => {
    const results = fakeResults(['c1']);
    await results.assessments.save({ candidateId: 'c1', roleId: 'r1', assessment: assessmentFor('mlops') });
    const role = loadRoleFile(templatePath('mlops-engineer'));

    const kit = await buildStoredKit(recruiter, 'c1', role, { results });

    expect(await results.kits.get('c1')).toEqual(kit);
    expect(kit.rounds.length).toBeGreaterThan(1);
    expect(await refusal(buildStoredKit(dana, 'c1', role, { results }))).toEqual(['E_FORBIDDEN', 'only an admin or a recruiter can do this']);
    expect(await refusal(buildStoredKit(recruiter, 'c2', role, { results }))).toEqual(['E_NOT_READY', 'the candidate has no assessment yet: screen them first']);
  });

  it('an interviewer submits once, for their own round, a card the kit accepts', async () => {
    const results = arranged();

    expect(await refusal(submitScorecard(dana, 'c1', card(2, 'Dana', { q4: 3 }), { results }))).toEqual(['E_FORBIDDEN', 'you are not assigned to round 2 of this candidate']);
    expect(await refusal(submitScorecard(dana, 'c9', card(1, 'Dana', { q1: 3 }), { results }))).toEqual(['E_NOT_FOUND', 'no such candidate']);
    expect(await refusal(submitScorecard(dana, 'c1', card(1, 'Dana', { q4: 3 }), { results }))).toEqual(['E_INVALID', 'questions.q4: question q4 belongs to round 2, not round 1']);
    expect(await submitScorecard(dana, 'c1', card(1, 'Dana', { q1: 3 }), { results })).toBeUndefined();
    expect(await refusal(submitScorecard(dana, 'c1', card(1, 'Dana', { q2: 3 }), { results }))).toEqual(['E_CONFLICT', 'your scorecard for round 1 of this candidate is already submitted']);
  });

  it("others' scorecards stay hidden until one's own is submitted; staff read them all", async () => {
    const results = arranged();
    await submitScorecard(dana, 'c1', card(1, 'Dana', { q1: 3 }), { results });

    const whoCanLeeRead = async () => (await readScorecards(lee, 'c1', { results })).map((s) => s.interviewerId);

    expect(await whoCanLeeRead()).toEqual([]);
    expect((await readScorecards(dana, 'c1', { results })).map((s) => s.interviewerId)).toEqual([dana.id]);
    await submitScorecard(lee, 'c1', card(2, 'Lee', { q4: 2 }), { results });
    expect(await whoCanLeeRead()).toEqual([dana.id, lee.id]);
    expect((await readScorecards(recruiter, 'c1', { results })).length).toBe(2);
  });

  it('the decision comes from every submitted scorecard and is kept; only staff decide', async () => {
    const results = arranged();
    expect(await refusal(decideCandidate(recruiter, 'c1', { results }))).toEqual(['E_NOT_READY', 'no scorecard has been submitted for this candidate']);
    await submitScorecard(dana, 'c1', card(1, 'Dana', { q1: 3, q2: 4, q3: 3 }), { results });
    await submitScorecard(lee, 'c1', card(2, 'Lee', { q4: 1, q5: 3 }), { results });

    const decision = await decideCandidate(recruiter, 'c1', { results });

    expect(decision.scorecards.map((s) => [s.round, s.interviewer])).toEqual([[1, 'Dana'], [2, 'Lee']]);
    expect(decision.competencies.find((c) => c.id === 'mlops_production')).toMatchObject({ spread: 2, disagreement: true });
    expect(await results.decisions.get('c1')).toEqual({ decision, decidedBy: recruiter.id });
    expect(await refusal(decideCandidate(dana, 'c1', { results }))).toEqual(['E_FORBIDDEN', 'only an admin or a recruiter can do this']);
  });
});

describe('app/candidates', () => {
  it('deleting a candidate forgets their jobs and erases them; staff only; a second delete is not found', async () => {
    const results = arranged();
    const forgotten: string[] = [];
    const queue = { submit: async () => 'job-1', forgetCandidate: async (id: string) => void forgotten.push(id) };

    expect(await refusal(deleteCandidate(dana, 'c1', { results, queue }))).toEqual(['E_FORBIDDEN', 'only an admin or a recruiter can do this']);
    expect(await deleteCandidate(recruiter, 'c1', { results, queue })).toBeUndefined();
    expect([forgotten, results.deleted, await results.kits.get('c1')]).toEqual([['c1'], ['c1'], undefined]);
    expect(await refusal(deleteCandidate(recruiter, 'c1', { results, queue }))).toEqual(['E_NOT_FOUND', 'no such candidate']);
  });
});
