// Interview stage types: the kit (rounds, tailored questions, scorecard
// templates), filled scorecards, and the mechanical decision. All plain JSON,
// defined with their zod schemas in src/model.
export {
  INTERVIEW_RED_FLAGS,
  InterviewRedFlag,
  Kit,
  KitEvidence,
  KitGate,
  KitQuestion,
  KitRound,
  QUESTION_KINDS,
  QuestionKind,
  Reason,
  Rubric,
} from '../model/kit.js';
export { RECOMMENDATIONS, Recommendation, Scorecard, ScorecardRating } from '../model/scorecard.js';
export { CompetencyVote, Decision, Spread } from '../model/decision.js';
