// `evident rank --role FILE|--template NAME CANDIDATES [--format terminal|csv|json|html] [--out FILE] [--save FILE]... [--jobs N] [--cache DIR] [--submit [--data-dir DIR]]`
// The screening and the outputs are imported when the command runs (start-up, docs/benchmarks.md).
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { RankFormat } from '../../app/rank-output.js';
import type { RankResult } from '../../model/rank.js';
import { collect, parseAsOf, parsePositiveInt, parseSeconds } from '../flags.js';
import type { Io } from '../io.js';
import { chooseFormat, toStdout, withOutput, type OutputFlags } from '../output.js';
import { UserError } from '../../util/errors.js';

// The same list as RANK_FORMATS in app/rank-output.ts (imported only when the command runs).
const FORMATS = ['terminal', 'csv', 'json', 'html'] as const satisfies readonly RankFormat[];

interface RankFlags extends OutputFlags {
  role?: string;
  template?: string;
  save: string[];
  reportsDir?: string;
  jobs?: string;
  cache?: string;
  blind?: boolean;
  asOf?: string;
  history: boolean;
  blameBudget: string;
  submit?: boolean;
  dataDir?: string;
}

export function registerRank(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('rank')
    .description('screen a folder of candidates (or a CSV manifest) against a role and sort them')
    .argument('<candidates>', 'a folder with one sub-folder per candidate, or a .csv manifest (id, cv, repos, emails, names)');
  withOutput(cmd, FORMATS, 'terminal', 'write the ranking to FILE (html: an index linking each candidate\'s report)')
    .option('--role <file>', 'role profile YAML')
    .option('--template <name>', 'a shipped role template instead of --role')
    .option('--save <file>', 'also write FILE, its format from the extension (.csv shortlist, .json, .html index); repeatable', collect, [])
    .option('--reports-dir <dir>', 'where the per-candidate HTML reports go (default: reports/ beside the HTML index)')
    .option('--jobs <n>', 'candidates screened at once (default: CPU count)')
    .option('--cache <dir>', 'cache parsed facts in DIR (a second run over the same files is fast)')
    .option('--blind', 'remove identity from every output (labels become "Candidate N")')
    .option('--as-of <date>', 'date of the assessment, YYYY-MM-DD (default today)')
    .option('--no-history', 'skip git history (authorship unknown)')
    .option('--blame-budget <seconds>', 'time limit for git blame per repository (a safety net: blame reads at most the 300 largest own files)', '60')
    .option('--submit', 'queue the batch for `evident worker` processes (needs DATABASE_URL), show progress, and rank when all are done')
    .option('--data-dir <dir>', 'with --submit: the store\'s file folder the workers share (default ~/.evident/data, or EVIDENT_DATA_DIR)')
    .action(async (candidates: string, flags: RankFlags, command: Command) => {
      const format = chooseFormat(flags, FORMATS, 'terminal');
      if (format === 'html' && toStdout(flags)) throw new UserError('--format html writes an index and one report per candidate: give --out FILE', 'E_USAGE');
      const { formatOfFile, render, writeReports } = await import('../../app/rank-output.js');
      const { roleFromFlags } = await import('../role-flags.js');
      const { readBatch } = await import('../../screen/candidates.js');
      const { rank } = await import('../../app/screen.js');
      const { progressBar } = await import('../progress-bar.js');
      const { writeFileAtomic } = await import('../../util/atomic-write.js');
      const saves = flags.save.map((f) => ({ format: formatOfFile(f), file: resolve(io.cwd, f) }));
      const role = roleFromFlags(flags, io.cwd);
      const asOf = parseAsOf(flags.asOf);
      const jobs = flags.jobs ? parsePositiveInt(flags.jobs, '--jobs') : availableParallelism();
      const submit = flags.submit ? checkSubmitFlags(flags, command) : undefined;
      const batch = await readBatch(resolve(io.cwd, candidates));
      let result: RankResult;
      if (submit) {
        // Queued for `evident worker` processes: their stored assessments are ranked here (docs/store.md).
        const { rankSubmitted } = await import('../rank-submit.js');
        result = await rankSubmitted(io, batch, { role, blind: flags.blind, databaseUrl: submit.databaseUrl, dataDir: flags.dataDir ? resolve(io.cwd, flags.dataDir) : undefined });
      } else {
        const bar = progressBar(io, batch.length, 'screening');
        try {
          result = await rank(batch, {
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
      }
      const main = toStdout(flags) ? undefined : resolve(io.cwd, flags.out as string);
      const outputs = [...(main ? [{ format, file: main }] : []), ...saves];
      // An HTML index brings every candidate's report (reports/ beside it); the other files link them too.
      const index = outputs.find((o) => o.format === 'html');
      const reports = index ? await writeReports(result, flags.reportsDir ? resolve(io.cwd, flags.reportsDir) : join(dirname(index.file), 'reports')) : [];
      for (const o of outputs) await writeFileAtomic(o.file, render(result, o.format, o.file, reports));
      io.out(render(result, main ? 'terminal' : format, undefined, reports));
      for (const o of outputs) io.out(`wrote ${o.format} to ${o.file}\n`);
      // Some candidates could not be screened: the others are ranked, and scripts can tell.
      setExit(result.failures.length > 0 ? 1 : 0);
    });
}

/**
 * --submit needs PostgreSQL (DATABASE_URL): without it there is no queue other
 * processes can take jobs from, and `rank` alone already screens here. The
 * workers decide the date, history and their own concurrency and cache.
 */
function checkSubmitFlags(flags: RankFlags, command: Command): { databaseUrl: string } {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new UserError('--submit queues the batch for `evident worker` processes on PostgreSQL: set DATABASE_URL (postgres://…), or drop --submit to screen here', 'E_USAGE');
  const given = (name: string) => command.getOptionValueSource(name) === 'cli';
  const refused: Array<[string, string]> = [
    ['jobs', '--jobs (each worker\'s --concurrency decides)'],
    ['cache', '--cache (the store keeps every scan)'],
    ['asOf', '--as-of (workers assess as of their day)'],
    ['history', '--no-history'],
    ['blameBudget', '--blame-budget'],
  ];
  for (const [name, shown] of refused) if (given(name)) throw new UserError(`${shown} cannot be used with --submit`, 'E_USAGE');
  return { databaseUrl };
}
