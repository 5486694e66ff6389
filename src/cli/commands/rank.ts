// `evident rank --role FILE|--template NAME CANDIDATES [--format terminal|csv|json|html] [--out FILE] [--save FILE]... [--jobs N] [--cache DIR]`
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
    .option('--blame-budget <seconds>', 'time budget for git blame per repository', '20')
    .action(async (candidates: string, flags: RankFlags) => {
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
      const batch = await readBatch(resolve(io.cwd, candidates));
      const bar = progressBar(io, batch.length, 'screening');
      let result: RankResult;
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
