// `evident scan SOURCE... [--format terminal|md|json] [--out FILE] [--json] [--cache [DIR]]`
// The analyser and the renderers are imported when the command runs (start-up, docs/benchmarks.md).
import type { Command } from 'commander';
import type { RepoScan } from '../../scan/types.js';
import { CACHE_HELP, cacheDirFrom, collect, parseSeconds } from '../flags.js';
import type { Io } from '../io.js';
import { chooseFormat, emit, toStdout, withOutput, type OutputFlags } from '../output.js';
import { progressReporter } from '../progress.js';

const FORMATS = ['terminal', 'md', 'json'] as const;

interface ScanFlags extends OutputFlags {
  candidateEmail: string[];
  candidateName: string[];
  history: boolean;
  blameBudget: string;
  cache?: string | boolean;
  color?: boolean;
}

async function renderScans(scans: RepoScan[], format: (typeof FORMATS)[number], color: boolean): Promise<string> {
  if (format === 'json') return (await import('../../report/json.js')).renderScanJson(scans);
  if (format === 'md') return (await import('../../report/markdown.js')).renderScanMarkdown(scans);
  return (await import('../../report/terminal.js')).renderScanTerminal(scans, { color });
}

export function registerScan(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('scan')
    .description('scan repositories (folders, git URLs, .zip/.tar.gz archives) into cited evidence')
    .argument('<sources...>', 'folders, git URLs or archives');
  withOutput(cmd, FORMATS, 'terminal')
    .option('--cache [dir]', CACHE_HELP)
    .option('--candidate-email <email>', "the candidate's git email (repeatable)", collect, [])
    .option('--candidate-name <name>', "the candidate's git author name (repeatable)", collect, [])
    .option('--no-history', 'skip git history (authorship signals become unknown)')
    .option('--blame-budget <seconds>', 'time limit for git blame per repository (a safety net: blame reads at most the 300 largest own files)', '60')
    .option('--no-color', 'plain terminal output')
    .action(async (sources: string[], flags: ScanFlags) => {
      const format = chooseFormat(flags, FORMATS, 'terminal');
      const cacheDir = await cacheDirFrom(flags.cache, io.cwd);
      const { scanSources } = await import('../../app/scan.js');
      const scans = await scanSources(
        sources,
        {
          cacheDir,
          candidate: { emails: flags.candidateEmail, names: flags.candidateName },
          history: flags.history,
          blameBudgetMs: parseSeconds(flags.blameBudget),
        },
        { progressFor: (source) => progressReporter(io, source) },
      );
      const color = toStdout(flags) && io.isTty && flags.color !== false;
      const text = await renderScans(scans, format, color);
      const written = await emit(io, flags, text);
      if (written) io.err(`${format} report written to ${written}\n`);
      setExit(0);
    });
}
