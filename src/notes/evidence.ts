// What the claim rules check against: the assessment when given (its claims
// matrix, red flags and repositories), else what the kit carries (its claim
// probes, unprobed claims, red flags and deep-dive locations).
import type { AssessmentInput as Assessment } from '../model/index.js';
import { resolveSkill } from '../cv/index.js';
import type { Kit } from '../interview/index.js';
import type { EvidenceView } from './rules/claims.js';

const foldRepo = (name: string) => name.toLowerCase().replace(/[-_]/g, ' ').trim();

/** `repo: path:line` → `repo`. */
const repoOf = (ref: string): string | undefined => (ref.includes(': ') ? ref.slice(0, ref.indexOf(': ')) : undefined);

function fromAssessment(a: Assessment): EvidenceView {
  const unbacked = new Map<string, { name: string; rung: string }>();
  for (const c of a.claims ?? []) if (c.rung === 'none' || c.rung === 'declared') unbacked.set(c.skill, { name: c.name ?? resolveSkill(c.skill)?.name ?? c.skill, rung: c.rung });
  const repos = new Set<string>();
  for (const comp of a.competencies ?? []) {
    for (const c of comp.contributions ?? []) {
      for (const r of c.repositories ?? []) repos.add(r);
      for (const e of c.evidence ?? []) if (repoOf(e)) repos.add(repoOf(e)!);
    }
  }
  for (const r of a.maturity?.repositories ?? []) repos.add(r.repository);
  return { unbacked, flags: (a.redFlags ?? []).map((f) => ({ id: f.id, reason: f.reason })), repositories: [...repos].map(foldRepo), source: 'assessment' };
}

function fromKit(kit: Kit): EvidenceView {
  const unbacked = new Map<string, { name: string; rung: string }>();
  const repos = new Set<string>();
  const claimed = [...(kit.unprobedClaims ?? [])];
  for (const q of kit.rounds.flatMap((r) => r.questions)) {
    for (const reason of q.reasons ?? []) {
      if (reason.kind === 'claim') claimed.push(reason.tool);
      if (reason.kind === 'evidence' && repoOf(reason.location)) repos.add(repoOf(reason.location)!);
    }
  }
  for (const tool of claimed) {
    const skill = resolveSkill(tool);
    unbacked.set(skill?.id ?? tool, { name: skill?.name ?? tool, rung: 'none' });
  }
  return { unbacked, flags: (kit.evidence.redFlags ?? []).map((f) => ({ id: f.id, reason: f.reason })), repositories: [...repos].map(foldRepo), source: 'kit' };
}

export function evidenceView(kit: Kit, assessment?: Assessment): EvidenceView {
  return assessment ? fromAssessment(assessment) : fromKit(kit);
}
