// Progress on stderr for long work: a redrawn line on a terminal, nothing otherwise.
import type { Io } from './io.js';

export interface Progress {
  update: (event: { phase: string; done: number; total: number }) => void;
  stop: () => void;
}

export function progressReporter(io: Io, label: string): Progress {
  if (!io.isTty) return { update: () => {}, stop: () => {} };
  let shown = false;
  return {
    update: ({ phase, done, total }) => {
      shown = true;
      io.err(`\r\u001b[2K${label}: ${phase} ${done}/${total}`);
    },
    stop: () => {
      if (shown) io.err('\r\u001b[2K');
    },
  };
}
