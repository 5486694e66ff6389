// `evident eval-cv --labels FILE --dir DIR [--format table|json] [--out FILE] [--json]`
// Scores the CV parser against labelled CVs (docs/cv.md).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { chooseFormat, emit, withOutput, type OutputFlags } from '../output.js';

const FORMATS = ['table', 'json'] as const;

interface EvalCvFlags extends OutputFlags {
  labels: string;
  dir: string;
}

export function registerEvalCv(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('eval-cv')
    .description('score the CV parser against labelled CVs (field accuracy; skills precision, recall, F1)');
  withOutput(cmd, FORMATS, 'table')
    .requiredOption('--labels <file>', 'labels file (the format of shared/cv-samples/labels.json)')
    .requiredOption('--dir <dir>', 'folder holding the labelled CV files')
    .action(async (flags: EvalCvFlags) => {
      const format = chooseFormat(flags, FORMATS, 'table');
      const { evaluateCvs, readLabels } = await import('../../cv/eval.js');
      const { renderCvEvalTable } = await import('../../cv/render.js');
      const labels = await readLabels(resolve(io.cwd, flags.labels));
      const report = await evaluateCvs(labels, resolve(io.cwd, flags.dir));
      await emit(io, flags, format === 'json' ? `${JSON.stringify({ schemaVersion: '1.0', ...report }, null, 2)}\n` : renderCvEvalTable(report));
      setExit(0);
    });
}
