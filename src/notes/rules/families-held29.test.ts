// Claims and acronyms as the twenty-ninth and thirtieth held-out sets showed
// them, half of the thirtieth raw speech-to-text: a tool's name split into its
// words or spelled out letter by letter ("lang chain", "em el flow"), a name
// that is also a word written small where it is used as a tool ("the evidently
// drift report"), a tool only read about in its docs, "their" cluster after
// the team that ran it, a write-up that opens on its topic, "nothing ... is
// notebooks"; everyday acronyms (GP, COVID, HIV, TB), an acronym glossed as
// "that's software that ...", or spelled word for word with its small words
// ("POD, proof of delivery"); a mixed-case acronym (RevPAR) and one said letter
// by letter ("the d t c codes"). Each test uses sentences of its own about a
// bike-hire scheme.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank, parseAssessment } from '../../interview/index.js';
import { dataPath } from '../../util/paths.js';
import { answerOf } from '../../../test/helpers/notes.js';
import { predict, toKitQuestion } from '../eval.js';
import { getTerms, spokenForms } from '../terms.js';
import { plainFindings } from './plain.js';

// The labelled sets' assessment: MLflow, Kubernetes, Evidently and LangChain claimed without evidence, Airflow declared
// only; no_monitoring and notebook_only raised.
const assessment = parseAssessment(readFileSync(dataPath('notes-eval', 'assessment.json'), 'utf8'), 'assessment.json');
const findings = (question: string, text: string) => predict({ id: 't', question, labels: [], text }, toKitQuestion(loadQuestionBank().find((q) => q.id === question)!), assessment);
const claims = (question: string, text: string) => findings(question, text).filter((r) => r.startsWith('claim_'));
const acronym = (text: string, note = false) => plainFindings(answerOf(text, note), { terms: getTerms() }).filter((f) => f.rule === 'acronym').map((f) => f.message);
const skills = (text: string) => getTerms().find(text).filter((h) => h.kind === 'named').map((h) => h.skill);

describe('notes/terms: a tool name as speech-to-text writes it', () => {
  it('says a name written together in its words and its capitals letter by letter', () => {
    expect(spokenForms('LangChain')).toContain('lang chain');
    expect(spokenForms('MLflow')).toEqual(expect.arrayContaining(['ml flow', 'm l flow', 'em el flow']));
    expect(spokenForms('XGBoost')).toContain('xg boost');
    expect(spokenForms('Airflow', new Set(['flow']))).toEqual(['air flow']);
    expect(spokenForms('Kubernetes')).toEqual([]);
  });

  it.each([
    ['built in it', 'i built the rota bot in lang chain with two prompts', 'langchain'],
    ['its runs logged in it', 'i log every nightly run in em el flow and compare them on monday', 'mlflow'],
    ['its own nouns after it', 'i wrote the air flow dags for the dock rebalancing', 'airflow'],
    ['a word-like name written small before a noun of its own', 'the dock model showed up on the evidently drift report first', 'evidently'],
    ['a word-like name written small as what a verb worked with', 'i checked the dock counts with evidently and it flagged the weekend', 'evidently'],
  ])('finds the tool %s', (_name, text, skill) => {
    expect(skills(text)).toContain(skill);
  });

  it.each([
    ['air flow as air moving', 'we measured the air flow in the bike shed and moved the fans'],
    ['evidently as an adverb', 'the dock data was evidently stale so the counts drifted'],
    ['evidently before a verb', 'it evidently reports too many empty docks on sundays'],
    ['a word-like name written small in a sentence with capitals', 'The dock data was evidently checked by Sam on Monday.'],
    ['a split name as an ordinary phrase', 'I was on pager duty the week the docks went down.'],
  ])('finds no tool in %s', (_name, text) => {
    expect(skills(text)).toEqual([]);
  });
});

describe('notes/rules: claims in raw speech-to-text and in notes', () => {
  it.each([
    ['rf-failure-learned', 'the worst one. i set up the air flow dags for the dock forecasts and left catchup on. after a pause it ran six backfills at once and pushed a model trained on two hours of data. my mistake. now catchup is off in our template.'],
    ['rf-degraded-in-production', 'the dock fill model. i log every weekly evaluation in em el flow and the hit rate dropped from eighty to sixty one so i saw it there. a new dock type had come in and i retrained with it.'],
    ['rf-degraded-in-production', 'in march the empty dock alerts went quiet. i caught it on the evidently drift report i had set up for the model, the station ids had changed. i mapped the old ids to the new ones and retrained.'],
    ['mlops-claim-probe', 'yes kubernetes i have run it for the dock model. i set up the cluster and the deployments myself.'],
    ['mlops-train-to-monitor', "For drift she described the bike-hire job: she set up Evidently reports herself on the dock model, one a week, and she was the one paged when they showed drift."],
  ])('is a claim of use (%s)', (question, text) => {
    expect(claims(question, text)).toContain('claim_unbacked');
  });

  it('reads "nothing on my GitHub is notebooks" as a claim the red flag contradicts', () => {
    expect(claims('rf-beyond-notebooks', 'so nothing i keep on github is notebooks really. it is all packaged properly with tests.')).toEqual(['claim_contradicted']);
    expect(claims('rf-beyond-notebooks', 'Nothing I have on GitHub is beyond notebooks, to be honest; I never got round to packaging any of it.')).toEqual([]);
  });

  it.each([
    ['only its docs read', 'mlops-train-to-monitor', "I've read the MLflow docs and skimmed the LangChain tutorials, and I'd start there. At the bike-hire scheme we tracked runs in a spreadsheet."],
    ['run by the platform team on their cluster', 'mlops-deep-dive-deployment', '- he built the dock API and its Docker image; the city platform team ran it on their Kubernetes cluster\n- "I never touched the cluster, they did the rest"'],
    ['"evidently" as an adverb in speech-to-text', 'rf-degraded-in-production', 'the dock counts were evidently stale so the forecasts drifted. i saw the error go from five to twelve percent on the dashboard and retrained on fresh data.'],
  ])('is no claim when %s', (_name, question, text) => {
    expect(claims(question, text)).toEqual([]);
  });

  it('keeps "their" the candidate\'s where no one else is the subject', () => {
    expect(claims('mlops-deep-dive-deployment', '- she deployed the dock API on their own Kubernetes cluster herself and wrote the manifests')).toEqual(['claim_unbacked']);
  });
});

describe('notes/rules: acronyms everyone knows, glossed, spelled out, or said letter by letter', () => {
  it('takes GP, COVID, HIV and TB for everyday acronyms', () => {
    expect(acronym('Riders with a GP letter get a cheaper pass. Usage fell during COVID. The HIV clinic and the TB clinic both have docks outside.')).toEqual([]);
  });

  it('reads an acronym glossed as "that\'s software that ..." as explained', () => {
    expect(acronym('It reads the number plate on the van with ANPR, that\'s software that turns a photo of a plate into text.')).toEqual([]);
  });

  it('reads an acronym spelled word for word, small words included, as explained', () => {
    expect(acronym('The rider takes a photo at the dock, "the EOR, end of ride", before the hire is closed.')).toEqual([]);
    expect(acronym('Proof of parking (POP) is a photo the rider takes at the dock.')).toEqual([]);
  });

  it('does not spell an acronym from words far off that happen to fit', () => {
    expect(acronym('So we built RAG for it on top of the dock records and the repair logs and it writes the daily note.')).toHaveLength(1);
  });

  it('finds a mixed-case acronym, unless it is expanded or a tool\'s name', () => {
    expect(acronym('It optimises RevBAD rather than trips, for each dock.')).toEqual(['RevBAD is used without saying what it stands for.']);
    expect(acronym('It optimises RevPAD, which is revenue per available dock, for each station.')).toEqual([]);
    expect(acronym('The counts sit in MySQL and a daily job reads them.')).toEqual([]);
    expect(acronym('We built it on a large language model, the same kind of thing as ChatGPT.')).toEqual([]);
  });

  it('finds an acronym said letter by letter, and not "x y" or an everyday one', () => {
    expect(acronym('so the model reads the d t c codes from the e-bikes and the battery age and gives the mechanic a list each morning')).toEqual(['DTC is used without saying what it stands for.']);
    expect(acronym('so the model reads the x y position of each dock and the u k bank holidays and gives the van driver a list each morning')).toEqual([]);
  });
});

describe('notes/rules: an acronym glossed with a non-native relative clause', () => {
  it('reads "AVL data, this is GPS position what every bus send" as glossed, like "which is the GPS position every bus sends"', async () => {
    const { answerOf } = await import('../../../test/helpers/notes.js');
    const { plainFindings } = await import('./plain.js');
    const { getTerms } = await import('../terms.js');
    const rules = (text: string) => plainFindings(answerOf(text), { terms: getTerms() }).map((f) => f.rule).filter((r) => r === 'acronym');
    expect(rules('The model uses a year of AVL data, which is the GPS position every bike sends every minute.')).toEqual([]);
    expect(rules('Model use one year of AVL data, this is GPS position what every bike send each minute.')).toEqual([]);
    expect(rules('Model use one year of AVL data from the bikes.')).toEqual(['acronym']);
  });
});
