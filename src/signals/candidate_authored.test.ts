import { describe, expect, it } from 'vitest';
import { detect } from '../../test/helpers/repo.js';
import { candidateAuthored } from './candidate_authored.js';

describe('signals/candidate_authored', () => {
  it('is unknown, neither present nor absent, without history', async () => {
    const result = await detect(candidateAuthored, { 'a.py': 'import os\n' });

    expect(result).toMatchObject({ present: null, strength: null, evidence: [] });
  });
});
