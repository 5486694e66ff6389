// `evident notes analyse FILE --kit KIT.json [--assessment A.json] [--candidate NAME]`:
// the guide's conversation red flags read from interview notes or a transcript
// (docs/notes.md). Findings and rubric levels to consider; nothing is scored.
// The interview and notes modules are imported when the command runs (start-up, docs/benchmarks.md).
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { chooseFormat, emit, withOutput, type OutputFlags } from '../output.js';

const FORMATS = ['terminal', 'md', 'json', 'html'] as const;

interface NotesFlags extends OutputFlags {
  kit: string;
  assessment?: string;
  candidate?: string;
}

export function registerNotes(program: Command, io: Io, setExit: (code: number) => void): void {
  const notes = program.command('notes').description('interview notes and transcripts (.vtt, .srt, .txt, .md, .docx)');
  const analyse = notes
    .command('analyse')
    .alias('analyze')
    .argument('<file>', 'notes or transcript: WebVTT, SRT, text, Markdown or DOCX')
    .description("read an interview's notes against its kit: findings with quoted sentences and rubric levels to consider");
  withOutput(analyse, FORMATS, 'terminal')
    .requiredOption('--kit <file>', 'the kit JSON the interview used (from evident kit --format json)')
    .option('--assessment <file>', 'the evidence assessment, to check claims against (default: what the kit carries)')
    .option('--candidate <name>', "the candidate's name as the notes write it (default: a role label, the kit's candidate, or whoever speaks most)")
    .action(async (file: string, flags: NotesFlags) => {
      const format = chooseFormat(flags, FORMATS, 'terminal');
      const { loadAssessmentFile, loadKitFile } = await import('../../interview/index.js');
      const { analyseNotes, readNotesFile, renderNotesHtml, renderNotesMarkdown, renderNotesTerminal } = await import('../../notes/index.js');
      const kit = loadKitFile(flags.kit, io.cwd);
      const assessment = flags.assessment ? loadAssessmentFile(flags.assessment, io.cwd) : undefined;
      const document = await readNotesFile(file, io.cwd, flags.candidate);
      const analysis = analyseNotes({ document }, kit, assessment, { candidate: flags.candidate });
      if (format === 'json') await emit(io, flags, `${JSON.stringify(analysis, null, 2)}\n`);
      else if (format === 'html') await emit(io, flags, renderNotesHtml(analysis));
      else if (format === 'md') await emit(io, flags, renderNotesMarkdown(analysis));
      else await emit(io, flags, renderNotesTerminal(analysis));
      setExit(0);
    });
}
