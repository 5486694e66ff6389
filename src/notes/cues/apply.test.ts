import { describe, expect, it } from 'vitest';
import { answerOf } from '../../../test/helpers/notes.js';
import { finding } from '../rules/common.js';
import type { NoteRule } from '../types.js';
import { applyCues } from './apply.js';
import { stem } from './features.js';
import type { CueRule } from './model.js';

/** A model of one rule that weighs "because" against the finding and "somehow" towards it. */
const MODEL = (rule: NoteRule, alone: number | null = 0.5): Map<NoteRule, CueRule> =>
  new Map([[rule, { weights: { bias: 0, length: 0, cues: new Map([[stem('because'), -3], ['somehow', 3], [`i_${stem('skipped')}`, -1]]) }, withRule: 0.2, alone }]]);

describe('notes/cues/apply', () => {
  const story = answerOf('It broke somehow and we fixed it.');
  const owned = answerOf('It broke because I skipped the review.');

  it("keeps a rule's finding the model agrees with, and says what it weighed", () => {
    const raised = finding('no_ownership', 'Own part not stated', story.sentences);
    const out = applyCues([raised], story, ['failure'], MODEL('no_ownership'));
    expect(out.map((f) => f.rule)).toEqual(['no_ownership']);
    expect(out[0]!.message).toMatch(/cue model 0\.95; weighing most towards it: "somehow"/);
  });

  it('quotes the words the model weighed as the answer said them, not as word stems', () => {
    const raised = finding('no_ownership', 'Own part not stated', owned.sentences);
    const kept = applyCues([raised], owned, ['failure'], new Map([['no_ownership', { ...MODEL('no_ownership').get('no_ownership')!, withRule: -10 }]]));
    expect(kept[0]!.message).toMatch(/against it: "because", "i skipped"/);
  });

  it("drops a rule's finding the model finds unlikely", () => {
    const raised = finding('no_ownership', 'Own part not stated', owned.sentences);
    expect(applyCues([raised], owned, ['failure'], MODEL('no_ownership'))).toEqual([]);
  });

  it('raises a finding the rules missed only when the model is confident on its own', () => {
    expect(applyCues([], story, ['failure'], MODEL('no_ownership')).map((f) => f.rule)).toEqual(['no_ownership']);
    expect(applyCues([], story, ['failure'], MODEL('no_ownership', null))).toEqual([]);
    expect(applyCues([], owned, ['failure'], MODEL('no_ownership'))).toEqual([]);
  });

  it("leaves findings of other topics and rules as they are", () => {
    const vague = finding('vague', 'No concrete specifics', story.sentences);
    const purpose = finding('no_purpose', 'Purpose not said', story.sentences);
    expect(applyCues([vague, purpose], owned, ['failure'], MODEL('no_ownership')).map((f) => f.rule)).toEqual(['vague', 'no_purpose']);
  });

  it('a failure not named makes its own part and change moot', () => {
    const model = new Map([...MODEL('no_failure'), ...MODEL('no_ownership')]);
    expect(applyCues([], story, ['failure'], model).map((f) => f.rule)).toEqual(['no_failure']);
  });
});
