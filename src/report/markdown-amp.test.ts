import { describe, expect, it } from 'vitest';
import { markdownText } from '../util/safe-text.js';

describe('report/safe-text markdownText and ampersands', () => {
  it('keeps a bare & readable (Weights & Biases) and escapes only one that would start an entity', () => {
    expect(markdownText('Weights & Biases')).toBe('Weights & Biases');
    expect(markdownText('R&D')).toBe('R&D');
    expect(markdownText('&lt;script&gt; and &#60;')).toBe('&amp;lt;script&amp;gt; and &amp;#60;');
    expect(markdownText('<b>')).toBe('&lt;b&gt;');
  });
});
