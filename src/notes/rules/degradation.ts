// A model degrading in production, described concretely (the guide's red
// flag "never handled a model degrading"): a real case (something got worse,
// not "models drift all the time" or what they would do), a measure of how
// much, how it was noticed, and what was done.
import type { Finding } from '../types.js';
import { finding, matching, opening, type Answer } from './common.js';

/** Something that happened: a drop, a change for the worse, an alert that fired. */
const EVENT = [
  /\b(?:dropped|drop|fell|fall|declined|decreased|degraded|doubled|halved|plummeted|spiked|shifted|jumped|slipped|sank|paged|tripled|quadrupled|rose|increased|grew|worsened|deteriorated|climbed|soared)\b/,
  // A movement with its size, in any tense: a non-native speaker's "my chart jump from 15 to 40" is the same event
  // as "jumped" (a bare present tense alone, "when performance decreases", is a general statement).
  /\b(?:jumps?|rises?|climbs?|spikes?|doubles?|drops?|falls?|goes|go|comes?|decreases?|increases?|grows?) (?:\w+ ){0,2}(?:from|by) (?:about |around |almost |nearly )?\d/,
  /\b(?:became|become|got|grew|came|come|coming|went|going|was|were) (?:\w+ ){0,3}(?:bigger|higher|larger|worse|lower|smaller)\b|\bkept (?!(?:every|some|no|any)thing\b)\w+ing\b/,
  /\b(?:went|go|goes|going|gone) wrong\b|\b(?:became|become|got|was|were) too \w+|\b(?:weren't|wasn't|were not|was not) (?:great|good|as good|right)\b|\b(?:were|was|looked|got) (?:bad|poor|off|wrong)\b/,
  /\d+(?:[.,]\d+)? ?(?:percent|%|points?) (?:too )?(?:higher|lower|high|low|more|less|worse|above|below|off)\b/,
  /\b(?:was|were|became|got|ran|running|came out) (?:\w+ ){0,3}too (?:high|low|slow|late|early|many|few|much|often)\b|\b(?:running|ran|run) late\b|\bmore and more\b|\bfewer and fewer\b|\bless and less\b/,
  /\b(?:go|goes|went|gone|going|come|came) (?:down|up)\b|\bwent from\b|\bgo(?:es)? from \S+ (?:to|until)\b|\bcome back\b|\bfrom (?:about |around )?\d+(?:[.,]\d+)? ?(?:%|percent)? ?(?:to|until|till) (?:about |around )?\d/,
  /\b(?:got|get|became|become|becomes|gets|getting|went) (?:\w+ )?worse\b/,
  /\b(?:started|starts|began|begin|begins) (?:to )?(?!(?:at|with|in|on|as|a|an|the|my|our|working|work)\b)\w+/,
  /\b(?:alert|alerting|alarm|monitor|pager)\b.{0,40}\bfired\b|\bfired\b.{0,20}\b(?:alert|alarm)\b/,
  /\b(?:over|under)(?:valu|estimat|predict|pric|forecast|count)\w*/,
  /\b(?:twice|double|triple|half|\d+ times) (?:the|as|what|higher|lower|more|less)\b/,
  /\b(?:by|of) (?:about |around |almost |nearly )?\d+(?:[.,]\d+)? ?(?:percent|%|points?)\b/,
];
const DENIES = [
  /\b(?:i|we)\b(?: \w+){0,2} (?:haven't|have not|never|didn't|did not|not yet|don't|do not)\b(?: \w+){0,4} (?:seen|had|have|happened|deployed|production|experienced|degrade|degraded)\b/,
  /\b(?:shouldn't|should not|won't|will not|doesn't|does not|don't|do not) (?:really )?degrade\b/,
  /\bnever (?:an|a) (?:issue|problem)\b|\b(?:it|that|this) (?:has )?never happened\b/,
];

/** A measure: a named metric, or a quantity that moved. */
const METRIC = [
  /\b(?:accuracy|precision|recall|auc|f1|error|errors|mae|rmse|mape|latency|conversion|click-?through|ctr|revenue|share of|rate|distribution|loss|calibration|psi)\b/,
  /\b\d+(?:[.,]\d+)? ?(?:percent|%|points?|pp|minutes?|hours?|seconds?|ms|days?)\b/,
  // "from about 15 alerts a day to nearly 40": a quantity that moved, whatever its unit.
  /\bfrom (?:about |around |roughly |some )?\d+(?:[.,]\d+)?(?: [\w-]+){0,4} (?:to|until|till) (?:about |around |almost |nearly |roughly |over |under )?\d/,
];

/** How it was noticed. */
const DETECTION = [
  /\bnoticed?\b(?: \w+){0,3}? (?:when|while|in|on|because|that|from|through|after|during)\b/,
  /\b(?:alert(?:s|ed|ing)?|alarm|dashboards?|monitor(?:s|ed|ing)?|complain(?:ed|ts?|s)?|reported|caught|catched|spotted|found out|flagged by|emailed|told us|told about|raised it|fired|showed|on-call|pager|paged)\b/,
  /\b(?:we|i|they|someone|somebody|a customer|the team) (?:saw|see|seen)\b/,
  /\b(?:called|phoned|emailed|messaged|wrote to|told|asked|pinged|escalated to) (?:us|me|the team)\b|\bescalat\w*|\bcomplaints?\b|\breports?\b/,
];

/** What was done about it (by the candidate or their team, concretely). */
const ACTION = /\b(?:i|we)\b(?: [\w'-]+,?){0,3} (?:retrain(?:ed|ing)?|rolled back|roll back|rollback|reverted|fixed|fix|patched|added|add|changed|replaced|recalibrated|rebuilt|updated|switched|set up|introduced|removed|disabled|hotfixed|collected|label+ed|relabel+ed|rewrote|re-?ran|backfilled|excluded|filtered|mapped|remapped|tuned|retuned|fine-?tuned|adjusted|lowered|raised|reweighted|put in|moved|split|segmented|blocked|paused|capped|corrected|cleaned|deduplicated|pinned|rebalanced|trained|deployed|shipped)\b/;
const CAUSE = /\b(?:after|when|because|since|as|once) (?:we|i)\b[^,;.]*/g;
/** "fixed some things": an action with nothing named. */
const EMPTY_ACTION = /\b(?:fixed|changed|updated|added|sorted|found) (?:some |a few |few |the |all )?(?:things|stuff|issues?|problems?|everything|it up|it out)\b|\bfixed it\b|\bsorted it\b|\bmade (?:some |a few |few )?(?:adjustments|changes|tweaks|improvements)\b/;

/** Findings on an answer to a question about a model that degraded in production. */
export function degradationFindings(answer: Answer): Finding[] {
  if (answer.words === 0) return [];
  const denials = matching(answer, ...DENIES);
  // "I have never seen a model that degraded" names no event.
  const events = matching(answer, ...EVENT).filter((s) => !denials.includes(s));
  if (events.length === 0) {
    const quoted = denials.length > 0 ? denials : opening(answer);
    return [finding('no_degradation_example', denials.length > 0 ? 'No real case: the answer says it has not happened, or only what they would do.' : 'No sentence describes a model getting worse: the answer stays general.', quoted)];
  }
  const out: Finding[] = [];
  if (matching(answer, ...METRIC).length === 0) out.push(finding('no_metric', 'No metric or number says how much worse it got (level 4 also quantifies the impact).', events.slice(0, 2)));
  if (matching(answer, ...DETECTION).length === 0) out.push(finding('no_detection', 'The answer does not say how the problem was noticed, or by whom.', events.slice(0, 2)));
  // A cause clause ("after we changed our opening hours") is not what was done about it.
  const actions = answer.sentences.map((s) => s.norm.toLowerCase().replace(CAUSE, ' ')).filter((t) => ACTION.test(t) && !EMPTY_ACTION.test(t));
  if (actions.length === 0) out.push(finding('no_action', 'No concrete action is said: what was changed, retrained or rolled back.', answer.sentences.slice(-2)));
  return out;
}
