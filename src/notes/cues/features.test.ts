import { describe, expect, it } from 'vitest';
import { answerOf } from '../../../test/helpers/notes.js';
import { answerFeatures, featuresOfText, tokens } from './features.js';

describe('notes/cues/features', () => {
  it('spells out contractions and reads numbers as one token', () => {
    expect(tokens("i didn't check, we've 12 alerts and it's 3.5% off")).toEqual(['i', 'did', 'not', 'check', 'we', 'hav', '<num>', 'alert', 'and', 'it', 's', '<num>', '<num>', 'off']);
  });

  it('takes words and neighbouring pairs, each once, never across sentences', () => {
    const f = featuresOfText('the nurse calls\nthe nurse');
    expect([...f].sort()).toEqual(['call', 'nurs', 'nurs_call', 'the', 'the_nurs']);
    expect(f.has('call_the')).toBe(false);
  });

  it('reads the same words whether said with fillers or not', () => {
    const plain = answerFeatures(answerOf('I pushed a config change without a review. That was my mistake.'));
    const filled = answerFeatures(answerOf('Um, I, uh, pushed a config change without, like, a review. That was, you know, my mistake.'));
    expect([...filled].filter((f) => !plain.has(f))).toEqual([]);
  });

  it('reads tense and agreement slips as the fluent words (adds, added, add; changes, changed, change)', () => {
    expect(tokens('i adds it, i added it, i add it')).toEqual(['i', 'add', 'it', 'i', 'add', 'it', 'i', 'add', 'it']);
    expect(new Set(tokens('changes changed change'))).toEqual(new Set(['chang']));
    expect(tokens('the process this bus was')).toEqual(['the', 'process', 'this', 'bus', 'was']);
  });

  it("reads an interviewer's note about the candidate in the candidate's voice", () => {
    const f = answerFeatures(answerOf('- she admitted the threshold was her call', true));
    expect(f.has('i_admitt')).toBe(true);
    expect(f.has('my_call')).toBe(true);
    expect(f.has('she')).toBe(false);
  });
});
