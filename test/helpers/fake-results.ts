// An in-memory ResultStore (src/app/ports.ts) for use-case tests: plain maps,
// the same contracts as src/store's aggregates.
import type { AssessmentRecord, AssignmentRecord, ResultStore, ScorecardRecord } from '../../src/app/ports.js';
import type { CvResult, Decision, Kit } from '../../src/model/index.js';

export interface FakeResults extends ResultStore {
  /** Assignments to add directly (the arrange step of a test). */
  assigned: AssignmentRecord[];
  deleted: string[];
}

export function fakeResults(candidates: readonly string[] = []): FakeResults {
  const known = new Set(candidates);
  const assessments: AssessmentRecord[] = [];
  const cvs = new Map<string, CvResult>();
  const kits = new Map<string, Kit>();
  const cards = new Map<string, ScorecardRecord[]>();
  const decisions = new Map<string, { decision: Decision; decidedBy?: string }>();
  const assigned: AssignmentRecord[] = [];
  const deleted: string[] = [];
  return {
    assigned,
    deleted,
    assessments: {
      save: async (a) => {
        const i = assessments.findIndex((x) => x.candidateId === a.candidateId && x.roleId === a.roleId);
        if (i >= 0) assessments.splice(i, 1);
        assessments.push(a);
      },
      get: async (candidateId, roleId) => assessments.find((a) => a.candidateId === candidateId && a.roleId === roleId),
      latest: async (candidateId) => assessments.filter((a) => a.candidateId === candidateId).at(-1),
      listByRole: async (roleId) => assessments.filter((a) => a.roleId === roleId),
    },
    cvResults: {
      save: async ({ fileId, analyserVersion, result }) => void cvs.set(`${fileId}|${analyserVersion}`, result),
      get: async (fileId, analyserVersion) => cvs.get(`${fileId}|${analyserVersion}`),
    },
    kits: {
      save: async ({ candidateId, kit }) => void kits.set(candidateId, kit),
      get: async (candidateId) => kits.get(candidateId),
    },
    assignments: {
      listByCandidate: async (candidateId) => assigned.filter((a) => a.candidateId === candidateId),
      listByInterviewer: async (interviewerId) => assigned.filter((a) => a.interviewerId === interviewerId),
    },
    scorecards: {
      submit: async (candidateId, interviewerId, card) => void cards.set(candidateId, [...(cards.get(candidateId) ?? []), { interviewerId, card }]),
      listSubmitted: async (candidateId) => cards.get(candidateId) ?? [],
      hasSubmitted: async (candidateId, interviewerId, round) => (cards.get(candidateId) ?? []).some((c) => c.interviewerId === interviewerId && (round === undefined || c.card.round === round)),
    },
    decisions: {
      save: async ({ candidateId, decidedBy, decision }) => void decisions.set(candidateId, { decision, decidedBy }),
      get: async (candidateId) => decisions.get(candidateId),
    },
    deleteCandidate: async (candidateId) => {
      if (!known.delete(candidateId)) return undefined;
      deleted.push(candidateId);
      kits.delete(candidateId);
      cards.delete(candidateId);
      decisions.delete(candidateId);
      return { candidateId };
    },
  };
}
