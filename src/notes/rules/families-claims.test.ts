// Claims said in the ways the fifth and sixth held-out sets showed: a tool
// named before the candidate's own making of it, "I'd" as "I had" in a told
// story, and claims about public work that run over two sentences or come
// with an invitation to look. Each test builds its own sentences.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank, parseAssessment } from '../../interview/index.js';
import { dataPath } from '../../util/paths.js';
import { notesKit } from '../../../test/helpers/notes.js';
import { predict, toKitQuestion } from '../eval.js';
import { evidenceView } from '../evidence.js';
import { parseNotesText } from '../read.js';
import { sentencesOf } from '../sentences.js';
import { getTerms, isToolName } from '../terms.js';
import { claimFindings, pastPerfect } from './claims.js';
import type { Answer } from './common.js';

function answer(text: string): Answer {
  const sentences = sentencesOf([{ text, place: { line: 1 } }]);
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const ctx = { terms: getTerms() };
// The labelled sets' assessment: Kubernetes, MLflow, Evidently and LangChain claimed without evidence; no_monitoring and notebook_only raised.
const view = evidenceView(notesKit(['rf-beyond-notebooks']), parseAssessment(readFileSync(dataPath('notes-eval', 'assessment.json'), 'utf8'), 'assessment.json'));
const claims = (text: string) => claimFindings(answer(text), ctx, view).map((f) => f.rule);
const assessment = parseAssessment(readFileSync(dataPath('notes-eval', 'assessment.json'), 'utf8'), 'assessment.json');
/** The claim findings on notes read whole, as `eval-notes` reads an answer to a bank question (bullets, write-ups). */
const claimsInNotes = (question: string, text: string) =>
  predict({ id: 't', question, labels: [], text }, toKitQuestion(loadQuestionBank().find((q) => q.id === question)!), assessment).filter((r) => r.startsWith('claim_'));

describe('notes/rules: a tool the candidate says they made or used', () => {
  it.each([
    ['named before their making of it', 'The retraining ran as a Kubernetes job I wrote myself.'],
    ['named before a clause of theirs', 'Our search assistant was built on LangChain, I wrote the prompts and the tools.'],
    ['set up in a told story ("I\'d set up")', 'The MLflow server I\'d set up showed every run going back a year.'],
    ['after "I\'d" and a participle', "I'd logged every run to MLflow long before the audit."],
    ['set up ("I\'d set up") in an answer that tells a past story', "I'd set up Evidently reports on the booking model, weekly. In May the report flagged the weekend mix. It turned out a partner had changed its feed, so I retrained."],
  ])('is a claim when %s', (_name, text) => {
    expect(claims(text)).toEqual(['claim_unbacked']);
  });

  it.each([
    ['a plan with if', "If we had the budget I'd set up MLflow."],
    ['a plan for next time', "Next time I'd add Evidently reports."],
    ['a plan without a past verb', "I'd set up MLflow for tracking and compare the runs every week."],
    ['a plan beside a past story that is not about it', "It never degraded while I was there. If it had, I'd set up Evidently reports weekly. The team moved on and the model was retired."],
    ["others' work before their own", 'The platform team ran Kubernetes, I wrote the training code.'],
  ])('is no claim in %s', (_name, text) => {
    expect(claims(text)).toEqual([]);
  });

  it('reads "I\'d" as "had" only before a participle or in a told story', () => {
    expect(pastPerfect("i'd only tested it on the top players")).toBe('i had only tested it on the top players');
    expect(pastPerfect("i'd set up the alerts and in may they fired")).toBe('i had set up the alerts and in may they fired');
    expect(pastPerfect("i'd set up alerts if it went live")).toBe("i'd set up alerts if it went live");
    expect(pastPerfect("i'd rather use a spreadsheet")).toBe("i'd rather use a spreadsheet");
  });
});

describe('notes/rules: claims about their own public work', () => {
  it.each([
    ['with an invitation to look', "If you open my GitHub you'll see a monitoring job on every project."],
    ['over two sentences', 'Have a look at my GitHub. Every project there has drift alerts.'],
    ['as none being notebooks', 'None of my public repositories are notebooks.'],
    ['said of them in the next sentence', "My public repos are small. They're all proper packages with a command-line entry point."],
  ])('contradicts a raised flag %s', (_name, text) => {
    expect(claims(text)).toEqual(['claim_contradicted']);
  });

  it('does not carry a claim into a sentence about work elsewhere', () => {
    expect(claims('My GitHub has a few demos. At work we had monitoring dashboards for every model.')).toEqual([]);
  });
});

describe('notes/rules: claims said in the ways the seventh and eighth held-out sets showed', () => {
  it.each([
    ['through their own thing ("our pipeline")', 'Our nightly pipeline failed because Airflow skipped the Sunday run.'],
    ['a tool of their own cluster, with what they did after a comma', 'The pricing model ran on our Kubernetes cluster, I did the rollout myself.'],
    ['a tool named without a subject, then used by them', 'At my last job MLflow ran on a small server. Two of us logged every experiment to it.'],
  ])('finds a claim %s', (_name, said) => {
    expect(claims(said)).toEqual(['claim_unbacked']);
  });

  it.each([
    ['through their own server ("my MLflow server")', 'My MLflow server kept every run from the last two years.'],
    ['named first, then their past act', 'Using MLflow, I tracked every experiment for the pricing model.'],
  ])('finds a claim %s', (_name, said) => {
    expect(claims(said)).toEqual(['claim_unbacked']);
  });

  it.each([
    ['run by a friend of theirs', 'My friend uses LangChain for his chatbot.'],
    ['run by their manager', 'My manager set up MLflow for the team.'],
    ['named as on the CV', 'MLflow is in my CV from a course.'],
    ['read about and put on the CV', "I put Evidently on my CV because I've read a lot about it, but I haven't set it up myself."],
    ['run by other people of theirs', 'Our data scientists ran MLflow for the experiments.'],
    ['named, then not used by them', 'At my last job MLflow ran on a small server. I never touched it.'],
  ])('finds no claim when %s', (_name, said) => {
    expect(claims(said)).toEqual([]);
  });

  it('reads their public work said by a named repository, with a hypothetical only after the claim', () => {
    expect(claims('My fare-model repo checks input drift every hour and pages me, so stale features would have been caught.')).toEqual(['claim_contradicted']);
    expect(claims('None of the monitoring is in my public repos, that was all at work.')).toEqual([]);
    expect(claims('My last project at work had drift alerts on every feature.')).toEqual([]);
  });
});

describe('notes/rules: claims said in the ways held-out 25 and 26 showed', () => {
  it.each([
    ['set up by them after the tool ("logs to MLflow, I set that up")', 'Every training run logs to MLflow, I set that up, so you can see the whole history.'],
  ])('finds a claim %s', (_name, said) => {
    expect(claims(said)).toEqual(['claim_unbacked']);
  });

  it.each([
    ['taken back in the next sentence ("I only read about it")', 'For scale I think Kubernetes is the way. But I only read about it, I never used it in a real project.'],
    ['taken back as never used', "We would go to Kubernetes at some point, I think. I've never actually used it."],
  ])('finds no claim when %s', (_name, said) => {
    expect(claims(said)).toEqual([]);
  });

  it('keeps a claim whose next sentence only limits it ("never used it for streaming")', () => {
    expect(claims('I ran Airflow for the nightly retraining at my last job. I never used it for streaming though.')).toEqual(['claim_unbacked']);
  });

  it('reads their public code as their public work, and proper modules as work beyond notebooks', () => {
    expect(claims('None of my public code is really notebooks.')).toEqual(['claim_contradicted']);
    expect(claims("The demand-notebooks repo is just a name, it's all proper Python modules with a command-line entry point.")).toEqual(['claim_contradicted']);
    expect(claims('At work my code was all proper Python modules.')).toEqual([]);
  });
});

describe('notes/rules: claims said in the ways held-out 27 and 28 showed', () => {
  it('reads a bullet headed by a tool ("- Airflow: wrote ...") as a note about the tool, not a speaker', () => {
    const notes = ['A: - strongest: Airflow, Docker, FastAPI', '- Airflow: wrote the DAG that loads the ferry bookings every night himself', '- Docker: slim image for the timetable API'].join('\n');
    expect(parseNotesText(notes, 'text').utterances.map((u) => u.speaker ?? null)).toEqual(['A', null, null]);
    expect(isToolName('Airflow')).toBe(true);
    expect(isToolName('Dana')).toBe(false);
    expect(claimsInNotes('rf-keyword-claims', notes.replace(/^A: /, ''))).toEqual(['claim_unbacked']);
    expect(claimsInNotes('rf-keyword-claims', ['- strongest: MLflow, Docker, FastAPI', '- MLflow: her teammate ran the tracking server, she only read the charts'].join('\n'))).toEqual([]);
  });

  it('counts a name that is also a word when it opens a sentence as its topic ("Evidently? Sure, ..."), not as an adverb', () => {
    const named = (text: string) => getTerms().find(text).map((h) => h.text);
    expect(named('Evidently? Sure, I ran it on the ferry model.')).toEqual(['Evidently']);
    expect(named('Evidently: weekly report on the booking features.')).toContain('Evidently');
    expect(named('Evidently, the booking feed had changed.')).toEqual([]);
    expect(named('Evidently, no one checked the report.')).toEqual([]);
    expect(claims('Evidently? Sure, I ran it on the ferry booking model for a year.')).toEqual(['claim_unbacked']);
    expect(claims('Evidently, the booking feed had changed, so I retrained the model.')).toEqual([]);
  });

  it('finds both a contradiction and a claim of use where the candidate sets the tool up in a sentence about their public work', () => {
    expect(claims('The ferry-eta repo is on my GitHub. It has drift alerts too: I wired in an Evidently report that runs nightly.')).toEqual(['claim_contradicted', 'claim_unbacked']);
    expect(claims('My public projects all have drift monitoring. I have used Evidently for that since last spring.')).toEqual(['claim_contradicted', 'claim_unbacked']);
  });

  it('finds only the contradiction where their public work has the tool, or where the act is set in that work', () => {
    expect(claims('Every project on my GitHub has an Evidently drift report.')).toEqual(['claim_contradicted']);
    expect(claims('In my ferry-eta repo I built the drift monitoring with Evidently, and it alerts me on Mondays.')).toEqual(['claim_contradicted']);
  });

  it("reads an interviewer's write-up or bullet about the candidate's public work in the candidate's voice", () => {
    expect(claimsInNotes('rf-beyond-notebooks', 'She said none of her GitHub projects are in notebooks, all of it is proper packages. She named the ferry-eta repo as one.')).toEqual(['claim_contradicted']);
    expect(claimsInNotes('mlops-train-to-monitor', ['- says his public repos all send drift alerts to a Slack channel', '- retrains the ferry model monthly at work'].join('\n'))).toEqual(['claim_contradicted']);
    expect(claimsInNotes('rf-beyond-notebooks', 'She said her public repos are mostly notebooks; the packaged work was at the shipping firm and is private.')).toEqual([]);
  });
});
