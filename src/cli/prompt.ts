// A line typed at the terminal without echo (a password).
import { UserError } from '../util/errors.js';
import type { Io } from './io.js';

export function readHiddenLine(question: string, io: Io): Promise<string> {
  const stdin = process.stdin;
  io.err(question);
  return new Promise((resolve, reject) => {
    let line = '';
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      io.err('\n');
      if (err) reject(err);
      else resolve(line);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new UserError('interrupted', 'E_USAGE'));
        if (ch === '\u007f' || ch === '\b') line = line.slice(0, -1);
        else line += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
