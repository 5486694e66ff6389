// Vague against concrete, as held-out 39 and 40 showed it: a story about a
// system or a place named by what it is ("the customs risk project", "a
// quill-grading model", "a buyer in Mexico") is specific without a number, unless
// stock phrases fill it; a lesson said in prose ("What I took from it is that
// communication is key") is the change's finding (no_change), not the story's; and
// "What I does differently" is read as "What I do differently" in the candidate's
// own words. Each test uses sentences of its own about a beekeeping cooperative.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank, parseAssessment } from '../../interview/index.js';
import { dataPath } from '../../util/paths.js';
import { answerOf } from '../../../test/helpers/notes.js';
import { predict, toKitQuestion } from '../eval.js';
import { inCandidateVoice } from './common.js';
import { failureFindings } from './failure.js';

const assessment = parseAssessment(readFileSync(dataPath('notes-eval', 'assessment.json'), 'utf8'), 'assessment.json');
const findings = (question: string, text: string) => predict({ id: 't', question, labels: [], text }, toKitQuestion(loadQuestionBank().find((q) => q.id === question)!), assessment);
const vague = (question: string, text: string) => findings(question, text).includes('vague');
const FAILURE = 'rf-failure-learned';

describe('notes/rules: a system or place named by what it is', () => {
  it.each([
    ['a system named by two words', 'The hive swarm forecast at the cooperative went off on the wrong hives, and the keepers drove out for nothing. The weather feed was late. These things happen, it is part of working with bees.'],
    ['a system named by a compound', 'The swarm-warning model sent the keepers to the wrong hives, and they drove out for nothing. The weather feed was late. These things happen, it is part of working with bees.'],
    ['a place named', 'The model sent the keepers to the wrong hives near Valencia, and they drove out for nothing. The weather feed was late. These things happen, it is part of working with bees.'],
    ['a disguised strength about a named system', 'My biggest failure is probably that I care too much about getting it right. On the honey-grading app I kept tuning it when it was already good enough, and my manager told me to ship it.'],
  ])('is not vague with %s', (_name, text) => {
    expect(vague(FAILURE, text)).toBe(false);
  });

  it.each([
    ['a model named by one word only', 'The swarm model sent the keepers out for nothing at some point. Mistakes were made, and these things happen. We all learned a lot and moved on.'],
    ['a named system in an answer full of stock phrases', 'On the swarm-warning platform we built a robust, scalable solution following best practices. It was a learning experience for the whole team and we all learned a lot.'],
    ['a generic project ("a really interesting project")', 'There was a really interesting project that did not go as planned. Things got a bit messy and stakeholders had different priorities. We all learned a lot from it.'],
  ])('is vague with %s (near miss)', (_name, text) => {
    expect(vague(FAILURE, text)).toBe(true);
  });

  it('does not count the system the interviewer asked about', () => {
    expect(vague('mlops-serving-design', 'Asked how they would serve the swarm-warning ranking. Answer stayed with a robust, scalable approach following best practices and the right tools for the job; nothing concrete when pressed.')).toBe(true);
  });
});

describe('notes/rules: a lesson said in prose', () => {
  const story = 'I shipped the swarm model for the cooperative without checking it on the spring data. I told the keepers it was ready, and they drove out to forty hives for nothing. That was on me.';
  it.each([
    ['fluent', `${story} What I took from it is that communication is really important, and you always have to manage expectations.`],
    ['with slips', `${story} What I taked from it is that communication are really important, and you always has to manage expectations.`],
  ])('leaves a concrete story specific (%s), and reports the lesson as no_change', (_name, text) => {
    const got = findings(FAILURE, text);
    expect(got).not.toContain('vague');
    expect(got).toContain('no_change');
  });

  it('does not save a story with nothing concrete in it (near miss)', () => {
    expect(vague(FAILURE, 'There was a project that did not go the way we hoped, and stakeholders had different expectations. What I took from it is that communication is really important.')).toBe(true);
  });
});

describe('notes/rules: "what I does differently"', () => {
  const story = 'The swarm model said the hives were calm, the keepers stayed home, and two colonies swarmed. The problem was the weather feed, it was wrong all week.';
  const rules = (text: string, note = false) => failureFindings(inCandidateVoice(answerOf(text, note))).map((f) => f.rule);
  it('reads the slip as the change it says, as the fluent twin', () => {
    const fluent = `${story} What I do differently: I added the keepers' own hive weights as an input, updated every day.`;
    const slip = `${story} What I does differently: I adds the keepers' own hive weights as a input, updated every day.`;
    expect(rules(fluent)).not.toContain('no_change');
    expect(rules(slip)).toEqual(rules(fluent));
    expect(findings(FAILURE, slip)).toEqual(findings(FAILURE, fluent));
  });

  it('does not take an interviewer\'s "what she does differently:" for a change (near miss)', () => {
    expect(rules('- swarm model said the hives were calm; two colonies swarmed the next day\n- owned it: "my call to trust the weather feed"\n- what she does differently: "be more careful, really"', true)).toContain('no_change');
  });
});
