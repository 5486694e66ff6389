import { describe, expect, it } from 'vitest';
import { lineIndex } from './text-lines.js';

describe('parse/text-lines', () => {
  it('maps offsets to 1-based lines', () => {
    const lineAt = lineIndex('ab\ncd\n\nef');

    expect([0, 2, 3, 6, 7, 9].map(lineAt)).toEqual([1, 1, 2, 3, 4, 4]);
  });
});
