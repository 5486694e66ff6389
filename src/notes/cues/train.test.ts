import { describe, expect, it } from 'vitest';
import { score, train, vocabularyOf, type Example } from './train.js';

const ex = (words: string, label: boolean): Example => ({ features: new Set(words.split(' ')), label });
// Labelled "missing a reason" unless the answer gives one with "because".
const EXAMPLES = [
  ex('we built it because sales asked', false),
  ex('we built it for sales', true),
  ex('it flags orders because fraud costs money', false),
  ex('it flags orders', true),
  ex('because the nurses were overloaded it ranks patients', false),
  ex('it ranks patients by risk', true),
  ex('it sorts tickets because agents drown in them', false),
  ex('it sorts tickets by topic', true),
];

describe('notes/cues/train', () => {
  it('keeps only features seen in enough answers', () => {
    const v = vocabularyOf(EXAMPLES, 3);
    expect(v).toContain('because');
    expect(v).toContain('it');
    expect(v).not.toContain('fraud');
  });

  it('learns the cue that separates the labels, and scores answers by it', () => {
    const vocabulary = vocabularyOf(EXAMPLES, 2);
    const w = train(EXAMPLES, vocabulary, { minCount: 2, l2: 0.1, iterations: 500, rate: 1 });
    const strongest = [...w.cues].sort((a, b) => a[1] - b[1])[0]!;
    expect(strongest[0]).toBe('because');
    expect(score(w, new Set('it ranks orders because staff asked'.split(' '))).p).toBeLessThan(0.5);
    expect(score(w, new Set('it ranks orders'.split(' '))).p).toBeGreaterThan(0.5);
  });

  it('is deterministic', () => {
    const vocabulary = vocabularyOf(EXAMPLES, 2);
    const a = train(EXAMPLES, vocabulary);
    const b = train(EXAMPLES, vocabulary);
    expect([...a.cues]).toEqual([...b.cues]);
    expect(a.bias).toBe(b.bias);
  });

  it("names each cue's part in the score", () => {
    const w = { bias: 0, length: 0, cues: new Map([['because', -2], ['flags', 1]]) };
    const { p, parts } = score(w, new Set(['it', 'flags', 'because']));
    expect(parts).toEqual([['flags', 1], ['because', -2]]);
    expect(p).toBeCloseTo(1 / (1 + Math.exp(1)), 10);
  });
});
