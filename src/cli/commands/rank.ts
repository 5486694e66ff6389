// `evident rank --role FILE|--template NAME CANDIDATES [--out shortlist.csv] [--json F] [--html index.html] [--jobs N] [--cache DIR]`
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { renderAssessmentHtml } from '../../report/assessment-html.js';
import { renderRankCsv, renderRankJson, renderRankTerminal } from '../../report/rank.js';
import { renderRankHtml } from '../../report/rank-html.js';
import { readBatch } from '../../screen/candidates.js';
import { rankCandidates, type RankResult } from '../../screen/rank.js';
import { collect, parseAsOf, parsePositiveInt, parseSeconds, roleFromFlags } from '../flags.js';
import type { Io } from '../io.js';
import { progressBar } from '../progress-bar.js';

interface RankFlags {
  role?: string;
  template?: string;
  out?: string;
  json?: string;
  html?: string;
  reportsDir?: string;
  jobs?: string;
  cache?: string;
  blind?: boolean;
  asOf?: string;
  history: boolean;
  blameBudget: string;
}

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
async function writeReports(result: RankResult, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names = slugs(result);
  const paths = names.map((n) => join(dir, n));
  for (const [i, r] of result.ranked.entries()) await writeFile(paths[i], renderAssessmentHtml(r.assessment));
  return paths;
}

const relativeTo = (file: string, targets: string[]) => targets.map((t) => relative(dirname(file), t).split(sep).join('/'));

export function registerRank(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('rank')
    .description('screen a folder of candidates (or a CSV manifest) against a role and sort them')
    .argument('<candidates>', 'a folder with one sub-folder per candidate, or a .csv manifest (id, cv, repos, emails, names)')
    .option('--role <file>', 'role profile YAML')
    .option('--template <name>', 'a shipped role template instead of --role')
    .option('--out <file>', 'write the shortlist CSV')
    .option('--json <file>', 'write every assessment and the ranking as JSON')
    .option('--html <file>', "write an HTML index linking each candidate's HTML report")
    .option('--reports-dir <dir>', 'where the per-candidate HTML reports go (default: reports/ beside --html)')
    .option('--jobs <n>', 'candidates screened at once (default: CPU count)')
    .option('--cache <dir>', 'cache parsed facts in DIR (a second run over the same files is fast)')
    .option('--blind', 'remove identity from every output (labels become "Candidate N")')
    .option('--as-of <date>', 'date of the assessment, YYYY-MM-DD (default today)')
    .option('--no-history', 'skip git history (authorship unknown)')
    .option('--blame-budget <seconds>', 'time budget for git blame per repository', '20')
    .action(async (candidates: string, flags: RankFlags) => {
      const role = roleFromFlags(flags, io.cwd);
      const asOf = parseAsOf(flags.asOf);
      const jobs = flags.jobs ? parsePositiveInt(flags.jobs, '--jobs') : availableParallelism();
      const batch = await readBatch(resolve(io.cwd, candidates));
      const bar = progressBar(io, batch.length, 'screening');
      let result: RankResult;
      try {
        result = await rankCandidates(batch, {
          role,
          asOf,
          blind: flags.blind,
          jobs,
          cacheDir: flags.cache ? resolve(io.cwd, flags.cache) : undefined,
          history: flags.history,
          blameBudgetMs: parseSeconds(flags.blameBudget),
          onCandidate: ({ id }) => bar.tick(flags.blind ? '' : id),
        });
      } finally {
        bar.stop();
      }
      const written: string[] = [];
      let reports: string[] = [];
      if (flags.html) {
        const index = resolve(io.cwd, flags.html);
        reports = await writeReports(result, resolve(io.cwd, flags.reportsDir ?? join(dirname(index), 'reports')));
        await writeFile(index, renderRankHtml(result, relativeTo(index, reports)));
        written.push(index);
      }
      if (flags.out) {
        const out = resolve(io.cwd, flags.out);
        await writeFile(out, renderRankCsv(result, relativeTo(out, reports)));
        written.push(out);
      }
      if (flags.json) {
        const out = resolve(io.cwd, flags.json);
        await writeFile(out, renderRankJson(result, relativeTo(out, reports)));
        written.push(out);
      }
      io.out(renderRankTerminal(result));
      for (const w of written) io.out(`wrote ${basename(w)} (${w})\n`);
      // Some candidates could not be screened: the others are ranked, and scripts can tell.
      setExit(result.failures.length > 0 ? 1 : 0);
    });
}
