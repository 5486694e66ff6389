export { openSource, isGitUrl, isArchive, headCommit, safeGitEnv, type SourceOptions } from './source.js';
export { walkTree, type WalkResult } from './walk.js';
export { DEFAULT_INGEST_LIMITS, type IngestLimits } from './limits.js';
export { looksBinary } from './skip-rules.js';
export type * from './types.js';
