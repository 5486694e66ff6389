// Families the eleventh and twelfth held-out sets showed, each tested with
// sentences of its own about a window-blind maker's models none of the sets
// describes: a purpose said as a person by role acting on what the model
// gives, an interviewer's note that a part was not said, tools the candidate
// used written in an interviewer's note, and a habit kept since a failure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../interview/index.js';
import { dataPath } from '../../util/paths.js';
import { answerOf, notesKit, partsMissing } from '../../../test/helpers/notes.js';
import { evidenceView } from '../evidence.js';
import { parseTextNotes } from '../read-text.js';
import { getTerms } from '../terms.js';
import { claimFindings } from './claims.js';
import { inCandidateVoice } from './common.js';
import { degradationFindings } from './degradation.js';
import { failureFindings } from './failure.js';
import { plainFindings } from './plain.js';
import { specificityFindings } from './specificity.js';

const missing = partsMissing;
const view = evidenceView(notesKit(['rf-beyond-notebooks']), parseAssessment(readFileSync(dataPath('notes-eval', 'assessment.json'), 'utf8'), 'assessment.json'));
const claims = (text: string, note = false) => claimFindings(answerOf(text, note), { terms: getTerms() }, view).map((f) => f.rule);

const INPUT = 'It reads the window sizes and the fabric on each order.';
const OUTPUT = 'It gives every order a finish date.';
const TRADEOFF = 'It misses about one late order in ten.';

describe('notes/rules: a purpose said as a person by role acting on what it gives', () => {
  it.each([
    ['a role not in any list, acting on it', 'The workshop foreman builds the week’s cutting plan from that.'],
    ['a person the listener meets first as "she"', 'Our dispatcher has to choose which van goes where. She books the vans from that.'],
    ['a role that has to decide', 'The upholsterer has to pick which orders to start on Monday.'],
    ['a role it is done for', 'It ranks the late orders for the customer-service team to ring first.'],
    ['the work it replaces', 'Our estimators used to guess the dates from memory.'],
    ['what people want from it', 'When a big order comes in the fitters want a date fast.'],
  ])('finds the purpose in %s', (_name, sentence) => {
    expect(missing(`${sentence} ${INPUT} ${OUTPUT} ${TRADEOFF}`)).toEqual([]);
  });

  it.each([
    ['a role in a reason', 'It is late because fitters book and then cancel.'],
    ['a role in a relative clause', 'Fitters who extend a job throw it off.'],
    ['a role building the model', 'Our engineers trained it on three years of orders.'],
    ['a role liking it', 'The planners found it really useful.'],
    ['a machine with a person’s ending', 'A cross-encoder reranker before the final list.'],
    ['a firm that plans "better"', 'It predicts things so the business can plan better.'],
    ['a team made "more proactive"', 'It helps the sales office be more proactive.'],
  ])('finds no purpose in %s', (_name, sentence) => {
    expect(missing(`${sentence} ${INPUT} ${OUTPUT} ${TRADEOFF}`)).toContain('purpose');
  });
});

describe('notes/rules: an interviewer’s note that a part was not said', () => {
  const PURPOSE = '- the planners use it to book the fitting crews';
  it.each([
    ['"not covered"', '- inputs not covered; when asked: "it just knows the patterns"'],
    ['"nothing on"', '- nothing on what it works from, even when asked'],
    ['"never came up"', '- what it is based on never came up'],
    ['data only said as "from previous years"', '- asked what it is based on: "lots of data from previous years"'],
  ])('reads no input in %s', (_name, line) => {
    expect(missing(`${PURPOSE}\n${line}\n- ${OUTPUT}\n- ${TRADEOFF}`, true)).toEqual(['input']);
  });

  it('keeps a limit of the model that says "nothing about"', () => {
    expect(missing(`The planners use it to book the crews. ${INPUT} ${OUTPUT} It knows nothing about the weather, so it runs late in storms.`)).toEqual([]);
    expect(missing(`The planners use it to book the crews. ${INPUT} ${OUTPUT} It sends a fitter for nothing about one visit in fifty.`)).toEqual([]);
  });

  it('finds the output however "comes out" is ordered', () => {
    const rest = `The planners use it to book the crews. ${INPUT} ${TRADEOFF}`;
    expect(missing(`${rest} Out comes a date for each order.`)).toEqual([]);
    expect(missing(`${rest} Comes out a date for each order.`)).toEqual([]);
  });
});

describe('notes/rules: tools the candidate used, in an interviewer’s note', () => {
  it.each([
    ['a note opening on the verb', '- built the quote assistant themselves with LangChain'],
    ['a note headed by the tool', '- MLflow: ran the tracking server for the blind-size models'],
    ['a note about "he"', '- says he wrote the Airflow DAGs for the nightly orders'],
  ])('finds a claim in %s', (_name, line) => {
    expect(claims(line, true)).toEqual(['claim_unbacked']);
  });

  it.each([
    ['a colleague’s use', '- a colleague ran MLflow for the team'],
    ['what they would use', '- would use Kubernetes if the orders grew'],
    ['the same words said by the candidate about someone else', 'They ran MLflow on the platform team.'],
  ])('finds no claim in %s', (_name, line) => {
    expect(claims(line, line.startsWith('-'))).toEqual([]);
  });

  it('reads a list item after a speaker as a note', () => {
    const doc = parseTextNotes('Q: Which tools did you use?\nA: - built the quote assistant with LangChain\n- tested it with pytest', 'text');
    expect(doc.utterances.map((u) => [u.text, u.item === true])).toEqual([
      ['Which tools did you use?', false],
      ['built the quote assistant with LangChain', true],
      ['- tested it with pytest', true],
    ]);
  });

  it('reads "proper code, none of it notebooks" about their GitHub as beyond notebooks', () => {
    expect(claims('Everything on my GitHub is proper code, none of it is notebooks.')).toEqual(['claim_contradicted']);
  });
});

describe('notes/rules: a habit kept since a failure', () => {
  const STORY = 'I deleted the fabric samples table by running a clean-up on the wrong database. My fault.';
  it.each([
    ['"now any ..."', 'Now any table with samples in it is read-only for scripts.'],
    ['a habit before every act', 'I dry-run every delete first.'],
  ])('finds the change in %s', (_name, change) => {
    expect(failureFindings(answerOf(`${STORY} ${change}`)).map((f) => f.rule)).toEqual([]);
  });

  it('still finds no change after a general lesson', () => {
    expect(failureFindings(answerOf(`${STORY} Since then I'm more careful.`)).map((f) => f.rule)).toEqual(['no_change']);
  });
});

describe('notes/rules: a failure told in an interviewer’s notes', () => {
  const failure = (lines: string[]) => failureFindings(inCandidateVoice(answerOf(lines.join('\n'), true))).map((f) => f.rule);
  it('reads "her own mistake" and "now spends a day ..." as the candidate’s', () => {
    expect(failure(['- blind-size model came out 10% short on bay windows', '- her own mistake: trained only on flat windows', '- now spends a day with the fitters before training anything'])).toEqual([]);
  });

  it('keeps an absence the interviewer wrote down as one', () => {
    expect(failure(['- blind-size model came out 10% short on bay windows', '- blamed the supplier’s measurements', '- nothing on his own part, even when asked about his own part', '- since then he checks every supplier file by hand'])).toEqual(['no_ownership']);
  });
});

describe('notes/rules: a limit said in the ways the ninth to twelfth sets showed', () => {
  const PURPOSE = 'The planners use it to book the fitting crews.';
  it.each([
    ['how far off, in a unit', 'On sale weekends it can be two days late.'],
    ['short of what was hoped', 'Recall was lower than we hoped for the small shops.'],
    ['a lean one way', 'It tends to overquote the big bay windows.'],
    ['a lean chosen on purpose', 'We set it to err on the side of a later date.'],
    ['weak at some times', 'It is poor around bank holidays.'],
    ['false alarms', 'Most of its late warnings are false flags on repeat customers.'],
    ['what throws it off', 'Customers who change the fabric throw it off completely.'],
    ['not good with some cases', "It isn't great with made-to-measure curved tracks."],
    ['twitchy for no reason', 'It gets twitchy in January and moves dates for no real reason.'],
  ])('finds the trade-off in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT} ${sentence}`)).toEqual([]);
  });

  it.each([
    ['a part of what it gives', "It writes three lines per order: the size, what's missing and the fabric."],
    ['work spared for the rest', 'So the fitters only visit the ones that need it and skip the rest.'],
  ])('finds no trade-off in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT} ${sentence}`)).toEqual(['tradeoff']);
  });
});

describe('notes/rules: failures and their parts in the ways the eleventh and twelfth sets showed', () => {
  const rules = (text: string) => failureFindings(answerOf(text)).map((f) => f.rule);
  it.each([
    ['an over- verb', 'The model overbooked the fitting crews for the whole of March.'],
    ['something too loud', 'Two customers got blinds that were too short before a fitter caught it.'],
    ['something that got through', 'Then a faulty batch of rails got through and we poured away a week of work.'],
    ['an order left sitting', 'It marked the complaint as routine and it sat for two days.'],
  ])('finds what went wrong in %s', (_name, wrong) => {
    expect(rules(`${wrong} I never checked it against last year's orders. Now I compare every release with last year before it goes out.`)).toEqual([]);
  });

  it('reads an own part set off by commas and a modest "should have"', () => {
    expect(rules('The alerts went off forty times a week. I set the level myself, from the data, without asking the fitters. Since then I agree every alert level with the people who get it.')).toEqual([]);
    expect(rules('The forecast was wrong for a week. I probably should have pushed harder for new surveys. Now every forecast shows its survey date.')).toEqual([]);
  });

  it('reads "we" as theirs when they led the work, and only then', () => {
    const story = "we rolled it out to all nine shops at once and we hadn't checked it on curved windows. Two customers got blinds that were too short. Now every change is piloted in one shop for a month.";
    expect(rules(`I led the rollout of the new sizes model. ${story[0].toUpperCase()}${story.slice(1)}`)).toEqual([]);
    expect(rules(`The platform team rolled out the new sizes model. ${story[0].toUpperCase()}${story.slice(1)}`)).toEqual(['no_ownership']);
  });

  it.each([
    ['caring "a bit" too much', 'My biggest failure is that I care a bit too much about getting everything perfect.'],
    ['a success offered instead', 'Not really, my projects have gone pretty smoothly; the last one was a big success.'],
  ])('finds no failure in %s', (_name, text) => {
    expect(rules(text)).toEqual(['no_failure']);
  });
});

describe('notes/rules: a degradation case in the ways the tenth to twelfth sets showed', () => {
  const rules = (text: string) => degradationFindings(answerOf(text)).map((f) => f.rule);
  it.each([
    ['a general statement of drift', 'Yeah, models degrade over time, the data changes and performance goes down, so we had to retrain and things improved.'],
    ['none of their models has degraded', "I've been lucky there, none of my models has degraded."],
  ])('finds no case in %s', (_name, text) => {
    expect(rules(text)).toEqual(['no_degradation_example']);
  });

  it.each([
    ['"too fast", noticed by a role', 'The finish dates came out about eight days too early. The shop manager saw it first. We added the fabric supplier as an input and retrained.'],
    ['"30% under", noticed by people saying so', 'The blind forecast was about 30% under for bay windows in November. The fitters said they kept running out. We added the window type and retrained.'],
    ['owners ringing to say so', 'The dates went wrong by 20% for a month. A couple of the owners rang to say the dates looked off. I added an alert on the error and retrained.'],
  ])('finds the case, its measure, how it was noticed and what was done in %s', (_name, text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    ['sensors that report', 'The fault model went 30% worse after the update. The new boards report the temperature in another range. We rescaled the inputs and retrained.'],
    ['what the model caught', 'The share of late orders it caught dropped from 90% to 70%. We rescaled the inputs and retrained.'],
  ])('finds no detection in %s', (_name, text) => {
    expect(rules(text)).toEqual(['no_detection']);
  });
});

describe('notes/rules: vagueness as the eleventh set showed it', () => {
  const vague = (text: string, note = false) => specificityFindings(answerOf(text, note), { terms: getTerms() }).map((f) => f.rule);
  it('takes the interviewer’s note that the answer stayed general', () => {
    expect(vague('- walked through a classification model: cleaned the data, tried a few models, picked the best one\n- no names, numbers or details when pressed', true)).toEqual(['vague']);
    expect(vague('- the blind model got worse when a new fabric range came out with sheer panels\n- retrained on a few hundred orders of the new range\n- no numbers on how much worse', true)).toEqual([]);
  });

  it('counts a span of time as specific in a told story', () => {
    expect(vague('I pushed a ranking model onto the shop front page, and within a month the top slots were all the same three blinds. The fitters were annoyed, rightly.')).toEqual([]);
  });

  it('reads "good teams" and "managed to deliver in the end" as stock lines', () => {
    expect(vague("Honestly, I can't think of a project that really failed. I've been lucky to work with good teams, and we always managed to deliver in the end.")).toEqual(['vague']);
  });
});

describe('notes/rules: terms and acronyms as the ninth to twelfth sets showed', () => {
  const plain = (text: string) => plainFindings(answerOf(text), { terms: getTerms() }).map((f) => f.rule);
  it('takes an acronym explained when asked, or just after it with an aside, as explained', () => {
    expect(plain('The planners use it to book crews. Described it as a CNN; explained CNN as "a kind of image model" when I asked. It reads photos of each window. It gives a size. It misses curved bays.')).not.toContain('acronym');
    expect(plain('The planners use it to book crews. It reads photos of each window. It gives a size. We show SHAP values, sorry, that’s just a way of showing which things pushed it up. It misses curved bays.')).not.toContain('acronym');
    expect(plain('The planners use it to book crews. It reads photos of each window. It gives a size from a CNN. It misses curved bays.')).toContain('acronym');
  });

  it('knows the terms of constraint solving, ranking and segmentation', () => {
    expect(plain("The fitters' rota comes from a constraint solver with soft constraints, and we tune the penalty weights with a greedy heuristic. It reads the orders. It gives a rota. It misses sick days.")).toContain('jargon');
  });
});
