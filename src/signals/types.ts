// The detect stage's result types, defined with their zod schemas in src/model
// (docs/scan-schema.md). `Strength` here is a signal's strength.
export {
  Authorship,
  Evidence,
  EVIDENCE_KINDS,
  EvidenceKind,
  Maturity,
  MaturityCondition,
  SignalResult,
  SIGNAL_STRENGTHS as STRENGTHS,
  SignalStrength as Strength,
  ToolUse,
} from '../model/evidence.js';
