// The ATS hand-off: a candidate's submitted scorecards in the shape of
// Greenhouse Harvest's scorecard objects (GET /v1/applications/{id}/scorecards),
// inside an envelope with the assessment and the decision. The field mapping
// is documented in docs/api.md; ratings 1–4 map to Harvest's ratings without
// its neutral `mixed`, as Evident has no neutral rating.
import { loadCompetencyData } from '../assess/weights.js';
import { INTERVIEW_RED_FLAGS, type Assessment, type CompetencyId, type Decision, type Kit, type Recommendation, type Scorecard } from '../model/index.js';

export const EXPORT_FORMAT = 'evident-ats-export/1';

export type HarvestRating = 'definitely_not' | 'no' | 'mixed' | 'yes' | 'strong_yes';

const RATING: Record<number, HarvestRating> = { 1: 'definitely_not', 2: 'no', 3: 'yes', 4: 'strong_yes' };
const RECOMMENDATION: Record<Recommendation, HarvestRating> = { 'strong-no': 'definitely_not', no: 'no', yes: 'yes', 'strong-yes': 'strong_yes' };

export interface HarvestUser {
  id: string;
  name: string;
  first_name: string;
  last_name: string;
  employee_id: null;
}

export interface HarvestAttribute {
  name: string;
  type: string;
  note: string;
  rating: HarvestRating;
}

export interface HarvestScorecard {
  id: string;
  created_at: string;
  updated_at: string;
  submitted_at: string;
  interviewed_at: string;
  candidate_id: string;
  application_id: string;
  interview: string;
  interview_step: { id: number; name: string };
  interviewer: HarvestUser;
  submitted_by: HarvestUser;
  overall_recommendation: HarvestRating;
  attributes: HarvestAttribute[];
  ratings: Record<HarvestRating, string[]>;
  questions: Array<{ id: null; question: string; answer: string }>;
}

export interface SubmittedCard {
  interviewer: { id: string; name: string };
  submittedAt: string;
  card: Scorecard;
}

function harvestUser(user: { id: string; name: string }): HarvestUser {
  const space = user.name.indexOf(' ');
  return { id: user.id, name: user.name, first_name: space === -1 ? user.name : user.name.slice(0, space), last_name: space === -1 ? '' : user.name.slice(space + 1), employee_id: null };
}

function competencyTitle(id: CompetencyId): string {
  return loadCompetencyData().competencies[id]?.title ?? id;
}

/** One submitted scorecard as a Harvest scorecard object. */
export function harvestScorecard(candidateId: string, kit: Kit, submitted: SubmittedCard): HarvestScorecard {
  const { card } = submitted;
  const round = kit.rounds.find((r) => r.number === card.round);
  const roundName = round ? `Round ${round.number}: ${round.title}` : `Round ${card.round}`;
  const attributes: HarvestAttribute[] = [];
  const questions: HarvestScorecard['questions'] = [];
  for (const [id, r] of Object.entries(card.questions)) {
    const q = round?.questions.find((x) => x.id === id);
    const name = q?.title ?? id;
    attributes.push({ name, type: q ? competencyTitle(q.competency) : 'Question', note: r.note, rating: RATING[r.rating] });
    questions.push({ id: null, question: name, answer: `${r.rating}/4: ${r.note}` });
  }
  for (const [id, r] of Object.entries(card.competencies)) {
    if (r) attributes.push({ name: competencyTitle(id as CompetencyId), type: 'Competency', note: r.note, rating: RATING[r.rating] });
  }
  const flags = Object.entries(card.redFlags).flatMap(([id, ticked]) => (ticked ? [INTERVIEW_RED_FLAGS[id as keyof typeof INTERVIEW_RED_FLAGS] ?? id] : []));
  const ratings: Record<HarvestRating, string[]> = { definitely_not: [], no: [], mixed: [], yes: [], strong_yes: [] };
  for (const a of attributes) ratings[a.rating].push(a.name);
  const user = harvestUser(submitted.interviewer);
  return {
    id: `${candidateId}/${submitted.interviewer.id}`,
    created_at: submitted.submittedAt,
    updated_at: submitted.submittedAt,
    submitted_at: submitted.submittedAt,
    interviewed_at: submitted.submittedAt,
    candidate_id: candidateId,
    application_id: candidateId,
    interview: roundName,
    interview_step: { id: card.round, name: roundName },
    interviewer: user,
    submitted_by: user,
    overall_recommendation: RECOMMENDATION[card.recommendation],
    attributes,
    ratings,
    questions: [{ id: null, question: 'Red flags observed', answer: flags.length > 0 ? flags.join('; ') : 'None' }, ...questions],
  };
}

export interface AtsExportInput {
  candidate: { id: string; label: string; emails: string[] };
  role: { id: string; title: string } | null;
  kit: Kit | undefined;
  cards: SubmittedCard[];
  assessment: Assessment | undefined;
  decision: Decision | undefined;
}

/** The whole hand-off document. */
export function atsExport(input: AtsExportInput) {
  return {
    format: EXPORT_FORMAT,
    candidate: { id: input.candidate.id, name: input.candidate.label, emails: input.candidate.emails, role: input.role },
    scorecards: input.kit ? input.cards.map((c) => harvestScorecard(input.candidate.id, input.kit as Kit, c)) : [],
    assessment: input.assessment ?? null,
    decision: input.decision ?? null,
  };
}
