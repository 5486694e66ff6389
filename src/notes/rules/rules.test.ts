import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../interview/index.js';
import { dataPath } from '../../util/paths.js';
import { sentencesOf } from '../sentences.js';
import { getTerms } from '../terms.js';
import { evidenceView } from '../evidence.js';
import { notesKit } from '../../../test/helpers/notes.js';
import { claimFindings } from './claims.js';
import type { Answer } from './common.js';
import { degradationFindings } from './degradation.js';
import { failureFindings } from './failure.js';
import { plainFindings } from './plain.js';
import { specificityFindings } from './specificity.js';

const ctx = { terms: getTerms() };
function answer(text: string): Answer {
  const sentences = sentencesOf([{ text, place: { line: 1 } }]);
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const rulesOf = (fs: Array<{ rule: string }>) => fs.map((f) => f.rule);

describe('notes/rules: plain explanation', () => {
  it('does not count a term the candidate explains in passing', () => {
    const a = answer("It's what's called a classifier - it sorts invoices into pay, check and reject, so finance only reads the odd ones. It uses the supplier and the amount. It is wrong about one time in twenty.");

    expect(rulesOf(plainFindings(a, ctx))).toEqual([]);
  });

  it('flags an acronym only where it is never expanded, and not everyday ones or caption capitals', () => {
    expect(rulesOf(plainFindings(answer('We track the MTBF, the mean time between failures, for the CRM team so they plan repairs. It reads sensor data and gives a score. It misses some.'), ctx))).toEqual([]);
    expect(rulesOf(plainFindings(answer('IT FLAGS LATE PAYMENTS SO THE TEAM CAN CALL. IT READS THE INVOICES AND GIVES A SCORE. IT MISSES SOME.'), ctx))).toEqual([]);
    const f = plainFindings(answer('It ranks leads by a GBM score so sales can call the best first. It reads their visits. It misses some.'), ctx);
    expect(f.map((x) => [x.rule, x.message])).toEqual([['acronym', 'GBM is used without saying what it stands for.']]);
  });

  it('flags a sentence over 40 words, and reads a transcript without punctuation in the sentences a listener hears', () => {
    const long = 'It looks at the orders and the weather and the promotions and the holidays and the stock in every shop and the deliveries planned for the week and then it gives each store manager a number for each product so that they can order the right amount and it is wrong by about ten percent.';
    // The same content said in short unlinked clauses, captioned without a stop: each clause is heard as a sentence.
    const captioned =
      'it looks at the orders the weather the promotions and the holidays in every shop it gives each store manager a number for each product they order the right amount from it it is wrong by about ten percent we check it every monday';

    expect(rulesOf(plainFindings(answer(long), ctx))).toEqual(['long_sentences']);
    expect(rulesOf(plainFindings(answer(long.replace(/\.$/, '').toLowerCase()), ctx))).toContain('long_sentences');
    expect(rulesOf(plainFindings(answer(captioned), ctx))).not.toContain('long_sentences');
  });
});

describe('notes/rules: failure and degradation', () => {
  it('reads a disguised strength as no failure, and passive blame as no ownership quoting it', () => {
    expect(rulesOf(failureFindings(answer("My weakness is that I'm a perfectionist, so I work late."))) ).toEqual(['no_failure']);
    const f = failureFindings(answer('The migration went badly. Mistakes were made in the timestamps. Since then every feature has a leakage test.'));
    expect(f.map((x) => [x.rule, x.quotes.map((q) => q.text)])).toEqual([['no_ownership', ['Mistakes were made in the timestamps.']]]);
  });

  it('reads a denial as no example, and an action with nothing named as no action', () => {
    expect(rulesOf(degradationFindings(answer('I have never seen a model that degraded. If it is trained well it should not degrade.')))).toEqual(['no_degradation_example']);
    expect(rulesOf(degradationFindings(answer('Accuracy dropped from 91 to 84 percent, and the dashboard showed it. We fixed some things.')))).toEqual(['no_action']);
  });
});

describe('notes/rules: specificity', () => {
  it('finds stock phrases without specifics vague, and a number enough to be specific', () => {
    expect(rulesOf(specificityFindings(answer('I always follow best practices and make sure everything is robust and scalable, and it depends on the project.'), ctx))).toEqual(['vague']);
    expect(rulesOf(specificityFindings(answer('I always follow best practices: every pull request needs two reviews and 80 percent test coverage on the project.'), ctx))).toEqual([]);
  });
});

describe('notes/rules: claims', () => {
  const view = evidenceView(notesKit(['rf-beyond-notebooks']), parseAssessment(readFileSync(dataPath('notes-eval', 'assessment.json'), 'utf8'), 'assessment.json'));

  it.each([
    ["I'd schedule it with Airflow if I built it again."],
    ['I have never used MLflow; we kept a spreadsheet.'],
    ['At my last company the platform team ran Kubernetes; I only wrote the training code.'],
    ['I built the API with FastAPI and Docker.'],
  ])('raises nothing for %j', (text) => {
    expect(claimFindings(answer(text), ctx, view)).toEqual([]);
  });

  it('says a tool the CV declares but the code never uses cannot be backed', () => {
    const [f] = claimFindings(answer('I orchestrated the nightly jobs with Airflow.'), ctx, view);

    expect(f.rule).toBe('claim_unbacked');
    expect(f.message).toBe('Says they used Airflow; the CV claims it, but in the repositories it is only declared as a dependency, never used in code. Public code cannot settle it: ask what they built with it.');
  });

  it('contradicts only claims about their own public work', () => {
    expect(rulesOf(claimFindings(answer('My demand-notebooks repo is a full pipeline, not notebooks.'), ctx, view))).toEqual(['claim_contradicted']);
    expect(claimFindings(answer('At work we ran everything as scheduled scripts, no notebooks.'), ctx, view)).toEqual([]);
  });
});

describe('notes/rules: wordings found by the fourth held-out set', () => {
  it("ends a sentence at a possessive (\"last month's.\"), but not at an initial", () => {
    expect(sentencesOf([{ text: "It compares each reading with last month's. It flags odd ones.", place: { line: 1 } }]).map((s) => s.text)).toEqual(["It compares each reading with last month's.", 'It flags odd ones.']);
    expect(sentencesOf([{ text: 'We followed J. Smith on that. Then we stopped.', place: { line: 1 } }])).toHaveLength(2);
  });

  it('reads a trade-off said as a preference or a weak spot, and not what people miss', () => {
    const base = 'The schedulers use it to plan tomorrow’s deliveries. It reads the orders and gives each van a route.';
    expect(rulesOf(plainFindings(answer(`${base} We tuned it to favour short routes over full vans.`), ctx))).toEqual([]);
    expect(rulesOf(plainFindings(answer(`${base} Its weak spot is roadworks announced that morning.`), ctx))).toEqual([]);
    expect(rulesOf(plainFindings(answer(`${base} It finds shortcuts that drivers might miss.`), ctx))).toEqual(['no_tradeoff']);
  });

  it('names no failure in trouble said only in general words, and counts a rule introduced since', () => {
    expect(rulesOf(failureFindings(answer('One release did not go as planned because of some issues. It all worked out.')))).toEqual(['no_failure']);
    expect(rulesOf(failureFindings(answer('I forgot to pin the library version and the nightly job broke. After that, a check was added that fails the build on unpinned versions.')))).toEqual([]);
    expect(rulesOf(failureFindings(answer('I forgot to pin the library version and the nightly job broke. Since then I am more careful.')))).toEqual(['no_change']);
  });

  it('reads "too high" as a degradation and an excluded source or a new threshold as an action', () => {
    expect(rulesOf(degradationFindings(answer('In May the forecast was 20 percent too high for two weeks; the shops told us. We put in a separate model for the new region.')))).toEqual([]);
    expect(rulesOf(degradationFindings(answer('The error rate went from 2 to 9 percent in a week and the alert fired. I excluded the broken sensor from training.')))).toEqual([]);
  });

  it('does not take "I can\'t recall" for the metric', () => {
    expect(rulesOf(specificityFindings(answer("I can't recall a real setback. Generally my work goes well because I plan carefully and check a lot."), ctx))).toEqual(['vague']);
  });
});
