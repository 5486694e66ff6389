import { describe, expect, it } from 'vitest';
import { captureIo } from './io.js';
import { progressBar } from './progress-bar.js';

describe('cli/progress-bar', () => {
  it('draws on a terminal only', () => {
    const tty = { ...captureIo(), isTty: true };
    const piped = captureIo();

    const bar = progressBar(tty, 2, 'screening');
    bar.tick('a');
    bar.tick('b');
    bar.stop();
    const quiet = progressBar(piped, 2, 'screening');
    quiet.tick('a');
    quiet.stop();

    expect(tty.stderr()).toContain('screening [');
    expect(piped.stderr()).toBe('');
  });
});
