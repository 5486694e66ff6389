import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSignalsDoc } from './docs.js';

describe('signals/docs', () => {
  it('docs/signals.md is up to date with the registry and catalogue (run `npm run docs`)', () => {
    const current = readFileSync(new URL('../../docs/signals.md', import.meta.url), 'utf8');

    expect(current).toBe(renderSignalsDoc());
  });
});
