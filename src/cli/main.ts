// The process boundary: parses argv, runs a command, maps errors to exit codes
// (0 success, 1 a check the user asked for failed, 2 an error). Only bin.ts
// touches process.exit.
import { Command, CommanderError } from 'commander';
import { terminalText } from '../util/safe-text.js';
import { isUserError } from '../util/errors.js';
import { redactSecrets } from '../util/redact.js';
import { VERSION } from '../version.js';
import { registerCv } from './commands/cv.js';
import { registerDemo } from './commands/demo.js';
import { registerDiscover } from './commands/discover.js';
import { registerEval } from './commands/eval.js';
import { registerEvalCv } from './commands/eval-cv.js';
import { registerEvalNotes } from './commands/eval-notes.js';
import { registerInterview } from './commands/interview.js';
import { registerJobs } from './commands/jobs.js';
import { registerServe } from './commands/serve.js';
import { registerNotes } from './commands/notes.js';
import { registerRank } from './commands/rank.js';
import { registerRole } from './commands/role.js';
import { registerScan } from './commands/scan.js';
import { registerScreen } from './commands/screen.js';
import type { Io } from './io.js';

export type Register = (program: Command, io: Io, setExit: (code: number) => void) => void;

const COMMANDS: Register[] = [registerScan, registerDemo, registerEval, registerRole, registerCv, registerEvalCv, registerScreen, registerDiscover, registerRank, registerInterview, registerNotes, registerEvalNotes, registerJobs, registerServe];

export function addCommands(extra: Register[]): void {
  COMMANDS.push(...extra);
}

export async function run(argv: string[], io: Io): Promise<number> {
  let exit = 0;
  const program = new Command('evident')
    .description('Evidence-based screening of Python AI/ML engineers')
    .version(VERSION)
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  for (const register of COMMANDS) register(program, io, (code) => (exit = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (isUserError(err)) {
      io.err(`evident: ${oneLine(err.message)}\n`);
      return 2;
    }
    const debug = argv.includes('--debug');
    io.err(`evident: internal error: ${oneLine(String((err as Error)?.message ?? err))}\n`);
    if (debug) io.err(`${(err as Error).stack}\n`);
    else io.err('(run again with --debug for details)\n');
    return 2;
  }
}

/** An error message may quote a URL or a file name from a candidate: no credentials, no escape sequences, clipped lines. */
function oneLine(message: string): string {
  return redactSecrets(message)
    .split(/\r?\n/)
    .map((line) => terminalText(line, { max: 1000 }))
    .join('\n');
}
