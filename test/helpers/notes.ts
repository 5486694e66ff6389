// Kits and inputs for the notes tests: bank questions in a one-round kit, and
// notes text in any of the formats the readers take.
import { readFileSync } from 'node:fs';
import { loadQuestionBank, parseAssessment, type Kit } from '../../src/interview/index.js';
import { readAnswers } from '../../src/notes/analyse.js';
import { kitOf, notesOf, predict, toKitQuestion } from '../../src/notes/eval.js';
import { inCandidateVoice, type Answer } from '../../src/notes/rules/common.js';
import type { Finding } from '../../src/notes/types.js';
import { dataPath } from '../../src/util/paths.js';
import { PARTS, partsSaid } from '../../src/notes/rules/plain-parts.js';
import { sentencesOf } from '../../src/notes/sentences.js';

/** A one-round kit of these bank questions, in this order; `label` names an unblinded candidate. */
export function notesKit(ids: string[], label?: string): Kit {
  const bank = loadQuestionBank();
  const kit = kitOf(ids.map((id) => toKitQuestion(bank.find((q) => q.id === id)!)));
  return label ? { ...kit, candidate: { label, blind: false } } : kit;
}

/** A WebVTT file from `[start seconds, speaker or null, text]` cues (voice tags when a speaker is given). */
export function vtt(cues: Array<[number, string | null, string]>): string {
  const clock = (s: number) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
  return `WEBVTT\n\n${cues.map(([s, who, text]) => `${clock(s)} --> ${clock(s + 4)}\n${who ? `<v ${who}>` : ''}${text}`).join('\n\n')}\n`;
}

/** One answer from notes text: each line a piece, a list item (an interviewer's note) when `note`, as the readers hand them on. */
export function answerOf(text: string, note = false): Answer {
  const sentences = sentencesOf(text.split('\n').map((line, i) => ({ text: line, place: { line: i + 1 }, ...(note ? { item: true } : {}) })));
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}

/** The parts of a plain explanation (purpose, input, output, trade-off) the rules do not find in `text`. */
export function partsMissing(text: string, note = false): string[] {
  const said = partsSaid(answerOf(text, note));
  return PARTS.filter((p) => !said.has(p));
}

/** Time limit of a test that reads every labelled answer set (data/notes-eval/): it grows with each set, and a loaded machine is several times slower. */
export const WHOLE_CORPUS_MS = 180_000;

// The labelled sets' assessment: MLflow, Kubernetes, Evidently and LangChain claimed without evidence, Airflow declared
// only; no_monitoring and notebook_only raised; churn-api and demand-notebooks are the repositories.
const labelledAssessment = () => parseAssessment(readFileSync(dataPath('notes-eval', 'assessment.json'), 'utf8'), 'assessment.json');
const bankQuestion = (id: string) => toKitQuestion(loadQuestionBank().find((q) => q.id === id)!);

/** The claim findings `eval-notes` gives an answer to bank question `question`, against the labelled sets' assessment. */
export function claimsOn(question: string, text: string): string[] {
  return predict({ id: 't', question, labels: [], text }, bankQuestion(question), labelledAssessment()).filter((r) => r.startsWith('claim_'));
}

/** The rules alone (no cue model) on an answer read as `eval-notes` reads it: bullets are notes, in the candidate's voice. */
export function rulesOn(question: string, text: string, rules: (answer: Answer) => Finding[]): string[] {
  const q = bankQuestion(question);
  const [read] = readAnswers({ text: notesOf({ text }, q), format: 'text' }, kitOf([q]));
  return rules(inCandidateVoice(read!.answer)).map((f) => f.rule);
}
