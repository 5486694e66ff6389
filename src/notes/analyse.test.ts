import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notesKit, vtt } from '../../test/helpers/notes.js';
import { parseAssessment } from '../interview/index.js';
import { dataPath } from '../util/paths.js';
import { analyseNotes } from './analyse.js';
import type { NotesAnalysis } from './types.js';

const KIT = notesKit(['rf-explain-to-stakeholder', 'rf-failure-learned', 'rf-degraded-in-production'], 'Alice Smith');
const assessment = () => parseAssessment(readFileSync(dataPath('notes-eval', 'assessment.json'), 'utf8'), 'assessment.json');
const rules = (a: NotesAnalysis, id: string) => a.answers.find((x) => x.question.id === id)?.findings.map((f) => f.rule) ?? null;

const TRANSCRIPT = vtt([
  [1, 'Dana', 'Thanks for coming in. Pick a model you built and explain it to me as if I were the head of sales, no jargon.'],
  [8, 'Alice', "It's an XGBoost classifier trained on 200 engineered features with SMOTE for the class imbalance."],
  [14, 'Alice', 'We got an AUC of 0.83 on the holdout set.'],
  [20, 'Dana', 'Tell me about a project that failed, and your part in it.'],
  [25, 'Alice', 'I shipped a forecast without checking public holidays, and two stores threw food away. That was my call.'],
  [32, 'Dana', 'Why?'],
  [34, 'Alice', 'I wanted to hit the date. Since then I always backtest over a full year.'],
  [40, 'Dana', 'Different topic: what would you like to ask us about the team?'],
  [45, 'Alice', 'How do you do on-call? I ran Kubernetes clusters for my last employer.'],
]);

describe('notes/analyse', () => {
  it('matches answers to kit questions by their words, keeps follow-ups with them and other talk apart', () => {
    const a = analyseNotes({ text: TRANSCRIPT, format: 'vtt' }, KIT);

    expect(a.candidate).toEqual({ label: 'Alice Smith', speaker: 'Alice' });
    expect(a.answers.map((x) => [x.question.id, x.askedWith?.at, x.said.length])).toEqual([
      ['rf-explain-to-stakeholder', '00:00:01', 2],
      ['rf-failure-learned', '00:00:20', 4],
    ]);
    expect(a.unmatched).toHaveLength(1);
    expect(a.unmatched[0].said.map((q) => q.text)).toEqual(['How do you do on-call?', 'I ran Kubernetes clusters for my last employer.']);
    expect(a.notAsked).toEqual([{ id: 'rf-degraded-in-production', title: 'A model that degraded in production' }]);
  });

  it('quotes the sentences that raised each finding, with their time, and suggests a rubric level to consider', () => {
    const a = analyseNotes({ text: TRANSCRIPT, format: 'vtt' }, KIT);
    const explain = a.answers[0];

    // "200 engineered features" says the input only in jargon: the patterns take it as said, so no_input is the cue
    // model's call alone, near its threshold (it flips as sets join the training); when raised, it says so.
    const rules = explain.findings.map((f) => f.rule);
    expect(rules.filter((r) => r !== 'no_input')).toEqual(['jargon', 'acronym', 'no_purpose', 'no_output', 'no_tradeoff']);
    for (const f of explain.findings.filter((x) => x.rule === 'no_input')) expect(f.message).toMatch(/cue model 0\.\d\d/);
    const acronym = explain.findings.find((f) => f.rule === 'acronym')!;
    expect(acronym.message).toBe('SMOTE and AUC are used without saying what they stand for.');
    expect(acronym.quotes.map((q) => [q.at, q.text])).toEqual([
      ['00:00:08', "It's an XGBoost classifier trained on 200 engineered features with SMOTE for the class imbalance."],
      ['00:00:14', 'We got an AUC of 0.83 on the holdout set.'],
    ]);
    expect(explain.suggestion).toEqual({
      level: 1,
      rubric: 'Cannot explain without jargon, or the explanation is wrong.',
      text: 'consider 1: Cannot explain without jargon, or the explanation is wrong.',
      because: ['jargon'],
    });
    expect(a.answers[1].findings).toEqual([]);
    expect(a.answers[1].suggestion?.text).toBe('consider 3: A real failure, their part owned, and a specific lesson applied since.');
    expect(a.advisory).toMatch(/Nothing here changes a score/);
    expect(JSON.stringify(a)).not.toMatch(/"(?:score|rating)"/);
  });

  it('checks claims against the assessment when given, else against what the kit carries', () => {
    const notes = 'Q: Tell me about a time a model degraded in production. How was it detected?\nA: I tracked every run in MLflow. In my churn-api repository I set up drift alerts.\nA: I would try Airflow next time.';

    const withEvidence = analyseNotes({ text: notes, format: 'text' }, KIT, assessment());
    const kitOnly = analyseNotes({ text: notes, format: 'text' }, KIT);

    const claims = withEvidence.answers[0].findings.filter((f) => f.group === 'claims');
    expect(claims.map((f) => [f.rule, f.quotes[0].at])).toEqual([
      ['claim_contradicted', 'line 2'],
      ['claim_unbacked', 'line 2'],
    ]);
    expect(claims[0].message).toBe('Says their own public work has monitoring; the assessment found otherwise (no_monitoring: No drift monitoring or observability in any repository.).');
    expect(kitOnly.answers[0].findings.filter((f) => f.group === 'claims')).toEqual([]);
  });

  it("reads an interviewer's prose write-up about the candidate in the candidate's voice, not a story about someone else", () => {
    const claim = (answer: string) => {
      const a = analyseNotes({ text: `Q: Tell me about a time a model degraded in production. How was it detected?\nA: ${answer}`, format: 'text' }, KIT, assessment());
      return a.answers[0]!.findings.filter((f) => f.group === 'claims').map((f) => f.rule);
    };
    // A write-up: opens on "she", and nothing is said in the first person outside quotes.
    expect(claim('She set up Evidently herself for the ferry model, with weekly drift reports. She said "it caught the summer timetable".')).toEqual(['claim_unbacked']);
    // The candidate telling of a colleague: first person elsewhere, so "she" stays the colleague.
    expect(claim('She set up Evidently for the ferry model. I only read the weekly reports.')).toEqual([]);
    // A write-up that opens on a report with no subject ("Described ...", "Said he ...").
    expect(claim('Described the drift checks on the ferry model. Said he set up Evidently himself, weekly reports by email.')).toEqual(['claim_unbacked']);
    // The candidate's own words that begin the same way stay the candidate's: "I" is said.
    expect(claim('Described it to my manager as a pilot. My colleague set up Evidently and I read the reports.')).toEqual([]);
  });

  it('reads notes with topic headings and no speakers as the candidate’s words, and says so', () => {
    const notes = '# Interview\n\n## A model that degraded in production\n\nPrecision dropped from 0.8 to 0.5 in March. A dashboard showed it. I retrained on fixed data.\n\n## Lunch\n\nNice chat about cycling.\n';

    const a = analyseNotes({ text: notes, format: 'markdown' }, KIT);

    expect(a.answers.map((x) => [x.question.id, x.askedWith?.at, x.findings.length])).toEqual([['rf-degraded-in-production', 'line 3', 0]]);
    expect(a.unmatched.map((u) => u.said.map((q) => q.text))).toEqual([['Nice chat about cycling.']]);
    expect(a.notes).toEqual(['no speakers are named: every line is read as the candidate’s words']);
  });

  it('takes the speaker who talks most as the candidate when none is named, and refuses a name nobody has', () => {
    const notes = 'Dana: Tell me about a project that failed or a decision you got wrong.\nSam: I deleted a production table by running a script against the wrong database. It was my mistake. Now my scripts refuse production without a flag.\nDana: Thanks.';

    const a = analyseNotes({ text: notes, format: 'text' }, notesKit(['rf-failure-learned']));

    expect(a.candidate.speaker).toBe('Sam');
    expect(a.notes).toEqual(['the candidate was taken to be Sam, who speaks most; name the candidate to choose another']);
    expect(a.answers[0].suggestion?.level).toBe(3);
    expect(() => analyseNotes({ text: notes, format: 'text' }, KIT, undefined, { candidate: 'Robin' })).toThrow('no speaker in the notes is called "Robin" (speakers: Dana, Sam)');
  });

  it('uses kit order when an interviewer paraphrases the next question', () => {
    const notes = 'Q: Pick a model you built and explain it without jargon.\nA: It flags late payments for the collections team so they call early.\nQ: Now, has anything of yours ever gone wrong, and what was your part?\nA: Nothing I would call a failure.';

    const a = analyseNotes({ text: notes, format: 'text' }, KIT);

    expect(a.answers.map((x) => x.question.id)).toEqual(['rf-explain-to-stakeholder', 'rf-failure-learned']);
    expect(rules(a, 'rf-failure-learned')).toEqual(['no_failure']);
  });
});
