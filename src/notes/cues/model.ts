// The cue model: for each absence finding of the explanation, failure and
// degradation rules, a logistic regression over the answer's words and word
// pairs (features.ts), trained on the hand-labelled answers of
// data/notes-eval/ (scripts/train-notes-cues.ts writes data/notes-cues.json).
// It decides whether the part is missing; the rules still say which sentences
// were read and why. A finding the rules raise stands only when the model
// gives it at least `withRule`; one the rules miss is raised when the model
// gives it more than `alone`. Every decision names the words that weighed most.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../../util/paths.js';
import type { NoteRule, Topic } from '../types.js';
import { score, type Weights } from './train.js';

export const CUE_RULES = {
  explain: ['no_purpose', 'no_input', 'no_output', 'no_tradeoff'],
  failure: ['no_failure', 'no_ownership', 'no_change'],
  degradation: ['no_degradation_example', 'no_metric', 'no_detection', 'no_action'],
} as const satisfies Record<Topic, readonly NoteRule[]>;
export type CueTopic = keyof typeof CUE_RULES;

const RuleModel = z.object({
  bias: z.number(),
  length: z.number(),
  weights: z.array(z.number()),
  withRule: z.number(),
  alone: z.number().nullable(),
});
const TopicModel = z.object({ vocabulary: z.array(z.string()), rules: z.record(z.string(), RuleModel) });
export const CueFile = z.object({
  trainedOn: z.array(z.object({ file: z.string(), sha256: z.string(), answers: z.number() })),
  options: z.object({ minCount: z.number(), l2: z.number(), iterations: z.number(), rate: z.number() }),
  topics: z.object({ explain: TopicModel, failure: TopicModel, degradation: TopicModel }),
});
export type CueFile = z.infer<typeof CueFile>;

export interface CueRule {
  weights: Weights;
  withRule: number;
  alone: number | null;
}

let loaded: Map<NoteRule, CueRule> | undefined;

export function cueRulesOf(file: CueFile): Map<NoteRule, CueRule> {
  const out = new Map<NoteRule, CueRule>();
  for (const topic of Object.keys(CUE_RULES) as CueTopic[]) {
    const { vocabulary, rules } = file.topics[topic];
    for (const rule of CUE_RULES[topic]) {
      const m = rules[rule];
      if (!m) continue;
      const cues = new Map<string, number>();
      m.weights.forEach((w, i) => w !== 0 && cues.set(vocabulary[i]!, w));
      out.set(rule, { weights: { bias: m.bias, length: m.length, cues }, withRule: m.withRule, alone: m.alone });
    }
  }
  return out;
}

/** The shipped model (data/notes-cues.json), read once. */
export function cueRules(): Map<NoteRule, CueRule> {
  loaded ??= cueRulesOf(CueFile.parse(JSON.parse(readFileSync(dataPath('notes-cues.json'), 'utf8'))));
  return loaded;
}

export interface CueVerdict {
  rule: NoteRule;
  /** The model's probability that the part is missing. */
  p: number;
  missing: boolean;
  /** The words that weighed most towards "missing" and against it. */
  towards: string[];
  against: string[];
}

const shown = (parts: Array<[string, number]>) => parts.slice(0, 3).map(([f]) => f.replace(/_/g, ' '));

export function cueVerdict(model: CueRule, rule: NoteRule, features: ReadonlySet<string>, ruleFired: boolean): CueVerdict {
  const { p, parts } = score(model.weights, features);
  const missing = (ruleFired && p >= model.withRule) || (model.alone !== null && p > model.alone);
  const towards = shown(parts.filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]));
  const against = shown(parts.filter(([, v]) => v < 0).sort((a, b) => a[1] - b[1]));
  return { rule, p, missing, towards, against };
}
