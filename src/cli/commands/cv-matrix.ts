// `evident cv FILE --repo SOURCE ...`: scans each repository and prints the
// claims-vs-evidence matrix. Loaded only when --repo is given.
import { resolve } from 'node:path';
import { resolveSkill } from '../../cv/lexicon.js';
import { buildClaimMatrix, byProminence, type ClaimMatrix, type MatrixRow } from '../../cv/matrix.js';
import { claimLabel } from '../../cv/prominence.js';
import type { CvResult } from '../../cv/types.js';
import { terminalText as t } from '../../util/safe-text.js';
import { scanRepository } from '../../app/pipeline.js';
import type { RepoScan } from '../../scan/types.js';
import type { Io } from '../io.js';
import { progressReporter } from '../progress.js';

function describe(tool: string) {
  const entry = resolveSkill(tool);
  return entry ? { name: entry.name, category: entry.category } : undefined;
}

function line(row: MatrixRow): string {
  const where = row.evidence[0] ? `  ${t(`${row.evidence[0].repo}:${row.evidence[0].location}`)}` : '';
  // A claim no repository shows is unverified, not false (docs/cv.md).
  const label = t(claimLabel(row.name, row.cvText));
  return `  ${label.padEnd(Math.max(24, label.length + 2))}${(row.level === 'none' ? 'unverified' : row.level).padEnd(12)}${t(row.reason)}${where}\n`;
}

/** The matrix as a table; CV and repository text through terminalText. */
export function renderMatrix(result: CvResult, matrix: ClaimMatrix): string {
  let out = `CV ${t(result.file)} against ${t(matrix.repositories.join(', '))}\n`;
  out += `  ${'claim'.padEnd(24)}${'evidence'.padEnd(12)}why\n`;
  // The claims the CV leans on most first (src/cv/prominence.ts); the JSON keeps the CV's order.
  for (const row of byProminence(matrix.rows)) out += line(row);
  if (matrix.rows.length === 0) out += '  (the CV names no skills)\n';
  out += '\nevidence the CV does not claim\n';
  for (const row of matrix.unclaimed) out += line(row);
  if (matrix.unclaimed.length === 0) out += '  (none)\n';
  for (const flag of result.claims.redFlags) out += `  RED FLAG ${flag.kind}: ${t(flag.message)}\n`;
  return out;
}

/** Local paths are relative to the working directory; URLs stay as given. */
function located(source: string, cwd: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/|^[\w.-]+@[\w.-]+:/i.test(source) ? source : resolve(cwd, source);
}

/** The matrix of the CV against the repositories, as text or JSON. */
export async function buildMatrixForCli(result: CvResult, sources: string[], io: Io, json: boolean): Promise<string> {
  const scans: RepoScan[] = [];
  for (const source of sources.map((s) => located(s, io.cwd))) {
    const progress = progressReporter(io, source);
    try {
      scans.push(await scanRepository(source, { history: false, onProgress: progress.update }));
    } finally {
      progress.stop();
    }
  }
  const matrix = buildClaimMatrix(result.claims, scans, describe);
  return json ? `${JSON.stringify({ schemaVersion: '1.0', cv: result, matrix }, null, 2)}\n` : renderMatrix(result, matrix);
}
