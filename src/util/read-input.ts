// Reading a file the user names on the command line (a role profile, a job
// description, a kit, an assessment, scorecards): only a regular file, and
// only up to a size limit, both checked on the opened descriptor before any
// byte is read. A FIFO would block forever, `/dev/zero` never ends, and a
// directory is no input; each is refused in one line.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { UserError } from './errors.js';

/** Largest input file read (bytes): roles, job descriptions, kits, assessments and scorecards are far smaller. */
export const MAX_INPUT_FILE_BYTES = 4 * 1024 * 1024;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The UTF-8 text of `path`. `what` and `shown` name it in errors
 * (`cannot read role profile x.yaml: a FIFO`). Throws UserError (exit 2).
 */
export function readInputFile(path: string, what: string, shown: string = path, maxBytes = MAX_INPUT_FILE_BYTES): string {
  return readInputBytes(path, what, shown, maxBytes).toString('utf8');
}

/** The bytes of `path`, under the same checks as readInputFile (a DOCX is read as bytes). */
export function readInputBytes(path: string, what: string, shown: string = path, maxBytes = MAX_INPUT_FILE_BYTES): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    throw new UserError(`cannot read ${what} ${shown}`, 'E_NOT_FOUND');
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UserError(`cannot read ${what} ${shown}: ${kindOf(stats)}, not a regular file`, 'E_INPUT');
    if (stats.size > maxBytes) throw new UserError(`${what} ${shown} is ${stats.size} bytes; the limit is ${maxBytes}`, 'E_INPUT');
    // Read at most one byte past the limit, in case the file grows meanwhile.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) throw new UserError(`${what} ${shown} is over the limit of ${maxBytes} bytes`, 'E_INPUT');
    return buffer.subarray(0, length);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read ${what} ${shown}`, 'E_NOT_FOUND');
  } finally {
    closeSync(fd);
  }
}
