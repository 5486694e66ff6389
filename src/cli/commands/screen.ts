// `evident screen --role FILE|--template NAME [--cv FILE] [--repo SRC]... [--format F] [--out FILE] [--json]`
import { resolve } from 'node:path';
import type { Command } from 'commander';
// The screening, role profiles and renderers are imported when the command runs (start-up, docs/benchmarks.md).
import type { Assessment } from '../../assess/types.js';
import { terminalText } from '../../util/safe-text.js';
import { UserError } from '../../util/errors.js';
import { collect, parseAsOf, parseSeconds } from '../flags.js';
import { cliDiscoverSettings, discoverRequest, hasProfiles, withProfiles, type ProfileFlags } from './discover.js';
import type { Io } from '../io.js';
import { chooseFormat, emit, toStdout, withOutput, type OutputFlags } from '../output.js';
import { progressReporter } from '../progress.js';

export const REPORT_FORMATS = ['terminal', 'md', 'json', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

interface ScreenFlags extends OutputFlags, ProfileFlags {
  role?: string;
  template?: string;
  cv?: string;
  repo: string[];
  candidateEmail: string[];
  candidateName: string[];
  label?: string;
  blind?: boolean;
  asOf?: string;
  cache?: string;
  history: boolean;
  blameBudget: string;
  color?: boolean;
  discover: boolean;
}

export function registerScreen(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('screen')
    .description('assess one candidate (CV and/or repositories) against a role; advisory, never a rejection');
  withProfiles(withOutput(cmd, REPORT_FORMATS, 'terminal', 'write the report to FILE (needed for pdf)'))
    .option('--role <file>', 'role profile YAML (see `evident role init`)')
    .option('--template <name>', 'a shipped role template instead of --role')
    .option('--cv <file>', 'the CV (PDF, DOCX, Markdown or text)')
    .option('--repo <source>', 'a repository: folder, git URL or archive (repeatable)', collect, [])
    .option('--candidate-email <email>', "the candidate's git email, for authorship (repeatable)", collect, [])
    .option('--candidate-name <name>', "the candidate's git author name, for authorship (repeatable)", collect, [])
    .option('--label <text>', 'the title of the report (default: the name on the CV; --candidate-name only matches git authors)')
    .option('--blind', 'remove identity from the report (name, emails, links, CV file name, repository names)')
    .option('--as-of <date>', 'date of the assessment, YYYY-MM-DD (default today); same inputs and date give the same report')
    .option('--cache <dir>', 'cache parsed facts in DIR')
    .option('--no-history', 'skip git history (authorship unknown)')
    .option('--blame-budget <seconds>', 'time limit for git blame per repository (a safety net: blame reads at most the 300 largest own files)', '60')
    .option('--no-color', 'plain terminal output')
    .option('--no-discover', 'scan only the --repo given: no profiles, no repository links from the CV (docs/discover.md)')
    .action(async (flags: ScreenFlags) => {
      const format = chooseFormat(flags, REPORT_FORMATS, 'terminal');
      if (format === 'pdf' && toStdout(flags)) throw new UserError('--format pdf needs --out FILE', 'E_USAGE');
      if (!flags.cv && flags.repo.length === 0 && !hasProfiles(flags)) throw new UserError('give a --cv, at least one --repo, or both (or a profile: --github, --gitlab, --huggingface)', 'E_USAGE');
      if (!flags.discover && hasProfiles(flags)) throw new UserError('--no-discover and --github/--gitlab/--huggingface disagree; give one', 'E_USAGE');
      const { roleFromFlags } = await import('../role-flags.js');
      const { screen } = await import('../../app/screen.js');
      const { renderReport } = await import('../render-report.js');
      const role = roleFromFlags(flags, io.cwd);
      const asOf = parseAsOf(flags.asOf);
      const progress = progressReporter(io, 'screen');
      let assessment: Assessment;
      try {
        assessment = await screen(
          {
            label: flags.label ?? '',
            ...(flags.cv ? { cv: resolve(io.cwd, flags.cv) } : {}),
            repos: flags.repo.map((r) => (/^[a-z+]+:\/\/|^[^@\s/]+@[^:\s]+:/i.test(r) ? r : resolve(io.cwd, r))),
            emails: flags.candidateEmail,
            names: flags.candidateName,
            ...(flags.discover ? { discover: discoverRequest(flags, true) } : {}),
          },
          {
            role,
            asOf,
            blind: flags.blind,
            blindLabel: 'Candidate 1',
            cacheDir: flags.cache ? resolve(io.cwd, flags.cache) : undefined,
            history: flags.history,
            blameBudgetMs: parseSeconds(flags.blameBudget),
            onInputError: 'throw',
            onProgress: progress.update,
            ...(flags.discover ? { discoverSettings: await cliDiscoverSettings(io) } : {}),
          },
        );
      } finally {
        progress.stop();
      }
      const color = toStdout(flags) && io.isTty && flags.color !== false;
      const written = await emit(io, flags, await renderReport(assessment, format, color));
      if (written) io.out(`${terminalText(assessment.candidate.label)}: fit ${assessment.fit}/100 for ${assessment.role.name}; ${format} report written to ${written}\n`);
      setExit(0);
    });
}
