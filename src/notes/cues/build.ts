// Training the cue model from the labelled sets (scripts/train-notes-cues.ts),
// and the leave-one-set-out estimate that chose how it is used: each held-out
// set is scored by a model trained on all the other sets, beside the rules'
// own first run on it.
import { createHash } from 'node:crypto';
import type { Question } from '../../interview/index.js';
import { readAnswers } from '../analyse.js';
import { kitOf, notesOf, toKitQuestion, type EvalItem } from '../eval.js';
import type { NoteRule } from '../types.js';
import { answerFeatures } from './features.js';
import { CUE_RULES, type CueFile, type CueTopic } from './model.js';
import { score, train, TRAIN_DEFAULTS, vocabularyOf, type TrainOptions, type Weights } from './train.js';

export interface LabelledAnswer {
  set: string;
  id: string;
  topic: CueTopic;
  features: Set<string>;
  labels: readonly NoteRule[];
}

/** How the model's probability is used, per finding: decided on the leave-one-set-out estimate (docs/notes.md). */
export const USE: Record<NoteRule, { withRule: number; alone: number | null }> = Object.fromEntries(
  Object.values(CUE_RULES)
    .flat()
    .map((r) => [r, { withRule: 0.1, alone: 0.5 }]),
) as Record<NoteRule, { withRule: number; alone: number | null }>;

/** The answers of the cue topics in the labelled sets, read as eval-notes reads them. */
export function labelledAnswers(sets: ReadonlyArray<{ name: string; items: readonly EvalItem[] }>, bank: readonly Question[]): LabelledAnswer[] {
  const byId = new Map(bank.map((q) => [q.id, toKitQuestion(q)]));
  const out: LabelledAnswer[] = [];
  for (const set of sets) {
    for (const item of set.items) {
      const q = byId.get(item.question);
      if (!q) continue;
      const read = readAnswers({ text: notesOf(item, q), format: 'text' }, kitOf([q]));
      const topic = read[0]?.topics.find((t): t is CueTopic => t in CUE_RULES);
      if (!read[0] || !topic) continue;
      out.push({ set: set.name, id: item.id, topic, features: answerFeatures(read[0].answer), labels: item.labels });
    }
  }
  return out;
}

export interface TopicWeights {
  vocabulary: string[];
  rules: Map<NoteRule, Weights>;
}

export function trainTopics(answers: readonly LabelledAnswer[], options: TrainOptions = TRAIN_DEFAULTS): Map<CueTopic, TopicWeights> {
  const out = new Map<CueTopic, TopicWeights>();
  for (const topic of Object.keys(CUE_RULES) as CueTopic[]) {
    const mine = answers.filter((a) => a.topic === topic);
    const vocabulary = vocabularyOf(mine, options.minCount);
    const rules = new Map<NoteRule, Weights>();
    for (const rule of CUE_RULES[topic]) rules.set(rule, train(mine.map((a) => ({ features: a.features, label: a.labels.includes(rule) })), vocabulary, options));
    out.set(topic, { vocabulary, rules });
  }
  return out;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4 || 0;

export function cueFile(trained: Map<CueTopic, TopicWeights>, trainedOn: CueFile['trainedOn'], options: TrainOptions = TRAIN_DEFAULTS): CueFile {
  const topics = {} as CueFile['topics'];
  for (const [topic, { vocabulary, rules }] of trained) {
    // Features every rule weighs at (about) nothing are left out.
    const kept = vocabulary.filter((f) => [...rules.values()].some((w) => round(w.cues.get(f) ?? 0) !== 0));
    topics[topic] = {
      vocabulary: kept,
      rules: Object.fromEntries(
        [...rules].map(([rule, w]) => [rule, { bias: round(w.bias), length: round(w.length), weights: kept.map((f) => round(w.cues.get(f) ?? 0)), ...USE[rule] }]),
      ),
    };
  }
  return { trainedOn, options, topics };
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Each answer of `test` sets scored by a model trained without its set: rule → probability, by answer id. */
export function leaveOneSetOut(answers: readonly LabelledAnswer[], test: readonly string[], options: TrainOptions = TRAIN_DEFAULTS): Map<string, Map<NoteRule, number>> {
  const out = new Map<string, Map<NoteRule, number>>();
  for (const set of test) {
    const trained = trainTopics(
      answers.filter((a) => a.set !== set),
      options,
    );
    for (const a of answers.filter((x) => x.set === set)) {
      const rules = trained.get(a.topic)!.rules;
      out.set(a.id, new Map([...rules].map(([rule, w]) => [rule, score(w, a.features).p])));
    }
  }
  return out;
}

