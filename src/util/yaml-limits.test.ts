import { describe, expect, it } from 'vitest';
import { yamlNestingDepth } from './yaml-limits.js';

describe('util/yaml-limits', () => {
  it.each([
    ['flow brackets', 'x: [a, [b, {c: d}]]', 4],
    ['block maps', 'a:\n  b:\n    c: 1\nd: 2', 3],
    ['stacked sequence entries', '- - - a', 4],
    ['brackets in quotes and comments', 'a: "[[[["\nb: \'{{\'  # [[[', 1],
    ['brackets in a block scalar', 'run: |\n  [[[[[[\n  {{{{\nb: 1', 1],
    ['unclosed brackets', '['.repeat(1000), 1001],
    ['a staircase of keys', Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'), 300],
  ])('estimates the nesting of %s', (_, text, depth) => {
    expect(yamlNestingDepth(text)).toBe(depth);
  });

  it('is linear on long lines', () => {
    const started = performance.now();
    yamlNestingDepth(`a: ${'"'.repeat(1_000_000)}`);
    yamlNestingDepth(`a: ${'| #'.repeat(300_000)}`);
    yamlNestingDepth('- '.repeat(500_000));
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
