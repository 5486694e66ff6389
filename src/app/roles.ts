// Role use cases: a role profile from a shipped template, a job description
// or a whole profile; a change of its weights and must-haves; and the preview
// of what a change does to the role's screened candidates (re-assessed from
// their stored scans and CV, nothing saved).
import { roleFromJobDescription } from '../assess/from-jd.js';
import { loadRoleFile, normalisedWeights, RoleProfile, templateNames, templatePath } from '../assess/role-profile.js';
import { assessFromStore } from './stored-assessment.js';
import type { PreviewRow, PreviewSide, RoleProfileChange, RolePreview } from '../model/api.js';
import type { Assessment } from '../model/index.js';

export type { PreviewRow, PreviewSide, RolePreview };
import type { Role, Store } from '../store/index.js';
import { UserError } from '../util/errors.js';

export type RoleSource = { template: string } | { jobDescription: string } | { profile: unknown };

/** The shipped templates, by name, with their titles. */
export function roleTemplates(): Array<{ name: string; title: string }> {
  return templateNames().map((name) => ({ name, title: loadRoleFile(templatePath(name)).title }));
}

function checked(value: unknown): RoleProfile {
  const result = RoleProfile.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new UserError(`role profile: ${issue.path.map(String).join('.') || 'profile'}: ${issue.message}`, 'E_INVALID');
}

/** A role profile and, for a job description, one line per choice made from it. */
export function roleProfileFrom(source: RoleSource): { profile: RoleProfile; why: string[] } {
  if ('template' in source) return { profile: loadRoleFile(templatePath(source.template)), why: [] };
  if ('jobDescription' in source) {
    const { role, why } = roleFromJobDescription(source.jobDescription);
    return { profile: role, why };
  }
  return { profile: checked(source.profile), why: [] };
}

/** The profile with the change's given fields replacing its own; refused when the result is not a valid profile. */
export function changedProfile(profile: RoleProfile, change: RoleProfileChange): RoleProfile {
  const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
  return checked({ ...profile, ...defined });
}

function standings(entries: Array<{ id: string; assessment: Assessment }>): Map<string, PreviewSide> {
  const sorted = [...entries].sort((a, b) => b.assessment.fit - a.assessment.fit || (a.id < b.id ? -1 : 1));
  return new Map(
    sorted.map((e, i) => [e.id, { fit: e.assessment.fit, rank: i + 1, gatesMet: e.assessment.gates.filter((g) => g.met).length, gatesTotal: e.assessment.gates.length }]),
  );
}

/** What `profile` would do to the role's screened candidates: fit, rank and gates before and after (`asOf`: the day for one never assessed). */
export async function previewRole(store: Store, role: Role, profile: RoleProfile, asOf: string): Promise<RolePreview> {
  const candidates = (await store.candidates.listByRole(role.id)).filter((c) => c.status === 'screened');
  const before: Array<{ id: string; assessment: Assessment }> = [];
  const after: Array<{ id: string; assessment: Assessment }> = [];
  for (const candidate of candidates) {
    const stored = await store.assessments.get(candidate.id, role.id);
    if (stored) before.push({ id: candidate.id, assessment: stored.assessment });
    // The same day as the stored assessment, so that only the profile changes.
    const day = stored?.assessment.asOf ?? asOf;
    after.push({ id: candidate.id, assessment: (await assessFromStore(store, candidate, { profile, blind: role.blind }, day)).assessment });
  }
  const was = standings(before);
  const will = standings(after);
  const rows = candidates.map((c): PreviewRow => {
    const b = was.get(c.id) ?? null;
    const a = will.get(c.id) ?? null;
    return { id: c.id, label: c.label, before: b, after: a, fitChange: a && b ? a.fit - b.fit : null, rankChange: a && b ? b.rank - a.rank : null };
  });
  rows.sort((x, y) => (x.after?.rank ?? Infinity) - (y.after?.rank ?? Infinity));
  return { weights: { before: normalisedWeights(role.profile), after: normalisedWeights(profile) }, candidates: rows };
}
