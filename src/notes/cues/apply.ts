// The cue model's say over the absence findings of an answer's topics
// (model.ts): a rule's absence finding stands only when the model agrees the
// part is likely missing, and one the rules did not raise is added when the
// model is confident on its own. Each message says what the model weighed.
import { finding, opening, type Answer } from '../rules/common.js';
import { NOTE_RULES, type Finding, type NoteRule, type Topic } from '../types.js';
import { answerFeatureWords, answerFeatures } from './features.js';
import { CUE_RULES, cueRules, cueVerdict, type CueRule, type CueVerdict } from './model.js';

/** A finding that makes others moot: no failure named means no own part or change to look for. */
const MOOTS: Partial<Record<NoteRule, NoteRule[]>> = {
  no_failure: ['no_ownership', 'no_change'],
  no_degradation_example: ['no_metric', 'no_detection', 'no_action'],
};

function weighed(v: CueVerdict, said: Map<string, string>): string {
  // The model's features are word stems (pairs shown with a space); a message quotes them as the answer said them.
  const quoted = (features: string[]) => features.map((f) => `"${said.get(f.replace(/ /g, '_')) ?? f}"`).join(', ');
  const towards = v.towards.length > 0 ? `; weighing most towards it: ${quoted(v.towards)}` : '';
  const against = v.against.length > 0 ? `; against it: ${quoted(v.against)}` : '';
  return `cue model ${v.p.toFixed(2)}${towards}${against}`;
}

export function applyCues(findings: readonly Finding[], answer: Answer, topics: readonly Topic[], model: Map<NoteRule, CueRule> = cueRules()): Finding[] {
  const rules = topics.flatMap((t) => CUE_RULES[t] as readonly NoteRule[]).filter((r) => model.has(r));
  if (rules.length === 0 || answer.words === 0) return [...findings];
  const features = answerFeatures(answer);
  const said = answerFeatureWords(answer);
  const out = findings.filter((f) => !rules.includes(f.rule));
  for (const rule of rules) {
    const raised = findings.find((f) => f.rule === rule);
    const v = cueVerdict(model.get(rule)!, rule, features, raised !== undefined);
    if (!v.missing) continue;
    out.push(
      raised
        ? { ...raised, message: `${raised.message} (${weighed(v, said)})` }
        : finding(rule, `${NOTE_RULES[rule].title}: the answer reads like the labelled answers that miss it (${weighed(v, said)}).`, opening(answer)),
    );
  }
  const moot = new Set(out.flatMap((f) => MOOTS[f.rule] ?? []));
  return out.filter((f) => !moot.has(f.rule));
}
