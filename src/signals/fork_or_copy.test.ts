import { describe, expect, it } from 'vitest';
import { detect } from '../../test/helpers/repo.js';
import { forkOrCopy } from './fork_or_copy.js';

describe('signals/fork_or_copy', () => {
  it('is unknown, neither present nor absent, without history', async () => {
    const result = await detect(forkOrCopy, { 'a.py': 'import os\n' });

    expect(result).toMatchObject({ present: null, strength: null, evidence: [] });
  });
});
