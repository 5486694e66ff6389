// Vague against concrete, as held-out 37 and 38 showed it: specifics said in
// words the rule did not count ("about sixty docks", "the second depot", "for
// weeks"); an interviewer's note that one part stayed general ("lesson: ...;
// nothing specific when pushed", "- how much worse: 'quite a bit'") where the
// rest of the notes have numbers or a concrete story; and "etc." closing a list
// of things named. Each test uses sentences of its own about a bike-hire scheme.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank, parseAssessment } from '../../interview/index.js';
import { dataPath } from '../../util/paths.js';
import { predict, toKitQuestion } from '../eval.js';

const assessment = parseAssessment(readFileSync(dataPath('notes-eval', 'assessment.json'), 'utf8'), 'assessment.json');
const findings = (question: string, text: string) => predict({ id: 't', question, labels: [], text }, toKitQuestion(loadQuestionBank().find((q) => q.id === question)!), assessment);
const vague = (question: string, text: string) => findings(question, text).includes('vague');

describe('notes/rules: specifics said in words', () => {
  it.each([
    ['a number in words', 'There was a problem with the bike-hire demand model. About sixty docks were empty when the commuters came. Mistakes were made at a few points, and we have all learned a lot from it.'],
    ['the same, non-native', 'There was problem with the bike-hire demand model. Around sixty docks was empty when commuters are coming. Some mistakes were done in few points, and we all learned a lot from it.'],
    ['an ordinal that counts things', 'There was a problem with the bike-hire demand model. It was built on the first depot and then used on the second depot, where it sent the vans the wrong way. Mistakes were made, and we have all learned a lot from it.'],
    ['a duration', 'My biggest failure is that I care too much about getting it right. On the bike-hire forecast I kept tuning it for weeks when it was already good enough. I am learning to let go a bit.'],
  ])('is not vague with %s', (_name, text) => {
    expect(vague('rf-failure-learned', text)).toBe(false);
  });

  // The model is not named by what it is ("the bike-hire demand model" names it: families-held39.test.ts).
  it('is vague when the same story has none (near miss)', () => {
    expect(vague('rf-failure-learned', 'There was a problem with the demand model. Some docks were empty when the commuters came. Mistakes were made at a few points, and we have all learned a lot from it.')).toBe(true);
  });

  it('does not count the interview\'s own ordinal ("a second follow-up")', () => {
    expect(vague('rf-failure-learned', '- could not name one: "honestly nothing comes to mind, my projects have generally gone well"\n- pushed: "maybe that I take on too much"\n- nothing more concrete after a second follow-up')).toBe(true);
  });
});

describe('notes/rules: one part said generally, in notes', () => {
  const owned = '- bike-hire demand model left about 40 docks empty at the station on the first Monday of term\n- owned it: "I did not check the term dates"\n';
  it.each([
    ['a note that the change stayed general', `${owned}- lesson: "be more careful and double-check things"; nothing specific when pushed`],
  ])('leaves a story with numbers specific: %s', (_name, text) => {
    const got = findings('rf-failure-learned', text);
    expect(got).toContain('no_change');
    expect(got).not.toContain('vague');
  });

  const leak = '- the hire model\'s price showed up on the member\'s account before the offer went out; member furious, joined another scheme\n- "the web team exposed the wrong field, nothing to do with my side"\n';
  it('leaves a concrete story specific when its stock phrase is in a note labelled with the change', () => {
    const got = findings('rf-failure-learned', `${leak}- no change mentioned: "these things happen in a fast-moving business"`);
    expect(got).toContain('no_change');
    expect(got).not.toContain('vague');
  });

  it('counts the same stock phrase in an unlabelled note (near miss)', () => {
    expect(vague('rf-failure-learned', `${leak}- then said "these things happen in a fast-moving business"`)).toBe(true);
  });

  it('leaves a degradation with a concrete case specific when "how much worse" was said generally', () => {
    const text = '- docking-station model degraded after the council moved the bus stops (riders now walk further)\n- noticed through riders writing in about empty stations\n- how much worse: "quite a bit"\n- what was done: "still being discussed with the council"';
    const got = findings('rf-degraded-in-production', text);
    expect(got).toContain('no_metric');
    expect(got).not.toContain('vague');
  });

  it('is vague when the notes have nothing specific anywhere (near miss)', () => {
    expect(vague('rf-failure-learned', '- a model that did not work out\n- said it was a team thing\n- lesson: "be more careful"; nothing specific when pushed')).toBe(true);
  });

  it('is vague when a general note about the whole answer stands alone', () => {
    expect(vague('mlf-deep-dive-model', '- talked about "leveraging data to drive value" and "following best practices"\n- no names, numbers or details, even after two prompts')).toBe(true);
  });
});

describe('notes/rules: "etc." closing a list', () => {
  const explain = (list: string) =>
    `- bike hire (members take bikes, ${list} for a small fee); late returns leave members who booked without a bike\n- the model looks at the member's past hires, how long they kept things, the kind of bike, and whether it is a holiday weekend\n- staff use it at the desk when someone hires something\n- mistakes: poor with new members, who have no history, so a reliable person can be treated as a risk`;
  it('is not a stock phrase after things named', () => {
    expect(vague('rf-explain-to-stakeholder', explain('tandems, cargo bikes etc.'))).toBe(false);
  });
  it('stays one after a list of generalities (near miss)', () => {
    expect(vague('rf-failure-learned', 'There was a project where things did not really work out. There were a lot of issues with the data and with the team and so on. I learned to be more careful in general.')).toBe(true);
  });
});
