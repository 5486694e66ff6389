import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { looseArray, looseRecord } from './loose.js';

describe('parse/loose', () => {
  it('drops invalid array items and turns a non-array into []', () => {
    const schema = looseArray(z.string());

    expect(schema.parse(['a', 1, 'b', null])).toEqual(['a', 'b']);
    expect(schema.parse('oops')).toEqual([]);
    expect(schema.parse(undefined)).toEqual([]);
  });

  it('drops invalid record values and turns a non-table into {}', () => {
    const schema = looseRecord(z.array(z.string()));

    expect(schema.parse({ a: ['x'], b: 'y' })).toEqual({ a: ['x'] });
    expect(schema.parse(['x'])).toEqual({});
  });
});
