// Ways of saying things that the fifth and sixth held-out sets showed the
// rules did not read: each test builds its own sentences for one family.
import { describe, expect, it } from 'vitest';
import { topicsOf } from '../suggest.js';

describe('notes/rules: an incident question is not a failure question', () => {
  it('reads a question about an incident for no failure topic, and one about a mistake for it', () => {
    const q = (title: string, prompt: string) => topicsOf({ bankId: 'x', title, prompt, kind: 'behavioural' });

    expect(q('An outage incident', 'Tell me about an outage that reached customers. How was it found?')).toEqual([]);
    expect(q('A costly mistake', 'Tell me about a mistake of yours that cost the team time.')).toEqual(['failure']);
  });
});
