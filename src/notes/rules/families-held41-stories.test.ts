// Families the forty-first and forty-second held-out sets showed in failure
// stories, degradation stories and claims. Degradation: a denial with the model
// as its subject ("it hasn't degraded", "it's never gone wrong as such"), the
// question asked again in a note, "12 min over", a note's heading "how it was
// noticed" that says nothing of how, people ringing someone, an act in a list.
// Failures: "I don't see things as failures", "we got through it", a result
// "came out double", a note's heading for the candidate's part ("his own part:
// none mentioned"), "I'd seen it and ignored it", general lessons in two
// clauses. Claims: "Kubernetes, yes." and the next sentence, a tool as a note's
// topic with a quote, "everything on my GitHub is beyond notebooks". Each test
// uses answers of its own, about a ski resort and its neighbours.
import { describe, expect, it } from 'vitest';
import { claimsOn, rulesOn } from '../../../test/helpers/notes.js';
import { degradationFindings } from './degradation.js';
import { failureFindings } from './failure.js';

const claims = claimsOn;
const degradation = (text: string) => rulesOn('rf-degraded-in-production', text, degradationFindings);
const failure = (text: string) => rulesOn('rf-failure-learned', text, failureFindings);

describe('notes/rules: no degradation case, said of the model itself', () => {
  it.each([
    ['"it hasn\'t degraded"', "We have the lift-queue model for the ski resort, and to be fair it hasn't degraded. We retrain it every night on the last month of gate scans. If it did, I'd look at the error per lift."],
    ['"never gone wrong as such", then a plan', "I had a model for skis rented per hour at the resort. It's never gone wrong as such. What I would do is check the snow inputs weekly and retrain if the error went over ten percent."],
    ['the question asked again in a note', '- ski-rental shop, daily demand per size\n- "our models are trained well, they don\'t drift"\n- asked again for any time it got worse: "no, it\'s been steady"'],
  ])('finds no case in %s', (_name, text) => {
    expect(degradation(text)).toEqual(['no_degradation_example']);
  });

  it('still finds a case told beside a denial of another (near miss)', () => {
    expect(degradation("The snowmaking model hasn't drifted. The lift-queue one did: waits came out twenty minutes too short after the new gondola opened, the lift staff complained, and I retrained it on the new gate data.")).toEqual([]);
  });
});

describe('notes/rules: a degradation case in a note', () => {
  it('reads "~15 min over" as a case with a measure, and a heading that says nothing of how it was noticed as none', () => {
    expect(degradation('- ski school; model estimated lesson lengths for the instructor rota\n- lessons ran ~15 min over per day after the new beginner course\n- how it was noticed: not said; what was done: "we know about it"')).toEqual(['no_detection', 'no_action']);
  });

  it('reads "how it was noticed / how bad it got: neither said" as no detection', () => {
    const got = degradation('- ski resort; model picks which runs to groom given the snow depth\n- "it started giving weird picks" after the weather service changed its feed\n- fix: added the new feed as an input, retrained on the season\n- how it was noticed / how bad it got: neither said');
    expect(got).toContain('no_detection');
    expect(got).not.toContain('no_action');
  });

  it('keeps a heading with how it was noticed under it (near miss)', () => {
    expect(degradation('- ski resort; model picks which runs to groom\n- grooming was off on a third of the runs after the feed changed\n- how it was noticed: the patrol complained at the morning meeting\n- fix: retrained on the new feed')).toEqual([]);
  });
});

describe('notes/rules: degradation noticed and acted on', () => {
  it('reads people ringing someone as how it was noticed', () => {
    expect(degradation('We forecast hot-chocolate sales per mountain hut so the van could restock. After the storm, the huts on the north side kept running out and the hut wardens rang the depot. Forecast error for those huts doubled, from about ten percent to twenty. I added a flag for the days after a storm.')).toEqual([]);
  });

  it('reads an act in a list after theirs as what was done', () => {
    expect(degradation('The avalanche-sensor model warned of slides, and one winter the false alarms went from about one a week to five, and the patrol started ignoring it. The new sensors had a different rate. I rescaled the readings to match, retrained, and now the alarm count goes on the patrol board.')).toEqual([]);
  });
});

describe('notes/rules: no failure said', () => {
  it.each([
    ['failures not seen as such', "I don't really see things as failures. Every project teaches you something. So I'd say all my projects have been a success in that way."],
    ['trouble in general words, then "we got through it"', 'There was a season that did not go as planned. There were some challenges with the data, and things were a bit difficult with the resort managers. In the end we got through it and I learned a lot.'],
  ])('finds no failure in %s', (_name, text) => {
    expect(failure(text)).toEqual(['no_failure']);
  });

  it.each([
    ['a result that came out double', '- lift-pass forecast for a ski resort; forecast came out double one weekend\n- "the scraper counted the group bookings twice, I only saw it afterwards"\n- change: every scrape now has a row-count check before it is used'],
    ['a wait far off and a miss', '- lift-queue model she built sent skiers to the busiest lift for a fortnight (average wait 35 min instead of 6)\n- why: "the lift map changed and QA didn\'t catch it"\n- her part: nothing said\n- lesson: "these things happen"'],
  ])('finds a failure, and no own part, in %s', (_name, text) => {
    expect(failure(text)).toContain('no_ownership');
    expect(failure(text)).not.toContain('no_failure');
  });
});

describe('notes/rules: a note heading for the candidate\'s part', () => {
  const story = '- snow-cannon model for a ski resort; the cannons ran on warm nights and wasted water for a week';
  it.each([
    ['"his own part: none mentioned"', `${story}\n- his own part: none mentioned\n- since: every config change is reviewed by a second person`],
    ['"asked his own part" and a denial', `${story}\n- asked his own part: "not really something we could have caught"\n- since: every config change is reviewed by a second person`],
    ['"his part?" and a defence', `${story}\n- his part? "I implemented what was specified"\n- since: every config change is reviewed by a second person`],
  ])('finds no own part with %s', (_name, text) => {
    expect(failure(text)).toEqual(['no_ownership']);
  });

  it.each([
    ['a misjudgement under the heading', `${story}\n- his part: "I trusted last winter's temperature offsets and never looked at the new sensors"\n- since: every config change is reviewed by a second person`],
    ['an act of theirs under the heading', `${story}\n- own part: "I calibrated nothing, I just used the vendor's default"\n- since: every config change is reviewed by a second person`],
  ])('finds the own part in %s (near miss)', (_name, text) => {
    expect(failure(text)).toEqual([]);
  });
});

describe('notes/rules: the own part and the change in a failure story', () => {
  it('reads "I\'d seen it and ignored it" as their part', () => {
    expect(failure("I built the piste-grooming order model for the resort. We groomed the top run a day late and two skiers fell on the ice. I'd seen the overnight freeze in the forecast and ignored it. Since then I check the overnight low for every run before the order goes out.")).toEqual([]);
  });

  it.each([
    ['fluent', 'At the ski resort I built the rental forecast, and I set the booking window wrong, so for a month it counted late bookings as walk-ins. The shop was short of boots and customers waited half an hour. I wrote that rule. So now I am just more careful, and I double-check things.'],
    ['with slips', 'In the ski resort I built the rental forecast, and I put the booking window wrong, so during one month it was counting late bookings like walk-ins. The shop was short of boots and customers were waiting half an hour. I wrote this rule. So now I am just more careful, and I check things two times.'],
  ])('reads general lessons in two clauses as no change (%s)', (_name, text) => {
    expect(failure(text)).toEqual(['no_change']);
  });

  it('keeps a specific change after "more careful" (near miss)', () => {
    expect(failure('At the ski resort I set the booking window wrong, so for a month it counted late bookings as walk-ins. So now I am more careful, and I check every booking rule against the booking system before it goes live.')).toEqual([]);
  });
});

describe('notes/rules: claims of use', () => {
  it.each([
    ['a tool said alone, then what they did', 'Kubernetes, yes. At the ski resort I wrote the deployment manifests for our lift-queue model myself, two replicas behind a load balancer.'],
    ['a tool as a note\'s topic with a quote', '- MLflow: "the last thing I set up was the registry for our rental models, I promoted the versions myself"'],
  ])('finds a claim in %s', (_name, text) => {
    expect(claims('de-pipeline-design', text)).toEqual(['claim_unbacked']);
  });

  it.each([
    ['a tool said alone, then a plan', "Kubernetes, yes. I'd write the manifests myself if I had the time."],
    ['a tool said alone, then someone else', 'Kubernetes, yes. The platform team ran it for the resort.'],
    ['a tool as a note\'s topic, never used', '- MLflow: "never touched it, I only read about it"'],
  ])('finds none in %s (near miss)', (_name, text) => {
    expect(claims('de-pipeline-design', text)).toEqual([]);
  });

  it('reads "everything on my GitHub is beyond notebooks" as contradicted, not one repository beyond them', () => {
    expect(claims('rf-beyond-notebooks', 'Pretty much everything on my GitHub is beyond notebooks, that is my thing.')).toEqual(['claim_contradicted']);
    expect(claims('rf-beyond-notebooks', 'The churn-api repo on my GitHub is the one beyond notebooks: a FastAPI service with tests.')).toEqual([]);
  });
});
