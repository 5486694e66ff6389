// `evident eval-notes [--dir DIR] [--format table|json] [--out FILE]`: the
// notes rules against hand-labelled answers (docs/notes.md, data/notes-eval/).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { dataPath } from '../../util/paths.js';
import type { Io } from '../io.js';
import { chooseFormat, emit, withOutput, type OutputFlags } from '../output.js';

const FORMATS = ['table', 'json'] as const;

export function registerEvalNotes(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program.command('eval-notes').description('score the notes rules against hand-labelled answers (precision and recall per finding type)');
  withOutput(cmd, FORMATS, 'table')
    .option('--dir <dir>', 'folder with answers.yaml, holdout*.yaml and assessment.json (default: the shipped data/notes-eval)')
    .action(async (flags: OutputFlags & { dir?: string }) => {
      const format = chooseFormat(flags, FORMATS, 'table');
      const { evaluateNotes, loadEvalSet, renderNotesEvalTable } = await import('../../notes/index.js');
      const { sets, assessment } = loadEvalSet(flags.dir ? resolve(io.cwd, flags.dir) : dataPath('notes-eval'));
      const reports = sets.map((s) => ({ name: s.name, report: evaluateNotes(s.items, assessment) }));
      await emit(io, flags, format === 'json' ? `${JSON.stringify({ schemaVersion: '1.0', sets: reports }, null, 2)}\n` : renderNotesEvalTable(reports));
      setExit(0);
    });
}
