import { SCHEMA_VERSION, type RepoScan, type ScanReport } from '../scan/types.js';
import { VERSION } from '../version.js';

export function toScanReport(repositories: RepoScan[]): ScanReport {
  return { schemaVersion: SCHEMA_VERSION, analyser: { name: 'evident', version: VERSION }, repositories };
}

export function renderScanJson(repositories: RepoScan[]): string {
  return `${JSON.stringify(toScanReport(repositories), null, 2)}\n`;
}
