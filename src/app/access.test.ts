import { describe, expect, it } from 'vitest';
import { isUserError } from '../util/errors.js';
import {
  assertAccess,
  canDecide,
  canDeleteCandidate,
  canManageHiring,
  canManageUsers,
  canReadAudit,
  canSeeIdentity,
  canSubmitScorecard,
  canViewCandidate,
  canViewDecision,
  canViewScorecard,
  visibleCandidates,
  type Actor,
} from './access.js';

const admin: Actor = { id: 'u-admin', role: 'admin' };
const recruiter: Actor = { id: 'u-rec', role: 'recruiter' };
const dana: Actor = { id: 'u-dana', role: 'interviewer' };
const lee: Actor = { id: 'u-lee', role: 'interviewer' };
const assignments = [
  { candidateId: 'c1', interviewerId: 'u-dana', round: 1 },
  { candidateId: 'c1', interviewerId: 'u-lee', round: 2 },
  { candidateId: 'c2', interviewerId: 'u-lee', round: 1 },
];
const allowed = { allowed: true };

describe('app/access', () => {
  it.each([
    ['admin', admin, [true, true, true, true, true]],
    ['recruiter', recruiter, [false, true, true, true, false]],
    ['interviewer', dana, [false, false, false, false, false]],
  ] as const)('%s: manage users, manage hiring, delete candidates, decide, read the audit log', (_name, actor, expected) => {
    const results = [canManageUsers(actor), canManageHiring(actor), canDeleteCandidate(actor), canDecide(actor), canReadAudit(actor)];

    expect(results.map((r) => r.allowed)).toEqual(expected);
    for (const r of results) if (!r.allowed) expect(r.status).toBe(403);
  });

  it('an interviewer sees only the candidates assigned to them; an unassigned one is not found', () => {
    const candidates = [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }];

    expect(visibleCandidates(dana, candidates, assignments)).toEqual([{ id: 'c1' }]);
    expect(visibleCandidates(lee, candidates, assignments)).toEqual([{ id: 'c1' }, { id: 'c2' }]);
    expect(visibleCandidates(recruiter, candidates, assignments)).toEqual(candidates);
    expect(canViewCandidate(dana, 'c1', assignments)).toEqual(allowed);
    expect(canViewCandidate(dana, 'c2', assignments)).toEqual({ allowed: false, status: 404, reason: 'no such candidate' });
    expect(canViewCandidate(admin, 'c3', assignments)).toEqual(allowed);
  });

  it('a scorecard is submitted only by the interviewer assigned to that round', () => {
    expect(canSubmitScorecard(dana, 'c1', 1, assignments)).toEqual(allowed);
    expect(canSubmitScorecard(dana, 'c1', 2, assignments)).toEqual({ allowed: false, status: 403, reason: 'you are not assigned to round 2 of this candidate' });
    expect(canSubmitScorecard(dana, 'c2', 1, assignments)).toMatchObject({ allowed: false, status: 404 });
    expect(canSubmitScorecard(recruiter, 'c1', 1, assignments)).toMatchObject({ allowed: false, status: 403 });
  });

  it("another interviewer's scorecard stays hidden until you submit your own; staff always see it", () => {
    expect(canViewScorecard(dana, 'c1', 'u-dana', assignments, false)).toEqual(allowed);
    expect(canViewScorecard(dana, 'c1', 'u-lee', assignments, false)).toEqual({ allowed: false, status: 403, reason: 'submit your own scorecard before reading the others' });
    expect(canViewScorecard(dana, 'c1', 'u-lee', assignments, true)).toEqual(allowed);
    expect(canViewScorecard(dana, 'c2', 'u-lee', assignments, true)).toMatchObject({ allowed: false, status: 404 });
    expect(canViewScorecard(recruiter, 'c1', 'u-lee', assignments, false)).toEqual(allowed);
    expect(canViewDecision(lee, 'c1', assignments, false)).toMatchObject({ allowed: false, status: 403 });
    expect(canViewDecision(lee, 'c1', assignments, true)).toEqual(allowed);
    expect(canViewDecision(admin, 'c1', assignments, false)).toEqual(allowed);
  });

  it('blind roles hide identity from interviewers only', () => {
    expect([canSeeIdentity(dana, true), canSeeIdentity(dana, false), canSeeIdentity(recruiter, true)]).toEqual([false, true, true]);
  });

  it('a refusal becomes a one-line UserError with the HTTP meaning in its code', () => {
    const refused = (fn: () => void) => {
      try {
        fn();
      } catch (err) {
        return isUserError(err) ? [err.code, err.message] : err;
      }
      return 'allowed';
    };

    expect(refused(() => assertAccess(canViewCandidate(dana, 'c2', assignments)))).toEqual(['E_NOT_FOUND', 'no such candidate']);
    expect(refused(() => assertAccess(canManageUsers(recruiter)))).toEqual(['E_FORBIDDEN', 'only an admin manages users']);
    expect(refused(() => assertAccess(canManageUsers(admin)))).toBe('allowed');
  });
});
