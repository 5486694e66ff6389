// Structured interviews: question bank, kits, scorecards and the decision.
export { loadQuestionBank, parseQuestionFile, type Question } from './bank.js';
export { buildKit, type KitInput } from './kit.js';
export { planRounds, type RoundPlan } from './rounds.js';
export { parseScorecard, scorecardProblem, scorecardTemplate } from './scorecard.js';
export { decide, GATE_MIN, DISAGREEMENT, BANDS } from './decide.js';
export { loadKitFile, loadAssessmentFile, parseAssessment, loadScorecards } from './files.js';
export { renderKitMarkdown, renderDecisionMarkdown } from './render-markdown.js';
export { renderKitHtml } from './render-html.js';
export { renderPdf } from '../report/pdf.js';
export type * from './types.js';
export { QUESTION_KINDS, RECOMMENDATIONS, INTERVIEW_RED_FLAGS } from './types.js';
