// One way to ask for output, for every command: `--format F` picks the
// format, `--out FILE` writes it to a file (stdout when absent or "-"), and
// `--json` is short for `--format json`.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { writeFileAtomic } from '../util/atomic-write.js';
import { UserError } from '../util/errors.js';
import type { Io } from './io.js';

export interface OutputFlags {
  format?: string;
  out?: string;
  json?: boolean;
}

/** Adds `--format`, `--out` and `--json` to a command. */
export function withOutput(cmd: Command, formats: readonly string[], fallback: string, outHelp = 'write to FILE instead of stdout'): Command {
  return cmd
    .option('--format <format>', `output format: ${formats.join(', ')} (default ${fallback})`)
    .option('--out <file>', outHelp)
    .option('--json', 'same as --format json');
}

/** The format asked for, checked against the command's formats. */
export function chooseFormat<F extends string>(flags: OutputFlags, formats: readonly F[], fallback: F): F {
  if (flags.json && flags.format !== undefined && flags.format !== 'json') {
    throw new UserError(`--json and --format ${flags.format} disagree; give one`, 'E_USAGE');
  }
  const format = flags.json ? 'json' : (flags.format ?? fallback);
  if (!(formats as readonly string[]).includes(format)) throw new UserError(`unknown --format ${format} (${formats.join(', ')})`, 'E_USAGE');
  return format as F;
}

/** True when the output goes to stdout. */
export const toStdout = (flags: OutputFlags): boolean => flags.out === undefined || flags.out === '-';

/** Writes content to `--out` (atomically) or stdout; returns the absolute path written, if any. */
export async function emit(io: Io, flags: OutputFlags, content: string | Uint8Array): Promise<string | undefined> {
  if (toStdout(flags)) {
    if (typeof content !== 'string') throw new UserError(`--format ${flags.format ?? ''} writes a binary file: give --out FILE`.replace('  ', ' '), 'E_USAGE');
    io.out(content);
    return undefined;
  }
  const path = resolve(io.cwd, flags.out as string);
  await writeFileAtomic(path, content);
  return path;
}
