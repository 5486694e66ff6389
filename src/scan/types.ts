// The scan stage's result types, defined with their zod schemas in src/model
// (docs/scan-schema.md).
export { LanguageShare, RepoScan, RepoSummary, ScanReport, SCHEMA_VERSION } from '../model/scan.js';
