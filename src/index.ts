// Library API: each stage of shared/design.md, callable on its own.
export { scanRepository, type ScanOptions } from './app/pipeline.js';
export type * from './scan/types.js';
export { SCHEMA_VERSION } from './scan/types.js';
export { SIGNAL_IDS, DETECTORS } from './signals/index.js';
export type * from './signals/types.js';
export { parseCv, parseCvFile, extractClaims, readCvDocument } from './cv/index.js';
export type { CvResult, CvClaims, CvDocument } from './cv/types.js';
export { assessCandidate, loadRoleFile, parseRoleProfile, templateNames, templatePath } from './assess/index.js';
export type { Assessment, CompetencyScore, RedFlag, GateResult, CvEvidenceInput } from './assess/types.js';
export { screenCandidate, type CandidateInput, type ScreenOptions } from './app/screen-candidate.js';
export { rankCandidates, type RankOptions, type RankResult } from './app/rank-candidates.js';
export { discover, discoverSettingsFromEnv, type DiscoverSettings, type DiscoveryResult, type DiscoverRequest, type JudgedRepo } from './discover/index.js';
export { renderAssessmentHtml } from './report/assessment-html.js';
export { renderAssessmentMarkdown } from './report/assessment-markdown.js';
export { buildKit, decide, loadQuestionBank, parseScorecard } from './interview/index.js';
export { UserError } from './util/errors.js';
export { VERSION } from './version.js';
