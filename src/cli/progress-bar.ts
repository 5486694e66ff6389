// A progress bar on stderr for batches (cli-progress), only on a terminal:
// piped or captured output gets no escape sequences.
import { SingleBar } from 'cli-progress';
import { terminalText } from '../util/safe-text.js';
import type { Io } from './io.js';

export interface ProgressBar {
  tick: (label: string) => void;
  stop: () => void;
}

export function progressBar(io: Io, total: number, title: string): ProgressBar {
  if (!io.isTty || total === 0) return { tick: () => {}, stop: () => {} };
  // cli-progress needs a stream; this one forwards to the command's stderr.
  const stream = { isTTY: true, columns: 100, write: (s: string) => (io.err(s), true) } as unknown as NodeJS.WritableStream;
  const bar = new SingleBar({
    stream,
    format: `${title} [{bar}] {value}/{total} {eta_formatted} left  {label}`,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 20,
  });
  bar.start(total, 0, { label: '' });
  return {
    // Labels are candidate ids (folder names): no escape sequences, short.
    tick: (label) => bar.increment(1, { label: terminalText(label, { max: 40 }) }),
    stop: () => bar.stop(),
  };
}
