// `evident eval --labels FILE --repos-dir DIR [--format table|json] [--out FILE] [--json] [--cache DIR] [--min-f1 X]`
// Scores the analyser against labelled repositories (docs/eval.md).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../util/errors.js';
import type { Io } from '../io.js';
import { chooseFormat, emit, withOutput, type OutputFlags } from '../output.js';

const FORMATS = ['table', 'json'] as const;

interface EvalFlags extends OutputFlags {
  labels: string;
  reposDir: string;
  cache?: string;
  minF1?: string;
}

function parseMinF1(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new UserError(`--min-f1 must be a number from 0 to 1, not ${value}`, 'E_USAGE');
  return x;
}

export function registerEval(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('eval')
    .description('score the analyser against labelled repositories (per-signal precision, recall, F1; maturity)');
  withOutput(cmd, FORMATS, 'table')
    .requiredOption('--labels <file>', 'labels file (the format of shared/devset/repos.json)')
    .requiredOption('--repos-dir <dir>', 'folder holding one checkout per labelled repository, named owner__name')
    .option('--cache <dir>', 'cache parsed facts in DIR (keyed by content hash and analyser version)')
    .option('--min-f1 <x>', 'exit 1 when the macro F1 over all labels is below X (0 to 1)')
    .action(async (flags: EvalFlags) => {
      const format = chooseFormat(flags, FORMATS, 'table');
      const minF1 = parseMinF1(flags.minF1);
      const { evaluate } = await import('../../eval/index.js');
      const { scanRepository } = await import('../../app/pipeline.js');
      const { renderEvalJson, renderEvalTable } = await import('../../eval/render.js');
      const report = await evaluate({
        labelsFile: resolve(io.cwd, flags.labels),
        reposDir: resolve(io.cwd, flags.reposDir),
        cacheDir: flags.cache ? resolve(io.cwd, flags.cache) : undefined,
        scan: scanRepository,
        onRepo: (repo, index, total) => {
          if (io.isTty) io.err(`\r\u001b[2Kscanning ${index + 1}/${total} ${repo}`);
        },
      });
      if (io.isTty) io.err('\r\u001b[2K');
      await emit(io, flags, format === 'json' ? renderEvalJson(report) : renderEvalTable(report));
      const macro = report.figures.all.macroF1;
      if (minF1 !== undefined && (macro === null || macro < minF1)) {
        io.err(`evident: macro F1 ${macro === null ? 'undefined' : macro.toFixed(3)} is below --min-f1 ${minF1}\n`);
        setExit(1);
      } else setExit(0);
    });
}
