// Places questions into rounds within their time budgets. A question goes only
// to a round that has its competency as a focus; among those, to one where it
// fits, of a kind the round prefers, with the least time used so far.
import type { CompetencyId } from '../assess/types.js';
import type { Question } from './bank-schema.js';
import type { Fill } from './candidate.js';
import { RESERVED_MINUTES, type RoundPlan } from './rounds.js';
import type { QuestionKind, Reason } from './types.js';

/** Default minutes per question when the bank gives none. */
export const DEFAULT_MINUTES: Record<QuestionKind, number> = { behavioural: 8, technical: 7, hypothetical: 8, 'evidence-deep-dive': 10 };

/** Order inside a round: claims, red flags, core, deep-dives, the rest. */
export const CLASS = { claim: 0, redFlag: 1, core: 2, evidence: 3, coverage: 4 } as const;

export interface Offer {
  id: string;
  q: Question;
  reasons: Reason[];
  fill: Fill;
  cls: number;
}

export interface Slot {
  plan: RoundPlan;
  used: number;
  /** In placement order; the kit sorts them by class, stably. */
  items: Offer[];
}

export function minutesOf(q: Question): number {
  return q.minutes ?? DEFAULT_MINUTES[q.kind];
}

export function budgetOf(slot: Slot): number {
  return slot.plan.minutes - RESERVED_MINUTES;
}

export function fits(slot: Slot, q: Question): boolean {
  return slot.used + minutesOf(q) <= budgetOf(slot);
}

/** Lower is better: claims and deep-dives belong in round 1; otherwise the round's kind preference. */
function kindRank(slot: Slot, offer: Offer): number {
  if (slot.plan.number === 1 && (offer.cls === CLASS.claim || offer.cls === CLASS.evidence)) return -1;
  const i = slot.plan.kinds.indexOf(offer.q.kind);
  return i < 0 ? 99 : i;
}

/** Places an offer; `force` places it even over budget (core questions are never dropped). */
export function place(slots: Slot[], offer: Offer, force = false): boolean {
  const open = slots.filter((s) => s.plan.focus.includes(offer.q.competency));
  const fitting = open.filter((s) => fits(s, offer.q));
  const pool = fitting.length > 0 ? fitting : force ? open : [];
  const best = [...pool].sort((a, b) => kindRank(a, offer) - kindRank(b, offer) || a.used - b.used || a.plan.number - b.plan.number)[0];
  if (!best) return false;
  putIn(best, offer);
  return true;
}

export function putIn(slot: Slot, offer: Offer): void {
  slot.used += minutesOf(offer.q);
  slot.items.push(offer);
}

export function isPlaced(slots: Slot[], bankId: string): boolean {
  return slots.some((s) => s.items.some((i) => i.q.id === bankId));
}

/** Gives each (round, focus competency) without a question one general question that fits. */
export function cover(slots: Slot[], general: Question[]): void {
  for (const slot of slots) {
    for (const c of slot.plan.focus) {
      if (slot.items.some((i) => i.q.competency === c)) continue;
      const offers = general.filter((q) => q.competency === c && !isPlaced(slots, q.id) && fits(slot, q)).map((q) => coverage(q));
      const best = offers.sort((a, b) => kindRank(slot, a) - kindRank(slot, b))[0];
      if (best) putIn(slot, best);
    }
  }
}

/** Fills the remaining time so that each competency's minutes follow the role's weights. */
export function fill(slots: Slot[], general: Question[], shares: Partial<Record<CompetencyId, number>>): void {
  const pool = general.filter((q) => !isPlaced(slots, q.id));
  const spent = (c: CompetencyId) => slots.flatMap((s) => s.items).filter((i) => i.q.competency === c).reduce((n, i) => n + minutesOf(i.q), 0);
  const share = (c: CompetencyId) => shares[c] ?? 0;
  for (;;) {
    const options = pool.map((q) => ({ q, rank: bestRank(slots, q) })).filter((o) => Number.isFinite(o.rank));
    if (options.length === 0) return;
    const c = [...new Set(options.map((o) => o.q.competency))].sort((a, b) => spent(a) / share(a) - spent(b) / share(b) || share(b) - share(a))[0];
    // The best-fitting kind first; ties keep the bank's order.
    const { q } = options.filter((o) => o.q.competency === c).sort((a, b) => a.rank - b.rank)[0];
    pool.splice(pool.indexOf(q), 1);
    place(slots, coverage(q));
  }
}

/** The best kind rank among rounds the question fits in (Infinity when none). */
function bestRank(slots: Slot[], q: Question): number {
  const offer = coverage(q);
  return Math.min(...slots.filter((s) => s.plan.focus.includes(q.competency) && fits(s, q)).map((s) => kindRank(s, offer)));
}

function coverage(q: Question): Offer {
  return { id: q.id, q, reasons: [{ kind: 'coverage' }], fill: {}, cls: CLASS.coverage };
}
