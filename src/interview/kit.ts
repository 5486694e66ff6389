// Kit generation: the role's rounds and core questions (the same for every
// candidate of the role), then questions chosen for this candidate - claims
// without evidence and red flags first, then deep-dives into their own best
// evidence - within each round's time budget. Pure and deterministic.
import { createHash } from 'node:crypto';
import { ADVISORY } from '../assess/assess.js';
import { normalisedWeights, type RoleProfile } from '../assess/role-profile.js';
import type { CompetencyId } from '../assess/types.js';
import { isEvidenced, type AssessmentInput } from '../model/assessment.js';
import { loadCompetencyData } from '../assess/weights.js';
import { CLASS, cover, fill, minutesOf, place, budgetOf, type Offer, type Slot } from './allocate.js';
import { withFindings, type Question } from './bank-schema.js';
import { bestEvidence, candidateFacts, claimedName, claimMatch, fillQuestion, fillText, toolCompetencies, type CandidateFacts, type UnbackedClaim } from './candidate.js';
import { planRounds } from './rounds.js';
import { INTERVIEW_RED_FLAGS, type InterviewRedFlag, type Kit, type KitGate, type KitQuestion, type KitRound } from './types.js';

/** At most this many claim probes per kit, and per claim question. */
export const MAX_CLAIM_PROBES = 4;
const MAX_PER_CLAIM_QUESTION = 2;
/** Questions per raised red flag, counting core questions that probe it. */
const MAX_PER_FLAG = 2;
export const MAX_DEEP_DIVES = 3;

export interface KitInput {
  bank: readonly Question[];
  role: RoleProfile;
  assessment: AssessmentInput;
}

export function buildKit({ bank, role, assessment }: KitInput): Kit {
  const shares = normalisedWeights(role);
  const slots: Slot[] = planRounds(shares).map((plan) => ({ plan, used: 0, items: [] }));
  const eligible = bank.filter((q) => shares[q.competency] > 0 && shares[q.competency] >= q.applies.min_weight);
  const facts = candidateFacts(assessment);
  const core = eligible.filter((q) => q.core);
  for (const q of core) {
    const flags = facts.redFlags.filter((f) => q.applies.red_flag?.includes(f.id));
    const reasons = [{ kind: 'core' as const }, ...flags.map((f) => ({ kind: 'red-flag' as const, flag: f.id, finding: f.reason }))];
    place(slots, { id: q.id, q, fill: {}, reasons, cls: flags.length ? CLASS.redFlag : CLASS.core }, true);
  }
  const unprobedClaims: string[] = [];
  for (const offer of claimOffers(eligible, facts, shares, unprobedClaims)) {
    if (!place(slots, offer)) unprobedClaims.push(offer.fill.tool as string);
  }
  for (const offer of [...redFlagOffers(eligible, facts, core), ...topicOffers(eligible, assessment, core), ...deepDiveOffers(eligible, facts, shares)]) place(slots, offer);
  const general = eligible.filter((q) => !q.core && !q.applies.claim_none && !q.applies.red_flag && !q.applies.evidence);
  cover(slots, general);
  fill(slots, general, shares);
  return assemble(role, assessment, shares, slots, core, unprobedClaims, facts, eligible);
}

/** Where on the CV a claim carries most: a dated role, then a project, the text, a bare list. */
const CONTEXT_RANK: Record<string, number> = { role: 0, project: 1, prose: 2, list: 3 };

/**
 * The claims most relevant to the role first: the largest role weight among
 * the competencies the tool feeds (an observability engineer's observability
 * claims for an MLOps role); then the claims the CV leans on most (its
 * prominence: the most recent dated role or the summary, repeated across
 * roles, bare skills-list entries last; src/cv/prominence.ts); an assessment
 * made before prominence existed falls back to claims made in dated roles
 * first. Then the assessment's order.
 */
function byRelevance(claims: readonly UnbackedClaim[], shares: Record<CompetencyId, number>): UnbackedClaim[] {
  const weight = (c: UnbackedClaim) => Math.max(0, ...toolCompetencies(c.tool).map((k) => shares[k]));
  const where = (c: UnbackedClaim) => CONTEXT_RANK[c.context ?? 'list'] ?? 3;
  const rank = (c: UnbackedClaim) => c.prominence ?? Infinity;
  return claims
    .map((c, i) => ({ c, i, w: weight(c), r: where(c), p: rank(c) }))
    .sort((a, b) => b.w - a.w || a.p - b.p || a.r - b.r || a.i - b.i)
    .map((x) => x.c);
}

function claimOffers(eligible: Question[], facts: CandidateFacts, shares: Record<CompetencyId, number>, unprobed: string[]): Offer[] {
  const uses = new Map<string, number>();
  const offers: Offer[] = [];
  for (const { tool, context, cvText } of byRelevance(facts.unbacked, shares)) {
    const q = eligible
      .filter((x) => claimMatch(x, tool) > 0 && (uses.get(x.id) ?? 0) < MAX_PER_CLAIM_QUESTION)
      .sort((a, b) => claimMatch(b, tool) - claimMatch(a, tool) || shares[b.competency] - shares[a.competency])[0];
    if (!q || offers.length >= MAX_CLAIM_PROBES) {
      unprobed.push(tool);
      continue;
    }
    uses.set(q.id, (uses.get(q.id) ?? 0) + 1);
    const words = cvText !== undefined ? { cvText } : {};
    offers.push({ id: `${q.id}@${tool}`, q, fill: { tool, ...words }, reasons: [{ kind: 'claim', tool, ...(context ? { context } : {}), ...words }], cls: CLASS.claim });
  }
  return offers;
}

function redFlagOffers(eligible: Question[], facts: CandidateFacts, core: Question[]): Offer[] {
  const offers: Offer[] = [];
  const flags = [...facts.redFlags].sort((a, b) => Number(a.severity !== 'warning') - Number(b.severity !== 'warning'));
  for (const flag of flags) {
    let quota = MAX_PER_FLAG - core.filter((q) => q.applies.red_flag?.includes(flag.id)).length;
    for (const q of eligible.filter((x) => !x.core && x.applies.red_flag?.includes(flag.id))) {
      if (quota <= 0) break;
      const reason = { kind: 'red-flag' as const, flag: flag.id, finding: flag.reason };
      // A question already chosen for another flag probes this one too, and says so.
      const chosen = offers.find((o) => o.q.id === q.id);
      if (chosen) chosen.reasons.push(reason);
      else offers.push({ id: q.id, q, fill: {}, reasons: [reason], cls: CLASS.redFlag });
      quota -= 1;
    }
  }
  return offers;
}

/** One neutral question per unverified topic (a flag drawn from absence), unless a core question already asks it. */
function topicOffers(eligible: Question[], a: AssessmentInput, core: Question[]): Offer[] {
  const offers: Offer[] = [];
  for (const t of a.unverified ?? []) {
    if (core.some((q) => q.applies.red_flag?.includes(t.id))) continue;
    const q = eligible.find((x) => !x.core && x.applies.red_flag?.includes(t.id) && !offers.some((o) => o.q.id === x.id));
    if (q) offers.push({ id: q.id, q, fill: {}, reasons: [{ kind: 'topic', topic: t.id, finding: t.reason }], cls: CLASS.redFlag });
  }
  return offers;
}

/**
 * Deep-dives into the candidate's best evidence, the role's heaviest
 * competencies first: first on evidence in repositories that credit no other
 * source for their code (the assessment's adapted and course notes), then, if
 * fewer than MAX_DEEP_DIVES were found, on the rest.
 */
function deepDiveOffers(eligible: Question[], facts: CandidateFacts, shares: Record<CompetencyId, number>): Offer[] {
  const offers: Offer[] = [];
  const quoted = new Set<string>();
  const questions = eligible.filter((x) => x.applies.evidence).sort((a, b) => shares[b.competency] - shares[a.competency]);
  for (const solidOnly of [true, false]) {
    for (const q of questions) {
      if (offers.length >= MAX_DEEP_DIVES) break;
      if (offers.some((o) => o.q.id === q.id)) continue;
      const e = bestEvidence(q, facts, quoted, solidOnly);
      if (!e) continue;
      quoted.add(e.location);
      const location = e.repo ? `${e.repo}: ${e.location}` : e.location;
      offers.push({ id: q.id, q, fill: { evidence: e }, reasons: [{ kind: 'evidence', signal: e.signal, location }], cls: CLASS.evidence });
    }
  }
  return offers;
}

function assemble(role: RoleProfile, a: AssessmentInput, shares: Record<CompetencyId, number>, slots: Slot[], core: Question[], unprobedClaims: string[], facts: CandidateFacts, eligible: readonly Question[]): Kit {
  // Texts tied to a finding (hidden text) are asked only when the assessment raised it as a finding.
  const raised = new Set<string>(facts.redFlags.map((f) => f.id));
  const rounds = slots.map((s) => toRound(s, raised));
  const weights = Object.fromEntries(Object.entries(shares).filter(([, v]) => v > 0).map(([k, v]) => [k, Math.round(v * 10) / 10]));
  const label = a.candidate.label;
  const unevidenced = a.competencies.filter((c) => !isEvidenced(c)).map((c) => c.id);
  const digest = createHash('sha256').update(JSON.stringify([role.name, label, rounds.map((r) => r.questions.map((q) => q.id))])).digest('hex');
  return {
    schemaVersion: '1.0',
    id: `${role.name}/${slug(label)}/${digest.slice(0, 8)}`,
    role: { name: role.name, title: role.title, weights, mustHaves: mustHaves(role) },
    candidate: { label, blind: a.candidate.blind },
    evidence: {
      asOf: a.asOf,
      fit: a.fit,
      competencies: Object.fromEntries(a.competencies.map((c) => [c.id, c.score])),
      ...(unevidenced.length > 0 ? { unevidenced } : {}),
      gates: a.gates.map((g) => ({ requirement: g.requirement, met: g.met, detail: g.detail })),
      redFlags: a.redFlags.map((f) => ({ id: f.id, severity: f.severity, reason: f.reason, probe: f.probe })),
    },
    core: core.map((q) => q.id),
    rounds,
    unprobedClaims,
    notes: notes(role, a, slots, unprobedClaims, facts, eligible),
    advisory: ADVISORY,
  };
}

function toRound(slot: Slot, raised: ReadonlySet<string>): KitRound {
  const items = [...slot.items].sort((x, y) => x.cls - y.cls);
  const questions: KitQuestion[] = items.map((o) => {
    const t = fillQuestion(withFindings(o.q, raised), o.fill);
    return {
      id: o.id,
      bankId: o.q.id,
      title: o.fill.tool ? `${fillText(o.q.title, o.fill)}: ${claimedName(o.fill.tool, o.fill.cvText)}` : fillText(o.q.title, o.fill),
      competency: o.q.competency,
      kind: o.q.kind,
      core: o.q.core,
      minutes: minutesOf(o.q),
      reasons: o.reasons,
      prompt: t.prompt,
      followUps: t.follow_ups,
      listenFor: t.listen_for,
      redFlagAnswers: t.red_flag_answers,
      rubric: t.rubric,
    };
  });
  const { number, title, purpose, minutes, focus } = slot.plan;
  const redFlags = Object.keys(INTERVIEW_RED_FLAGS) as InterviewRedFlag[];
  return { number, title, purpose, minutes, plannedMinutes: slot.used, focus, questions, scorecard: { questions: questions.map((q) => q.id), competencies: focus, redFlags } };
}

/** The role's must-haves as interview gates: a signal counts for the competency it weighs most in. */
export function mustHaves(role: RoleProfile): KitGate[] {
  const data = loadCompetencyData().competencies;
  const gates: KitGate[] = [];
  for (const m of role.must_haves) {
    const from = 'signal' in m ? `${m.signal} present` : `${m.competency} ≥ ${m.min}`;
    const weightIn = (c: CompetencyId) => ('signal' in m ? (data[c].signals[m.signal] ?? 0) : 0);
    const competency = 'signal' in m ? (Object.keys(data) as CompetencyId[]).filter((c) => weightIn(c) > 0).sort((x, y) => weightIn(y) - weightIn(x))[0] : m.competency;
    // A signal no competency counts (demo_ui, say) stays an evidence-only must-have.
    if (!competency) continue;
    const existing = gates.find((g) => g.competency === competency);
    if (existing) existing.from = `${existing.from}; ${from}`;
    else gates.push({ competency, from });
  }
  return gates;
}

function notes(role: RoleProfile, a: AssessmentInput, slots: Slot[], unprobedClaims: string[], facts: CandidateFacts, eligible: readonly Question[]): string[] {
  const out = ['Ask the questions of each round in order. Core questions are the same for every candidate of this role, so their ratings compare.'];
  if (a.role.name !== role.name) out.push(`The assessment was made for role ${a.role.name}; this kit is for ${role.name}.`);
  for (const s of slots.filter((x) => x.used > budgetOf(x))) {
    out.push(`Round ${s.plan.number} plans ${s.used} minutes of questions, more than the ${budgetOf(s)} available: lengthen the round for every candidate of this role.`);
  }
  const probed = new Set(slots.flatMap((x) => x.items.flatMap((i) => i.reasons.flatMap((r) => (r.kind === 'red-flag' ? [r.flag] : [])))));
  for (const f of a.redFlags.filter((x) => !probed.has(x.id) && facts.redFlags.some((y) => y.id === x.id))) {
    const asked = eligible.some((q) => q.applies.red_flag?.includes(f.id));
    const why = asked ? 'its questions did not fit in the time available' : 'no question on it applies to this role (the bank asks about it only in competencies the role does not weigh)';
    out.push(`Red flag ${f.id} (${f.reason}) has no question: ${why}. Ask briefly: ${f.probe}`);
  }
  for (const f of facts.unsureFlags) {
    out.push(`Red flag ${f.id} (${f.reason}) is not asked as a finding: the assessment marks authorship partial or unknown in ${f.repos.join(', ')}. Ask neutrally: ${f.probe}`);
  }
  const words = new Map(facts.unbacked.map((u) => [u.tool, u.cvText]));
  if (unprobedClaims.length > 0) out.push(`Claims without evidence that no question covers, to ask about briefly if time allows: ${unprobedClaims.map((x) => claimedName(x, words.get(x))).join(', ')}.`);
  if (facts.evidence.length === 0 && facts.unsureEvidence.length > 0) {
    out.push('No deep-dive into repository code: git history does not show who wrote the evidence (or shows others). Ask the candidate which parts they wrote before discussing it.');
  }
  for (const t of a.unverified ?? []) out.push(`To ask about, neutrally (the repositories screened cannot show it): ${t.title}. ${t.probe}`);
  return out;
}

function slug(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'candidate';
}
