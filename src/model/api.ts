// The team app's HTTP request bodies (docs/api.md): one zod schema each, the
// type inferred under the same name. The server validates every body with
// them; the web app imports their types.
import { z } from 'zod';
import { CompetencyId, EntityId, RedFlagId, SignalId, UserRole } from './ids.js';
import { InterviewRedFlag } from './kit.js';
import { Recommendation, ScorecardRating } from './scorecard.js';

const Email = z.string().trim().min(3).max(320);
const Password = z.string().min(1).max(1024);
const Label = z.string().trim().min(1, 'a label is required').max(200);
const Strings = z.array(z.string().trim().min(1).max(500)).max(50);

export const LoginBody = z.object({ email: Email, password: Password }).strict();
export type LoginBody = z.infer<typeof LoginBody>;

export const AcceptInvitationBody = z.object({ token: z.string().min(1).max(200), password: Password, name: z.string().trim().min(1).max(200).optional() }).strict();
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>;

export const InviteUserBody = z.object({ email: Email, role: UserRole, name: z.string().trim().min(1).max(200).optional() }).strict();
export type InviteUserBody = z.infer<typeof InviteUserBody>;

export const UpdateUserBody = z
  .object({ name: z.string().trim().min(1).max(200).optional(), role: UserRole.optional(), status: z.enum(['active', 'disabled']).optional() })
  .strict();
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

const MustHave = z.union([z.object({ signal: SignalId }).strict(), z.object({ competency: CompetencyId, min: z.number().min(0).max(100) }).strict()]);

/** The fields of a role profile a user edits; given fields replace the stored ones. */
export const RoleProfileChange = z
  .object({
    description: z.string().max(20_000).optional(),
    weights: z.partialRecord(CompetencyId, z.number().min(0).max(100)).optional(),
    must_haves: z.array(MustHave).max(30).optional(),
    nice_to_haves: z.array(SignalId).max(50).optional(),
    red_flags: z.array(RedFlagId).max(20).optional(),
  })
  .strict();
export type RoleProfileChange = z.infer<typeof RoleProfileChange>;

const RoleCommon = { title: z.string().trim().min(1).max(200).optional(), blind: z.boolean().optional() };

/** A new role: from a shipped template, from a job description's text, or a whole profile. */
export const CreateRoleBody = z.union([
  z.object({ template: z.string().min(1).max(100), ...RoleCommon }).strict(),
  z.object({ jobDescription: z.string().trim().min(1).max(100_000), ...RoleCommon }).strict(),
  z.object({ profile: z.record(z.string(), z.unknown()), ...RoleCommon }).strict(),
]);
export type CreateRoleBody = z.infer<typeof CreateRoleBody>;

export const UpdateRoleBody = z.object({ ...RoleCommon, profile: RoleProfileChange.optional() }).strict();
export type UpdateRoleBody = z.infer<typeof UpdateRoleBody>;

export const PreviewRoleBody = z.object({ profile: RoleProfileChange }).strict();
export type PreviewRoleBody = z.infer<typeof PreviewRoleBody>;

export const CreateCandidateBody = z
  .object({ roleId: EntityId, label: Label, emails: Strings.optional(), names: Strings.optional(), repositories: z.array(z.string().trim().min(1).max(2000)).max(20).optional() })
  .strict();
export type CreateCandidateBody = z.infer<typeof CreateCandidateBody>;

export const UpdateCandidateBody = z.object({ label: Label.optional(), emails: Strings.optional(), names: Strings.optional(), roleId: EntityId.nullable().optional() }).strict();
export type UpdateCandidateBody = z.infer<typeof UpdateCandidateBody>;

export const AddRepositoryBody = z
  .object({ url: z.string().trim().min(1).max(2000), commit: z.string().regex(/^[0-9a-f]{40}$|^[0-9a-f]{64}$/, 'a commit is 40 or 64 hex digits').optional() })
  .strict();
export type AddRepositoryBody = z.infer<typeof AddRepositoryBody>;

export const AssignmentsBody = z
  .object({ assignments: z.array(z.object({ interviewerId: EntityId, round: z.number().int().min(1).max(20) }).strict()).max(50) })
  .strict();
export type AssignmentsBody = z.infer<typeof AssignmentsBody>;

/** One interviewer's scorecard for one round, as the form sends it (the server adds the kit id and the interviewer). */
export const ScorecardForm = z
  .object({
    round: z.number().int().min(1),
    questions: z.record(z.string().max(200), ScorecardRating).default({}),
    competencies: z.partialRecord(CompetencyId, ScorecardRating).default({}),
    redFlags: z.partialRecord(InterviewRedFlag, z.boolean()).default({}),
    recommendation: Recommendation,
  })
  .strict();
export type ScorecardForm = z.infer<typeof ScorecardForm>;

const DraftRating = z.object({ rating: z.number().int().min(1).max(4).optional(), note: z.string().max(10_000).optional() }).strict();

/** A scorecard being filled: every part optional. */
export const ScorecardDraftForm = z
  .object({
    round: z.number().int().min(1).optional(),
    questions: z.record(z.string().max(200), DraftRating).optional(),
    competencies: z.partialRecord(CompetencyId, DraftRating).optional(),
    redFlags: z.partialRecord(InterviewRedFlag, z.boolean()).optional(),
    recommendation: Recommendation.optional(),
  })
  .strict();
export type ScorecardDraftForm = z.infer<typeof ScorecardDraftForm>;

const Count = z.coerce.number().int().min(1).max(1000);
const Fit = z.coerce.number().min(0).max(100);

export const RankedQuery = z
  .object({ status: z.enum(['new', 'screening', 'screened', 'failed']).optional(), minFit: Fit.optional(), gates: z.literal('met').optional(), q: z.string().max(200).optional() })
  .strict();
export type RankedQuery = z.infer<typeof RankedQuery>;

export const ShortlistQuery = z.object({ minFit: Fit.optional(), limit: Count.optional() }).strict();
export type ShortlistQuery = z.infer<typeof ShortlistQuery>;

export const AuditQuery = z.object({ subjectId: z.string().max(64).optional(), actorId: z.string().max(64).optional(), limit: Count.optional() }).strict();
export type AuditQuery = z.infer<typeof AuditQuery>;

// Answers of the API that are not stage results (docs/api.md), for the web app.

/** One candidate's standing in a role, before or after a profile change. */
export interface PreviewSide {
  fit: number;
  rank: number;
  gatesMet: number;
  gatesTotal: number;
}

export interface PreviewRow {
  id: string;
  label: string;
  before: PreviewSide | null;
  after: PreviewSide | null;
  fitChange: number | null;
  rankChange: number | null;
}

/** `POST /api/roles/:id/preview`. */
export interface RolePreview {
  weights: { before: Record<CompetencyId, number>; after: Record<CompetencyId, number> };
  candidates: PreviewRow[];
}

/** A row of `GET /api/roles/:id/candidates`. */
export interface RankedRow {
  rank: number | null;
  id: string;
  label: string;
  status: 'new' | 'screening' | 'screened' | 'failed';
  error: string | null;
  fit: number | null;
  coverage: { share: number; low: boolean } | null;
  competencies: Partial<Record<CompetencyId, number>>;
  gates: { met: number; total: number };
  redFlags: number;
  interviewers: number;
  scorecards: number;
  recommendation: Recommendation | null;
}
