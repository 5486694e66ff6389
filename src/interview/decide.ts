// The decision: ratings combined mechanically, never by discussion. Per
// competency each interviewer casts one value (their competency rating, else
// the mean of their question ratings in it); the mean and spread of those values,
// disagreement at a spread of 2 or more, must-have gates, a role-weighted total
// and an advisory recommendation with its reasons. Missing rounds are listed.
import type { CompetencyId } from '../assess/types.js';
import type { AssessmentInput } from '../model/assessment.js';
import { UserError } from '../util/errors.js';
import { weighedCompetencies } from './rounds.js';
import { INTERVIEW_RED_FLAGS, RECOMMENDATIONS, type CompetencyVote, type Decision, type InterviewRedFlag, type Kit, type Recommendation, type Scorecard, type Spread } from './types.js';
import { maxOf, minOf, pushAll } from '../util/arrays.js';

/** A must-have competency passes at this interview mean or above. */
export const GATE_MIN = 2.5;
/** Ratings this far apart are a disagreement to discuss. */
export const DISAGREEMENT = 2;
/** Role-weighted score bands, highest first. */
export const BANDS: ReadonlyArray<readonly [number, Recommendation]> = [
  [3.25, 'strong-yes'],
  [2.5, 'yes'],
  [1.75, 'no'],
  [Number.NEGATIVE_INFINITY, 'strong-no'],
];

const round2 = (x: number) => Math.round(x * 100) / 100;

export function spreadOf(values: number[]): Spread {
  if (values.length === 0) return { mean: null, spread: 0, disagreement: false };
  const spread = round2(maxOf(values) - minOf(values));
  return { mean: round2(values.reduce((n, v) => n + v, 0) / values.length), spread, disagreement: spread >= DISAGREEMENT };
}

export function decide(kit: Kit, scorecards: readonly Scorecard[], assessment?: AssessmentInput): Decision {
  const cards = checkUnique(scorecards);
  const evidence = assessment ? evidenceOf(assessment) : kit.evidence;
  const competencies = weighedCompetencies(kit.role.weights).map((id) => {
    const votes = cards.flatMap((card) => voteOf(kit, card, id));
    return { id, roleWeight: kit.role.weights[id] ?? 0, evidenceScore: evidence.competencies[id] ?? null, votes, ...spreadOf(votes.map((v) => v.value)) };
  });
  const gates = kit.role.mustHaves.map((g) => {
    const mean = competencies.find((c) => c.id === g.competency)?.mean ?? null;
    return { ...g, mean, met: mean === null ? null : mean >= GATE_MIN };
  });
  const decision: Decision = {
    schemaVersion: '1.0',
    kit: kit.id,
    role: { name: kit.role.name, title: kit.role.title },
    candidate: kit.candidate,
    scorecards: cards.map((c) => ({ round: c.round, interviewer: c.interviewer, recommendation: c.recommendation, file: c.file })),
    missingRounds: kit.rounds.filter((r) => !cards.some((c) => c.round === r.number)).map((r) => ({ number: r.number, title: r.title })),
    competencies,
    questions: questionRows(kit, cards),
    gates,
    total: totalOf(competencies),
    redFlags: (Object.keys(INTERVIEW_RED_FLAGS) as InterviewRedFlag[])
      .map((id) => ({ id, title: INTERVIEW_RED_FLAGS[id], by: cards.filter((c) => c.redFlags[id]).map((c) => `${c.interviewer} (round ${c.round})`) }))
      .filter((f) => f.by.length > 0),
    interviewerRecommendations: Object.fromEntries(RECOMMENDATIONS.map((r) => [r, cards.filter((c) => c.recommendation === r).length])) as Record<Recommendation, number>,
    recommendation: { value: null, provisional: true, reasons: [] },
    evidence,
    advisory: "Advisory only: a mechanical summary of the interviewers' ratings beside the evidence, for the people who decide.",
  };
  decision.recommendation = recommend(decision);
  return decision;
}

function questionRows(kit: Kit, cards: Scorecard[]): Decision['questions'] {
  return kit.rounds
    .flatMap((r) => r.questions)
    .flatMap((q) => {
      const ratings = cards.filter((c) => q.id in c.questions).map((c) => ({ interviewer: c.interviewer, rating: c.questions[q.id].rating }));
      return ratings.length ? [{ id: q.id, competency: q.competency, ratings, ...spreadOf(ratings.map((r) => r.rating)) }] : [];
    });
}

/** Role-weighted mean over the rated competencies, from exact means so rounding happens once. */
function totalOf(competencies: Decision['competencies']): Decision['total'] {
  const rated = competencies.filter((c) => c.votes.length > 0);
  const weight = (list: Decision['competencies']) => list.reduce((n, c) => n + c.roleWeight, 0);
  const exact = (c: Decision['competencies'][number]) => c.votes.reduce((n, v) => n + v.value, 0) / c.votes.length;
  return {
    score: rated.length ? round2(rated.reduce((n, c) => n + exact(c) * c.roleWeight, 0) / weight(rated)) : null,
    coverage: Math.round((100 * weight(rated)) / (weight(competencies) || 1)),
  };
}

function checkUnique(scorecards: readonly Scorecard[]): Scorecard[] {
  // Code-point order, not locale order, so the result is the same everywhere.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const cards = [...scorecards].sort((a, b) => a.round - b.round || cmp(a.interviewer, b.interviewer) || cmp(a.file, b.file));
  cards.forEach((c, i) => {
    const twin = cards.slice(0, i).find((x) => x.round === c.round && x.interviewer.toLowerCase() === c.interviewer.toLowerCase());
    if (twin) throw new UserError(`${c.file}: interviewer: a second scorecard from ${c.interviewer} for round ${c.round} (the first is ${twin.file})`, 'E_SCORECARD');
  });
  return cards;
}

function voteOf(kit: Kit, card: Scorecard, id: CompetencyId): CompetencyVote[] {
  const direct = card.competencies[id];
  if (direct) return [{ round: card.round, interviewer: card.interviewer, value: direct.rating, source: 'competency' }];
  const asked = kit.rounds.find((r) => r.number === card.round)?.questions.filter((q) => q.competency === id && q.id in card.questions) ?? [];
  if (asked.length === 0) return [];
  const mean = round2(asked.reduce((n, q) => n + card.questions[q.id].rating, 0) / asked.length);
  return [{ round: card.round, interviewer: card.interviewer, value: mean, source: 'questions' }];
}

function evidenceOf(a: AssessmentInput): Kit['evidence'] {
  return {
    asOf: a.asOf,
    fit: a.fit,
    competencies: Object.fromEntries(a.competencies.map((c) => [c.id, c.score])),
    gates: a.gates.map((g) => ({ requirement: g.requirement, met: g.met, detail: g.detail })),
    redFlags: a.redFlags.map((f) => ({ id: f.id, severity: f.severity, reason: f.reason, probe: f.probe })),
  };
}

const rank = (r: Recommendation) => RECOMMENDATIONS.indexOf(r);

function recommend(d: Decision): Decision['recommendation'] {
  if (d.total.score === null) return { value: null, provisional: true, reasons: ['no ratings yet: nothing to recommend'] };
  const score = d.total.score;
  let value = (BANDS.find(([min]) => score >= min) as (typeof BANDS)[number])[1];
  const reasons = [`role-weighted interview score ${score} of 4 gives ${value} (bands: ≥ 3.25 strong-yes, ≥ 2.5 yes, ≥ 1.75 no, else strong-no)`];
  const cap = (max: Recommendation, why: string) => {
    if (rank(value) > rank(max)) value = max;
    reasons.push(`${why}: at most ${max}`);
  };
  for (const g of d.gates.filter((x) => x.met === false)) cap('no', `must-have ${g.competency} (${g.from}) not met: interview mean ${g.mean} < ${GATE_MIN}`);
  for (const c of d.competencies.filter((x) => x.disagreement)) {
    cap('yes', `interviewers disagree on ${c.id} (${c.votes.map((v) => `${v.interviewer} ${v.value}`).join(', ')}; spread ${c.spread}); discuss the evidence behind each rating`);
  }
  for (const f of d.redFlags) cap('yes', `red flag ticked, ${f.title.toLowerCase()}, by ${f.by.join(', ')}`);
  const open = [
    ...d.missingRounds.map((r) => `round ${r.number} (${r.title}) has no scorecard`),
    ...d.gates.filter((g) => g.met === null).map((g) => `must-have ${g.competency} was not rated`),
    ...(d.total.coverage < 100 ? [`only ${d.total.coverage}% of the role's weight was rated`] : []),
  ];
  pushAll(reasons, open.map((o) => `provisional: ${o}`));
  return { value, provisional: open.length > 0, reasons };
}
