import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll } from './arrays.js';

describe('util/arrays', () => {
  it('appends and finds extremes of 500k items, where spreads overflow the stack', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i);

    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    expect(pushAll([-1], many)).toHaveLength(500_001);
    expect(maxOf(many)).toBe(499_999);
    expect(minOf(many)).toBe(0);
  });

  it('behaves as Math.max and Math.min on edge cases', () => {
    expect(maxOf([])).toBe(Math.max());
    expect(minOf([])).toBe(Math.min());
    expect(maxOf([1, Number.NaN, 3])).toBeNaN();
    expect(minOf([-0, 2])).toBe(-0);
  });
});
