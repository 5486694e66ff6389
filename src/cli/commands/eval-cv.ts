// `evident eval-cv --labels FILE --dir DIR [--json]`
// Scores the CV parser against labelled CVs (docs/cv.md).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { evaluateCvs, readLabels } from '../../cv/eval.js';
import { renderCvEvalTable } from '../../cv/render.js';
import type { Io } from '../io.js';

interface EvalCvFlags {
  labels: string;
  dir: string;
  json?: boolean;
}

export function registerEvalCv(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('eval-cv')
    .description('score the CV parser against labelled CVs (field accuracy; skills precision, recall, F1)')
    .requiredOption('--labels <file>', 'labels file (the format of shared/cv-samples/labels.json)')
    .requiredOption('--dir <dir>', 'folder holding the labelled CV files')
    .option('--json', 'print the report as JSON')
    .action(async (flags: EvalCvFlags) => {
      const labels = await readLabels(resolve(io.cwd, flags.labels));
      const report = await evaluateCvs(labels, resolve(io.cwd, flags.dir));
      io.out(flags.json ? `${JSON.stringify({ schemaVersion: '1.0', ...report }, null, 2)}\n` : renderCvEvalTable(report));
      setExit(0);
    });
}
