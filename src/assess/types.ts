// The assess stage's result types, defined with their zod schemas in src/model
// (docs/assessment-schema.md).
export { COMPETENCY_IDS, CompetencyId, RED_FLAG_IDS, RedFlagId } from '../model/ids.js';
export {
  Assessment,
  CandidateDetails,
  CitedEvidence,
  Claim,
  CompetencyScore,
  Contribution,
  Coverage,
  CvEvidenceInput,
  GateResult,
  InterviewTopic,
  RedFlag,
  RepoMaturity,
  Rung,
  RUNGS,
  Strength,
} from '../model/assessment.js';
