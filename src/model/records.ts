// The records of the team app's store that its API answers with: an account
// and a candidate. The store's `User` and `Candidate` are these types
// (src/store/users.ts, candidates.ts) and the web app imports them, so the
// shape is written once.
import { z } from 'zod';
import { UserRole } from './ids.js';

export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export const UserStatus = z.enum(USER_STATUSES);
export type UserStatus = z.infer<typeof UserStatus>;

/** An account as the API shows it (never its password or invitation hash). */
export const UserRecord = z.object({
  id: z.string(),
  /** Lower-cased. */
  email: z.string(),
  name: z.string(),
  role: UserRole,
  /** Invited (no password yet), active or disabled. */
  status: UserStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UserRecord = z.infer<typeof UserRecord>;

export const CANDIDATE_STATUSES = ['new', 'screening', 'screened', 'failed'] as const;
export const CandidateStatus = z.enum(CANDIDATE_STATUSES);
export type CandidateStatus = z.infer<typeof CandidateStatus>;

/** A candidate: a label (a name, or `Candidate 3` in blind mode), the role they are screened for, their git identities and where screening stands. */
export const CandidateRecord = z.object({
  id: z.string(),
  roleId: z.string().nullable(),
  label: z.string(),
  status: CandidateStatus,
  /** Why screening failed (a corrupt archive), shown on the candidate. */
  error: z.string().nullable(),
  /** Git identities, for authorship only. */
  emails: z.array(z.string()),
  names: z.array(z.string()),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CandidateRecord = z.infer<typeof CandidateRecord>;
