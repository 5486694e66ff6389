// The scan report's version, apart from its schema (scan.ts) so that writing a
// report does not load the schema library: a cached re-scan stays quick.

/**
 * Version of the JSON report (`evident scan --json`), documented in
 * docs/scan-schema.md. Bump the minor for added fields, the major for
 * anything removed or changed.
 */
export const SCHEMA_VERSION = '1.1';
