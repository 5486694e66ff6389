// The outputs of the rank use case: the ranking in each format asked for, and
// one HTML report per candidate linked from them, written atomically. The CLI
// imports this when `evident rank` runs.
import { mkdir } from 'node:fs/promises';
import { dirname, extname, join, relative, sep } from 'node:path';
import { renderAssessmentHtml } from '../report/assessment-html.js';
import { renderRankCsv, renderRankJson, renderRankTerminal } from '../report/rank.js';
import { renderRankHtml } from '../report/rank-html.js';
import type { RankResult } from '../model/rank.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { UserError } from '../util/errors.js';

/** The formats of a ranking: a terminal table, the CSV shortlist, JSON, an HTML index. */
export const RANK_FORMATS = ['terminal', 'csv', 'json', 'html'] as const;
export type RankFormat = (typeof RANK_FORMATS)[number];

/** A file name for a candidate's report: the id made safe, or `candidate-N` in blind mode. */
function slugs(result: RankResult): string[] {
  const used = new Set<string>();
  return result.ranked.map((r) => {
    const base = (r.id ?? r.assessment.candidate.label).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'candidate';
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return `${name}.html`;
  });
}

/** Writes every candidate's HTML report; returns their absolute paths, aligned with `result.ranked`. */
export async function writeReports(result: RankResult, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names = slugs(result);
  const paths = names.map((n) => join(dir, n));
  for (const [i, r] of result.ranked.entries()) await writeFileAtomic(paths[i], renderAssessmentHtml(r.assessment));
  return paths;
}

const relativeTo = (file: string, targets: string[]) => targets.map((t) => relative(dirname(file), t).split(sep).join('/'));

/** The format of a `--save` file, from its extension. */
export function formatOfFile(file: string): Exclude<RankFormat, 'terminal'> {
  const ext = extname(file).toLowerCase().slice(1);
  const format = ext === 'htm' ? 'html' : ext;
  if (format === 'csv' || format === 'json' || format === 'html') return format;
  throw new UserError(`--save ${file}: the extension must be .csv, .json or .html`, 'E_USAGE');
}

/** One output of the ranking; `reports` are the candidates' HTML reports (absolute), linked from files. */
export function render(result: RankResult, format: RankFormat, file: string | undefined, reports: string[]): string {
  if (format === 'terminal') return renderRankTerminal(result);
  const links = file ? relativeTo(file, reports) : [];
  return format === 'html' ? renderRankHtml(result, links) : format === 'csv' ? renderRankCsv(result, links) : renderRankJson(result, links);
}
