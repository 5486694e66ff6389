// `evident scan SOURCE... [--json FILE] [--format terminal|md|json] [--cache DIR]`
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { scanRepository } from '../../pipeline.js';
import { renderScanJson } from '../../report/json.js';
import { renderScanMarkdown } from '../../report/markdown.js';
import { renderScanTerminal } from '../../report/terminal.js';
import type { RepoScan } from '../../scan/types.js';
import { UserError } from '../../util/errors.js';
import type { Io } from '../io.js';
import { progressReporter } from '../progress.js';

interface ScanFlags {
  json?: string;
  candidateEmail: string[];
  candidateName: string[];
  history: boolean;
  blameBudget: string;
  format: string;
  cache?: string;
  color?: boolean;
}

export function registerScan(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('scan')
    .description('scan repositories (folders, git URLs, .zip/.tar.gz archives) into cited evidence')
    .argument('<sources...>', 'folders, git URLs or archives')
    .option('--json <file>', 'also write the JSON report (schemaVersion 1.0) to FILE ("-" for stdout)')
    .option('--format <format>', 'stdout format: terminal, md or json', 'terminal')
    .option('--cache <dir>', 'cache parsed facts in DIR (keyed by content hash and analyser version)')
    .option('--candidate-email <email>', "the candidate's git email (repeatable)", collect, [])
    .option('--candidate-name <name>', "the candidate's git author name (repeatable)", collect, [])
    .option('--no-history', 'skip git history (authorship signals become unknown)')
    .option('--blame-budget <seconds>', 'time budget for git blame per repository', '20')
    .option('--no-color', 'plain terminal output')
    .action(async (sources: string[], flags: ScanFlags) => {
      if (!['terminal', 'md', 'json'].includes(flags.format)) {
        throw new UserError(`unknown --format ${flags.format} (terminal, md or json)`, 'E_USAGE');
      }
      const scans: RepoScan[] = [];
      for (const source of sources) {
        const progress = progressReporter(io, source);
        try {
          scans.push(
            await scanRepository(source, {
              cacheDir: flags.cache ? resolve(io.cwd, flags.cache) : undefined,
              candidate: { emails: flags.candidateEmail, names: flags.candidateName },
              history: flags.history,
              blameBudgetMs: parseSeconds(flags.blameBudget),
              onProgress: progress.update,
            }),
          );
        } finally {
          progress.stop();
        }
      }
      if (flags.json && flags.json !== '-') await writeFile(resolve(io.cwd, flags.json), renderScanJson(scans));
      if (flags.json === '-' || flags.format === 'json') io.out(renderScanJson(scans));
      else if (flags.format === 'md') io.out(renderScanMarkdown(scans));
      else io.out(renderScanTerminal(scans, { color: io.isTty && flags.color !== false }));
      setExit(0);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseSeconds(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new UserError(`--blame-budget must be a positive number of seconds, not ${text}`, 'E_USAGE');
  return n * 1000;
}
