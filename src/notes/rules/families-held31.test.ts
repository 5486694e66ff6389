// Claims as the thirty-first to thirty-fourth held-out sets showed them: their
// public repository taken up again as "that one" or, a sentence later, as "the
// repository"; a note whose question ("asked about his GitHub") sets what the
// quote is about; "proper packaged code" and "I don't really do notebooks" as
// work beyond notebooks; a word inside a compound ("client-portal") or an owner
// before the tool ("the agency's Kubernetes cluster") taken for the one who acted;
// a tool the sentence itself says is another team's. Each test uses sentences of
// its own about a ferry timetable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank, parseAssessment } from '../../interview/index.js';
import { dataPath } from '../../util/paths.js';
import { predict, toKitQuestion } from '../eval.js';

// The labelled sets' assessment: MLflow, Kubernetes, Evidently and LangChain claimed without evidence, Airflow declared
// only; no_monitoring and notebook_only raised.
const assessment = parseAssessment(readFileSync(dataPath('notes-eval', 'assessment.json'), 'utf8'), 'assessment.json');
const findings = (question: string, text: string) => predict({ id: 't', question, labels: [], text }, toKitQuestion(loadQuestionBank().find((q) => q.id === question)!), assessment);
const claims = (question: string, text: string) => findings(question, text).filter((r) => r.startsWith('claim_'));

describe('notes/rules: their public work taken up again', () => {
  it.each([
    ['as "that one"', 'rf-beyond-notebooks', 'There is my ferry-delays repo on GitHub. That one is a small web service. And it has alerting on the delay predictions too.'],
    ['as "the repository" a sentence later', 'mlops-train-to-monitor', 'I put the ferry timetable project on my GitHub. The model is a gradient-boosted regressor behind an API. On monitoring, the repository has drift checks wired in.'],
    ['in a note whose question names it', 'rf-beyond-notebooks', '- asked about her public GitHub: "that is all proper Python code, honestly"\n- moved on to the timetable model'],
  ])('reads a claim about it %s', (_name, question, text) => {
    expect(claims(question, text)).toEqual(['claim_contradicted']);
  });

  it.each([
    ['proper packaged code', 'The things on my GitHub are proper packaged code, each with a command line.'],
    ['no notebooks as a habit', 'My public repos, well, I never really use notebooks, I write modules from day one.'],
  ])('reads "%s" about their GitHub as work beyond notebooks', (_name, text) => {
    expect(claims('rf-beyond-notebooks', text)).toEqual(['claim_contradicted']);
  });

  it.each([
    ['a repository at an employer after their own', 'mlops-train-to-monitor', 'My GitHub has a small ferry demo. At work the timetable model was much bigger. There the repository had drift monitoring and alerts.'],
    ['no notebooks without their public work', 'rf-beyond-notebooks', 'At the ferry company I did not really use notebooks, the team wrote proper packaged code.'],
    ['a note whose question is about something else', 'rf-beyond-notebooks', '- asked about the timetable job: "it is proper Python code with alerting"'],
  ])('is no contradiction for %s', (_name, question, text) => {
    expect(claims(question, text)).toEqual([]);
  });
});

describe('notes/rules: who used the tool', () => {
  it.each([
    ['a compound word before it', 'llm-deep-dive', 'I built the crew-rota assistant for the ferry operator with LangChain, and I wrote its two tools.'],
    ['an owner before it', 'mlops-deep-dive-serving', "I deployed the delay model myself on the operator's Kubernetes cluster and wrote the manifests."],
  ])('is a claim of use with %s', (_name, question, text) => {
    expect(claims(question, text)).toEqual(['claim_unbacked']);
  });

  it('keeps a pronoun with its contraction as someone else', () => {
    expect(claims('mlops-deep-dive-deployment', "I joined the ferry team when they're already deploying on Kubernetes, so that part was before me.")).toEqual([]);
  });

  it('is no claim where the sentence says the tool is another team\'s', () => {
    expect(claims('mlops-deep-dive-deployment', "The delay model runs on Kubernetes, but that's the infra team's cluster. I hand them an image and they deploy it."))
      .toEqual([]);
  });
});
