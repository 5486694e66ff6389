// Progress on stderr for long work: a redrawn line on a terminal, nothing otherwise.
import { terminalText } from '../util/safe-text.js';
import { redactSecrets } from '../util/redact.js';
import type { Io } from './io.js';

export interface Progress {
  update: (event: { phase: string; done: number; total: number }) => void;
  stop: () => void;
}

export function progressReporter(io: Io, label: string): Progress {
  if (!io.isTty) return { update: () => {}, stop: () => {} };
  // The label is a source as typed: a URL may hold a token, a path anything.
  const title = terminalText(redactSecrets(label), { max: 80 });
  let shown = false;
  return {
    update: ({ phase, done, total }) => {
      shown = true;
      io.err(`\r\u001b[2K${title}: ${phase} ${done}/${total}`);
    },
    stop: () => {
      if (shown) io.err('\r\u001b[2K');
    },
  };
}
