// Failure stories as the forty-seventh and forty-eighth held-out sets told
// them, in general: a story of effort or of others' delays that the candidate
// closes by saying it was not really a failure names none (and so no own part
// or change is looked for); stale data said after its noun ("the list we were
// sent was out of date") and a check someone "never flagged" name a failure;
// and a note's change heading with only a lesson under it ("I learned a lot")
// is no change. Each test uses sentences of its own about a town museum.
import { describe, expect, it } from 'vitest';
import { rulesOn } from '../../../test/helpers/notes.js';
import { failureFindings } from './failure.js';

const failure = (text: string) => rulesOn('rf-failure-learned', text, failureFindings);

describe('notes/rules: a story closed by saying it was not really a failure', () => {
  const effort = 'The closest was the visitor forecast for the summer exhibition. The opening was brought forward by ten days. I worked two weekends and we had it ready on the morning. So not really a failure, more that I got it over the line.';
  const effortNn = 'The closest is the visitor forecast for summer exhibition. Opening was brought forward ten days. I was working two weekends and we had it ready in the morning. So it was not really failure, more that I get it over the line.';

  it.each([
    ['effort to meet a deadline', effort],
    ['the same, non-native', effortNn],
    ['a delay put on others, then a happy ending', 'It was meant to take a month and it took seven weeks, but only because the trustees kept adding galleries. In the end queues at the door halved and the director loved it. So it wasn\'t a failure as such, no.'],
  ])('finds no failure, and so no own part or change, in %s', (_name, text) => {
    expect(failure(text)).toEqual(['no_failure']);
  });

  it('reads the fluent and the non-native telling alike', () => {
    expect(failure(effort)).toEqual(failure(effortNn));
  });

  it.each([
    ['a failure of one thing said to be of another', 'The ticket model overbooked the school slots for a month. It was not a failure of the model but of my checks: I only tested it on adult tickets. Now every release is run against last year\'s school bookings first.'],
    ['one part said not to have failed, but another', 'The model was not a failure, but the rollout was: I switched it on in half-term without telling the front desk, and the queue ran to an hour. Since then I agree every switch-on date with the desk manager.'],
  ])('still reads the failure, the own part and the change in %s', (_name, text) => {
    expect(failure(text)).toEqual([]);
  });
});

describe('notes/rules: stale data said after its noun, and a check never flagged', () => {
  const stale = '- model planned guard rotas for the museum\n- guards were booked for days the galleries were shut\n- "the hours list we were sent was out of date, and the council never flagged it"\n- change: now checks the date on every file before it is loaded';
  const staleNn = '- model was planning guard rotas for museum\n- guards was booked for days when galleries were shut\n- "hours list what we were sent was out of date, and council never flagged it"\n- change: now check the date on every file before it is loaded';

  it.each([
    ['a note', stale],
    ['the same, non-native', staleNn],
    ['the candidate\'s own words', 'Our rota model read an opening-hours export that was already stale. The council never flagged it, and nobody told us. Now every file\'s date is checked before it is loaded.'],
  ])('names the failure and misses the own part in %s', (_name, text) => {
    expect(failure(text)).toEqual(['no_ownership']);
  });

  it('reads the fluent and the non-native note alike', () => {
    expect(failure(stale)).toEqual(failure(staleNn));
  });

  it('does not read a file said to be up to date as a failure', () => {
    expect(failure('Honestly I cannot think of one. The data we used was always current and the museum was happy.')).toEqual(['no_failure']);
  });
});

describe('notes/rules: a change heading with only a lesson under it', () => {
  const story = '- rota model put two guards on the busiest gallery days for a month, when four were needed\n- "I set the minimum staffing wrong, that one is on me"\n';

  it.each([
    ['a lesson learned', `${story}- what changed: "I learned a lot from it, I am a better analyst now"`],
    ['the same, non-native', `${story}- what changed: "I have learned a lot from this, I am better analyst now"`],
    ['lessons named only', `${story}- change: lessons learned, be more careful`],
  ])('finds no change in %s', (_name, text) => {
    expect(failure(text)).toEqual(['no_change']);
  });

  it.each([
    ['a habit learned', `${story}- what changed: "I learned to check the minimum staffing against the union rules before every release"`],
    ['a habit under the heading', `${story}- change: every rota now goes past the head guard before it is published`],
  ])('reads the change in %s', (_name, text) => {
    expect(failure(text)).toEqual([]);
  });
});
