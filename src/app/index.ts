// The use cases: what the CLI, the server and the job workers call. They wire
// stages together through ports (ports.ts) and check access (access.ts); they
// hold no scoring logic of their own.
export * from './access.js';
export type * from './ports.js';
export { deleteCandidate } from './candidates.js';
export { buildInterviewKit, buildStoredKit, decideCandidate, decideInterview, readScorecards, submitScorecard, type BuildKitInput } from './interview.js';
export { submitJob } from './jobs.js';
export { scanSources, type ScanDeps, type ScanSourcesOptions } from './scan.js';
export { rank, screen, type BatchCandidate, type CandidateInput, type RankOptions, type ScreenOptions } from './screen.js';
