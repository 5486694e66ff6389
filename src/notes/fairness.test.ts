// Fairness (issue 13): the rules read content, not accent, grammar slips or
// fillers. The same content phrased by a non-native speaker, or said with
// "um", "like" and stutters, gets the same findings.
import { describe, expect, it } from 'vitest';
import { notesKit, WHOLE_CORPUS_MS } from '../../test/helpers/notes.js';
import { dataPath } from '../util/paths.js';
import { analyseNotes } from './analyse.js';
import { evaluateNotes, loadEvalSet } from './eval.js';

const KIT = notesKit(['rf-explain-to-stakeholder', 'rf-failure-learned', 'rf-degraded-in-production']);

function findings(question: string, answer: string): string[] {
  const a = analyseNotes({ text: `Q: ${question}\nA: ${answer}`, format: 'text' }, KIT);
  return a.answers.flatMap((x) => x.findings.map((f) => f.rule)).sort();
}

const EXPLAIN = 'Pick a model you built. Explain it to me as if I were the head of sales deciding whether to use it - no jargon.';
const FAILURE = 'Tell me about a project that failed or a decision you got wrong. What went wrong, what was your part in it?';
const DRIFT = 'Tell me about a time a model degraded in production. How was it detected?';

describe('notes/fairness', () => {
  it.each([
    [
      'an explanation with grammar slips',
      EXPLAIN,
      'The model looks at how each customer used our app in the last three months and gives every customer a score, so the sales team can call the riskiest ones first. It is wrong for about three in ten of them.',
      'Model is looking how every customer use our app in last three month and it give to each customer a score, so sales team can call first the most risky ones. It is wrong for around three from ten of them.',
    ],
    [
      'a failure story with fillers and stutters',
      FAILURE,
      'I pushed a config change without a review and production read old data for an hour. That was my mistake. Now every change of mine goes through a pull request.',
      'Um, so, I, uh, I pushed a config change without, like, a review and, um, production read old data for an hour. That was, you know, my mistake. Now, um, every change of mine goes through a pull request.',
    ],
    [
      'a vague failure in two Englishes',
      FAILURE,
      'We had a project that failed because the data team gave us wrong labels and management kept changing the plan. There was not much I could do.',
      'We had one project what failed, because data team was giving us wrong labels and management was changing the plan all time. I could not do much.',
    ],
    [
      'a degradation story, non-native and with fillers',
      DRIFT,
      'Our fraud model precision dropped from 0.8 to 0.55 in March. A weekly dashboard showed it. I fixed the currency conversion and retrained.',
      'Um, our fraud model, the precision it go down from 0.8 until 0.55 in March. Weekly dashboard was showing it, like. I fixed the conversion of currency and I retrained.',
    ],
  ])('%s gets the same findings', (_name, question, fluent, other) => {
    expect(findings(question, other)).toEqual(findings(question, fluent));
  });

  it('gives every pair in the labelled sets the same findings', () => {
    const { sets, assessment } = loadEvalSet(dataPath('notes-eval'));

    const differing = sets.flatMap((s) => evaluateNotes(s.items, assessment).pairs.differing);

    expect(differing).toEqual([]);
    expect(sets.reduce((n, s) => n + s.items.filter((i) => i.pair).length, 0)).toBeGreaterThanOrEqual(50);
  }, WHOLE_CORPUS_MS);
});
