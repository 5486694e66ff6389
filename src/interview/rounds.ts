// Round plan: depends on the role only, so every candidate of a role meets the
// same rounds with the same focus competencies (structured interviews compare
// like with like). Each competency the role weighs is a focus of at least two
// rounds; heavy ones (≥ 30% of the role) of all three.
import { COMPETENCY_IDS, type CompetencyId } from '../assess/types.js';
import type { QuestionKind } from './types.js';

export interface RoundPlan {
  number: number;
  title: string;
  purpose: string;
  minutes: number;
  /** Question kinds this round prefers, most preferred first. */
  kinds: QuestionKind[];
  focus: CompetencyId[];
}

/** Minutes of each round kept for introductions and the candidate's own questions. */
export const RESERVED_MINUTES = 10;
/** A competency with at least this share of the role is a focus of every round. */
export const HEAVY_SHARE = 30;

const ROUNDS: Array<Omit<RoundPlan, 'number' | 'focus'>> = [
  {
    title: 'Portfolio and claims',
    purpose: "The candidate's own work: claims without evidence and red flags first, then deep-dives into their code.",
    minutes: 60,
    kinds: ['evidence-deep-dive', 'technical', 'hypothetical', 'behavioural'],
  },
  {
    title: 'Technical depth',
    purpose: 'How the candidate reasons about problems: technical and design questions.',
    minutes: 60,
    kinds: ['technical', 'hypothetical', 'behavioural'],
  },
  {
    title: 'Behaviour and production',
    purpose: 'What the candidate has actually done: past behaviour in real projects, failures and production.',
    minutes: 60,
    kinds: ['behavioural', 'hypothetical', 'technical'],
  },
];

/** Competencies the role weighs, heaviest first (ties in COMPETENCY_IDS order). */
export function weighedCompetencies(shares: Partial<Record<CompetencyId, number>>): CompetencyId[] {
  return COMPETENCY_IDS.filter((c) => (shares[c] ?? 0) > 0).sort((a, b) => (shares[b] ?? 0) - (shares[a] ?? 0) || COMPETENCY_IDS.indexOf(a) - COMPETENCY_IDS.indexOf(b));
}

/** The rounds for a role with these competency shares (0–100). */
export function planRounds(shares: Partial<Record<CompetencyId, number>>): RoundPlan[] {
  const focus: CompetencyId[][] = ROUNDS.map(() => []);
  weighedCompetencies(shares).forEach((c, i) => {
    const n = ROUNDS.length;
    const rounds = (shares[c] ?? 0) >= HEAVY_SHARE ? ROUNDS.map((_, r) => r) : [i % n, (i + 1) % n];
    for (const r of rounds) focus[r].push(c);
  });
  return ROUNDS.map((r, i) => ({ ...r, number: i + 1, focus: COMPETENCY_IDS.filter((c) => focus[i].includes(c)) }));
}
