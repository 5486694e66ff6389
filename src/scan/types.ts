// The scan stage's result types, defined with their zod schemas in src/model
// (docs/scan-schema.md).
// Types only, and the version from its own module: writing a report loads no schema library.
export type { LanguageShare, RepoScan, RepoSummary, ScanReport } from '../model/scan.js';
export { SCHEMA_VERSION } from '../model/scan-version.js';
