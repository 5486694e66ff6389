// Families the thirty-ninth and fortieth held-out sets showed in claims,
// failure stories and degradation stories. Claims: a plan told as what they
// did before ("the way I ran it last year"), their own hand after a tool
// ("logs every run to MLflow himself"), a tool as a note's topic ("MLflow (on
// the CV): ran the server"), a tool others ran or one looked at and turned
// down. Failures: a note that no failure was given, a change after "now on any
// project", a generic "test things a bit more". Degradation: the interviewer's
// question and a supposition are no case; counts against before, a share of
// wrong calls and "action:" labels are. Each test uses answers of its own.
import { describe, expect, it } from 'vitest';
import { claimsOn, rulesOn } from '../../../test/helpers/notes.js';
import { degradationFindings } from './degradation.js';
import { failureFindings } from './failure.js';

const claims = claimsOn;
const degradation = (text: string) => rulesOn('rf-degraded-in-production', text, degradationFindings);
const failure = (text: string) => rulesOn('rf-failure-learned', text, failureFindings);

describe('notes/rules: a plan told as what they did before', () => {
  it.each([
    ['"the way I ran"', "I'd put it on Kubernetes the way I ran the parcel-sorting service at my last job."],
    ['"which is what I did"', "I'd schedule it as an Airflow DAG, which is what I did for the ferry bookings."],
    ['"the way I did" before a setting with a team', "- \"I'd do it the way I did at the harbour data team: an Airflow DAG per port, I wrote them\""],
  ])('is a claim with %s', (_name, text) => {
    expect(claims('de-pipeline-design', text)).toEqual(['claim_unbacked']);
  });

  it.each([
    ['a plan alone', "I'd put it on Kubernetes and scale it on queue length."],
    ['a plan "as we discussed"', "I'd deploy it on Kubernetes, as we discussed."],
  ])('is no claim in %s', (_name, text) => {
    expect(claims('de-pipeline-design', text)).toEqual([]);
  });
});

describe('notes/rules: their own hand after a tool', () => {
  it.each([
    ['a reflexive in a note', 'mlops-experiment-tracking', '- logs every tuning run to MLflow himself, with the data version and the seed'],
    ['a reflexive in a quote', 'llm-claim-probe', 'A: the ferry FAQ bot, "built it with LangChain myself".'],
    ['a note opening on "logs"', 'mlops-experiment-tracking', '- logs each forecast run in MLflow, she said, so the thresholds can be compared'],
    ['a topic with a parenthesis', 'mlops-claim-probe', '- MLflow (on the CV): ran the tracking server for the forecasting team, on a small VM'],
    ['a topic "on the CV"', 'mlops-claim-probe', '- Airflow on the CV: says he ran the nightly timetable load on it himself'],
    ['a server hosted by others, then their own use', 'mlops-experiment-tracking', '- the MLflow server was hosted by the platform team\n- logged all my own runs to it, with the validation error'],
  ])('is a claim in %s', (_name, question, text) => {
    expect(claims(question, text)).toEqual(['claim_unbacked']);
  });

  it.each([
    ['a reflexive of someone else', 'mlops-experiment-tracking', '- MLflow was set up by the platform team themselves; he only read the runs'],
    ['a topic with others acting', 'mlops-claim-probe', '- Kubernetes: the platform team ran the cluster;\n- he handed over a Docker image and they deployed it'],
    ['a tool there but run by others', 'mlops-claim-probe', 'Kubernetes was there at the ferry company, but the platform team ran it. I handed them an image and they deployed it.'],
    ['a part that was a colleague\'s', 'llm-deep-dive', "The timetable assistant used LangChain, but that part was my colleague's. What I did was the evaluation set and the weekly scoring against it."],
    ['a tool looked at and turned down', 'llm-rag-design', 'I looked at LangChain and decided against it, too many layers. I wrote the retrieval myself in plain Python.'],
    ['a list the negation heads', 'mlops-deep-dive-deployment', "I've never written the manifests or touched kubectl myself."],
    ['"hasn\'t" as a slip', 'mlops-deep-dive-deployment', '- was clear he hasn\'t written Kubernetes manifests himself'],
  ])('is no claim in %s', (_name, question, text) => {
    expect(claims(question, text)).toEqual([]);
  });
});

describe('notes/rules: claims about their own public work, said as what a plan follows', () => {
  it('finds the claim and the contradiction in "what my public repo already does"', () => {
    const text = "I'd do what my public ferry repo already does: it's an Airflow DAG I wrote, with a task per port and monitoring on every stage.";
    expect(claims('de-pipeline-design', text)).toEqual(['claim_contradicted', 'claim_unbacked']);
  });
});

describe('notes/rules: failure stories', () => {
  it('reads an interviewer\'s note that no failure was given as none', () => {
    expect(failure('- offered the ferry model as "a big success, the only problem was demand"\n- I pushed for a project that went wrong: "that is how we learn"\n- no failure given')).toEqual(['no_failure']);
  });

  it('finds a change said after "now on any project"', () => {
    const text = 'I set the ferry overbooking limit from last summer alone, and I ignored the crews. We turned away forty passengers in a week, that was my call. Now on any new route I ride the ferry with the crew before I set a limit.';
    expect(failure(text)).toEqual([]);
  });

  it('finds a change in a slip ("what I does differently") but not in a note\'s label', () => {
    const failed = "I set the ferry overbooking limit myself and I didn't check the winter data, so it was wrong all January.";
    expect(failure(`${failed} What I does differently: I adds the winter weeks to every backtest.`)).toEqual([]);
    expect(failure(`- ${failed}\n- what she does differently: "be more careful, really"`)).toEqual(['no_change']);
  });

  it.each([
    ['"test things a bit more"', "Next time I'd probably test things a bit more before launch."],
    ['"check everything more carefully"', 'Since then I check everything more carefully.'],
  ])('reads %s as a general lesson', (_name, lesson) => {
    expect(failure(`I got the ferry overbooking limit wrong, that was on me, and forty passengers were turned away. ${lesson}`)).toEqual(['no_change']);
  });

  it('reads a model that never got used, or died, as a failure', () => {
    expect(failure('We built a delay forecast for the ferry desk and it never really got used. Not much I could do about that.')).not.toContain('no_failure');
    expect(failure('The ferry forecast kind of died when the sponsor left. What I took from it is that buy-in is key.')).toContain('no_change');
  });
});

const NOTICED = 'The deck crews told the manager.';
const DONE = 'We added the new timetable as an input and retrained it.';

describe('notes/rules: degradation, no case', () => {
  it.each([
    ['the interviewer\'s question in the notes', 'Q: a model that got worse in production?\nA: "none of mine has, honestly"\nQ: not even the ferry model?\nA: retrained every week, "so it never gets the chance to drift"'],
    ['the question\'s word said back', 'Hmm, degraded. Not really, no. We retrain every night, so it cannot drift.'],
    ['a supposition', "If the ferry model degraded, I'd look at late sailings per week. Say it went from three to six. I'd retrain on the last month. It hasn't happened yet."],
    ['a plan after "if it did"', "It hasn't happened to me yet. If it did, I'd compare the forecasts with the real sailings and check whether the inputs had shifted."],
    ['none of theirs, hedged', "I wouldn't say any of my models degraded. For the ferry forecasts we retrain every month."],
    ['a note of none', '- no production model of hers has degraded that she knows of\n- described what she would do: watch the inputs, retrain\n- no case given'],
  ])('finds none in %s', (_name, text) => {
    expect(degradation(text)).toEqual(['no_degradation_example']);
  });
});

describe('notes/rules: degradation, a case in other words', () => {
  it.each([
    ['a count against before', 'The audit showed we ran short of spare lifejackets far more often: eleven times in May against five in April.'],
    ['misses out of all', '- ferry-fault model missed 3 of 5 engine faults last summer, against about 1 in 10 the year before'],
    ['a share of wrong calls', '- after the app let people report without a photo, about a third of the jobs it sent crews to were nothing at all'],
    ['a band out', 'After the rules changed, the predictions were a full band out on about a third of the boats.'],
    ['an alert as a slip', 'Our alert fire on the Monday morning, on the new port.'],
    ['late by an amount in words', 'When the depot moved, the arrival estimates were late by about forty minutes.'],
    ['before and after with a noun between', 'The crews accepted 91% of its suggestions before, 78% after.'],
    ['charging at the wrong times', 'It was charging the ferries at the wrong times, costing us money.'],
  ])('is a case: %s', (_name, event) => {
    expect(degradation(`${event}\n${NOTICED} ${DONE}`)).not.toContain('no_degradation_example');
  });
});

describe('notes/rules: degradation, what was done', () => {
  const CASE = '- ferry-delay model: late sailings went from 2% to 9% over March\n- the harbour master complained\n';
  it.each([
    ['an "action:" label with a past act', '- action: blended the old and new timetables while retraining'],
    ['a refit', '- refit with the new timetable as an input'],
    ['an action told first', '- fix first: "we put the new sailing times in and retrained"'],
  ])('finds an action in %s', (_name, done) => {
    const text = done.startsWith('- fix first') ? `- ferry-delay model\n${done}\n- then the cause: late sailings went from 2% to 9% over March\n- the harbour master complained` : `${CASE}${done}`;
    expect(degradation(text)).not.toContain('no_action');
  });

  it.each([
    ['"still looking into it"', '- what was done: "still looking into it"'],
    ['"still discussing"', '- action: "we\'re still discussing options with the port"'],
    ['"looked at it"', '- what was done: "we looked at it and it got better"'],
    ['"keeping an eye"', '- action: "we\'re keeping an eye on it"'],
  ])('finds none in %s', (_name, done) => {
    expect(degradation(`${CASE}${done}`)).toContain('no_action');
  });
});
