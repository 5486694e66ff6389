// Specificity against vagueness, on any answer: an answer of some length
// with no number, no date or schedule, no named tool or system and no term
// of art, that leans on stock phrases ("best practices", "a lot of things",
// "the usual stuff"), is vague. Named tools and terms come from the lexicon
// (terms.ts); generic jargon ("pipeline", "monitoring") makes nothing specific.
import type { Finding } from '../types.js';
import { ASKED, finding, lower, type Answer, type RuleContext } from './common.js';
import { NUM } from './numbers.js';

const HYPOTHETICAL = /\b(?:i'd|i would|i will|you would|you have to|you need to|we would|if you(?! (?:look|check|want|go|open|have a look|like|need)\b))\b/;

/** Shorter answers are not judged: a short answer may be specific enough for its question. */
export const VAGUE_MIN_WORDS = 15;

const NUMBER_WORDS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|half|halved|a third|a quarter|a dozen|dozens|double(?![- ]check)|doubled|triple|tripled|tenfold)\b/;
/** A number in words or digits ("sixty panels", "forty-five"), but not a bare "one", a pronoun as often as a count. */
const NUMBER_SAID = new RegExp(String.raw`\b(?!one\b)${NUM}`, 'u');
/** An ordinal that counts things ("the second line", "a third version"); not the interview's own ("a second follow-up"). */
const ORDINAL = /\b(?:second|third|fourth|fifth)\b(?![- ](?:follow|prompt|question|time|try|attempt|look|thought|opinion|nature|hand)\b)/;
const DATES =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|winter|summer|spring|autumn|easter|christmas|black friday|next (?:day|morning|week)|that day|daily|weekly|fortnightly|monthly|nightly|hourly|quarterly|yearly|annual(?:ly)?|(?:once|twice) (?:a|an|per|every) (?:day|week|month|year|quarter|season|term|shift)|midnight|midday|noon|o'clock|\d+ ?(?:am|pm)|(?:in|at|by) (?:the )?(?:morning|evening|afternoon|night)|overnight|(?:every|each|per|on every|on each) (?:night|day|morning|week|month|quarter|hour|minute|push|release|run|tag|commit|merge|pull request|build|deploy))\b/;
const MARKERS =
  /\b(?:various|lots of|stuff|things like that|and so on|etc|in general|generally|best practices?|robust|scalable|industry[- ]standard|cloud-native|best-in-class|world-class|enterprise-grade|zero-downtime|(?:scales?|scaling) elastically|standard tools|the usual|normal (?:process|part)|nothing special|as needed|wherever (?:it was )?needed|make sure|(?:really|quite) (?:the )?(?:key|important|useful)|pretty (?:well|accurate|good)|at some point|some things|somehow|a bit|properly|proper|it depends|all the time|a lot of (?:different )?(?:things|tools|stuff|issues|features|time|work)|many (?:things|features|tools)|(?:most|all|important) parts|looks? reasonable|keep improving|positive side|(?:very|really|so|quite|extremely) important|the important thing|stay positive|challenges|stakeholders|over time|back to normal|usually|iterative|thorough|constructive|(?:the )?standards|help everyone|gets done|as expected|solutions?|optimi[sz]e|smarter|(?:a lot of |lots of )?value|leverag\w*|synerg\w*|cutting-edge|state of the art|innovative|seamless\w*|smart|advanced|personali[sz]\w*|engagement|the experience|powerful|intelligent|standard (?:approach|process|practice|way)|inevitable|continuously|empower\w*|unlock\w*|next-generation|insights?|the key is|learn from (?:them|it|mistakes)|move on|try to improve|very carefully|anywhere near|better decisions|(?:many|lots of|a lot of|all sorts of|all kinds of) (?:different )?(?:data|sources|factors|signals|information)|(?:quite|fairly|reasonably) (?:well|accurate|good)|(?:really|very|extra|be) (?:careful|thoughtful|mindful)|thoughtful|the real world|the right (?:approach|way|thing)|an approach that|things|everything (?:was|is|went|got|runs|worked) (?:\w+ )?(?:fine|ok|okay|well|good|great|smooth\w*)|(?:double-?check|check|test) everything|systematic(?:ally)?|methodical(?:ly)?|break (?:it|the problem|things|problems|them) down|(?:different|all) angles|jump(?:ing)? to conclusions|what's going on|step by step|learning (?:opportunit\w*|experience)|growth mindset|(?:going|moving) forward|(?:didn't|did not) go (?:well|as planned|to plan|according to plan)|doomed|from the (?:start|get-go|outset)|requirements (?:kept|keep) changing|(?:always |eventually )?managed to deliver|(?:got there|worked out|came good) in the end|(?:good|great|strong) teams?|(?:a )?little bit|(?<!\b(?:if|when|once|whenever|whether|in case|before|until) )(?:it|these things|such things) (?:happens?|is happening|are happening))\b/;
/**
 * An interviewer's note that the whole answer stayed general ("no names, numbers or details", "stayed high-level", three
 * or more kinds of thing none named: "no client, tool, date or figure given"): vague whatever words it used.
 */
const NOTED_GENERAL = /\bno (?:names|numbers|details|specifics|examples|figures|dates)(?:(?:,|,? (?:or|and|nor)) (?:names|numbers|details|specifics|examples|figures|dates))+\b|\bno (?:[\w-]+, ){1,4}[\w-]+,? (?:or|nor) [\w-]+ (?:was |were )?(?:named|given|said|mentioned|offered|specified)\b|\b(?:the )?same (?:phrases|lines)\b|\bstayed (?:general|vague|high-level|abstract)\b|\bno [\w-]+ (?:named|given|said|mentioned|offered)\b[^.;]*\bno [\w-]+ (?:named|given|said|mentioned|offered)\b|\bnothing (?:named|specific|concrete|measured|sized|quantified|counted)(?:,? (?:or|and|nor) (?:named|specific|concrete|measured|sized|quantified|counted))+\b/;
/**
 * A note that an answer, or one part of it, stayed general ("nothing specific when pushed", "no example given",
 * "same answer"): vague when nothing else in the answer is specific; after a lesson or an action, about that part.
 */
const NOTED_VAGUE = /\bno (?:details|specifics|examples?|specific examples?)(?: at all| when (?:pressed|asked)| given)\b|\bnothing (?:concrete|specific)\b|\b(?:the )?same answer\b|\b(?:couldn't|could not|didn't|did not) give (?:an? |any )?(?:example|number|details|specifics|figures)\b|\b(?:repeated|restated) (?:the above|(?:him|her|them)sel(?:f|ves)|the same(?: \w+)?|what (?:he|she|they) (?:had )?said)\b|\bsaid the same (?:again|thing(?: again)?)\b/;
/**
 * A note the interviewer labelled with one part of a failure or degradation story ("- lesson: ...", "- no change
 * mentioned: ...", "- how much worse: ..."): its stock phrase says that part generally, which the part's own finding
 * (no_change, no_metric) reports; it does not make the whole story vague.
 */
const PART_NOTE =
  /^\s*(?:[-*+•]\s+)?(?:no )?(?:(?:the |his |her |their |own )?(?:lessons?|changes?|own part|part|measure|metric|detection|action|fix)|what (?:changed|was done|(?:he|she|they) (?:changed|did|does|do)|did (?:he|she|they) do)|how (?:much worse|bad|(?:it was |they |he |she )?noticed))(?: [\w'-]+){0,3} ?[:?]/;
/** "etc." or "and so on" closing a list of things named ("drills, ladders etc."): the list's end, not a stock phrase. */
const LIST_END = /(,[^,.;:()]{1,40}?),? (?:etc|and so on|and so forth)\b/g;
/** A time said only relative to now ("last year", "within a month"): specific unless stock phrases fill the answer. */
const RELATIVE_DATES = /\b(?:yesterday|last (?:year|month|week|quarter)|(?:for|took|lost|after|within|over) (?:a |an |several |a few |some )?(?:days|weeks|months|fortnights|day|week|month|fortnight)|an? (?:day|week|fortnight|month|year) (?:after|before|later|earlier|into)|(?:within|for|after|in|over) (?:a|one|the first) (?:day|week|month|year|fortnight|quarter)|(?:the )?first (?:day|week|month) of\b)\b/;
/** Stock lines about models and experience ("if you train a model well it shouldn't degrade", "we dealt with it as a team"). */
const STOCK_LINES =
  /\b(?:train|trained|build|built|set up) (?:a |the |your |it |them )?(?:model |models )?(?:well|properly|right|correctly)\b|\benough data\b|\bgood (?:validation|data|testing|monitoring)\b|\b(?:shouldn't|should not|won't|doesn't|does not|don't|do not) (?:really )?(?:degrade|drift)\b|\b(?:learned|learnt|learn) (?:a lot|so much|loads)\b|\bas a team\b|\bthe world changes\b|\b(?:they|models) all do\b|\bdealt with it\b/;
/** Words vague only in company: two of them make an answer vague ("someone pays" in a concrete story is not). */
const WEAK_MARKERS = /\b(?:too much|too hard|always|never|everything|something|someone)\b/g;
/** A note line wholly in brackets, after any bullet. */
const ASIDE = /^\s*(?:[-*+•]\s+)?\([^()]*\)\s*$/;
/** "I can't recall" is the verb, not the metric. */
const VERB_RECALL = /\b(?:can't|cannot|can not|couldn't|could not|don't|do not|to|not)\s+(?:really\s+)?recall\b/gi;

/**
 * A lesson said in prose ("What I took from it is ...", "the main takeaway was ..."): its stock phrase says the change
 * generally, which the failure story's own finding (no_change) reports, as a labelled note line does (PART_NOTE); the
 * story around it may still be concrete. Slips are read too ("what I taked from it is").
 */
const LESSON_SAID =
  /^\s*(?:(?:and|so|but) )?(?:i (?:guess|think|suppose|'d say|would say) )?(?:what i (?:took|taked|takes?|learned|learnt|learns?|got|gets?)(?: away)?(?: from (?:it|that|this|them))?(?: away)? (?:is|are|was|were)|the (?:main |big |biggest |key |real )?(?:lesson|takeaway)s?(?: (?:i|for me|here))?(?: [\w']+){0,3}? (?:is|was|were)|my (?:main |big )?(?:lesson|takeaway) (?:is|was))\b/;
/** Words that say nothing of which system or place is meant ("the new ML model", "a really interesting project"). */
const GENERIC_MODIFIER = new Set(
  (
    "ml ai machine learning data new old main big small first last previous whole same other final production predictive prediction deep simple current initial entire good bad best latest existing internal external company company's team team's client client's large real actual overall core key general different own particular specific typical usual standard business analytics modelling modeling certain some any every more most quick fast slow early late recommendation recommender forecasting classification ranking scoring regression detection vision language nlp llm genai gen side pet personal public private open source huge major minor great nice full complete end-to-end cutting-edge state-of-the-art next-generation real-time ai-powered ai-driven data-driven production-ready production-grade cloud-native enterprise-grade best-in-class low-latency " +
    "the a an and or of for to in on at by with when where which who that this these those it its i we you he she they me us them my our your his her their is are was were be been can could do does did didn't don't doesn't will would should had has have not no just also then than there here what how why time way kind sort bit lot thing things stuff interesting exciting cool amazing challenging complex complicated hard difficult easy important critical successful failed massive tiny"
  ).split(' '),
);
/** A system, project or workplace named by what it is ("the customs risk project", "a quill-grading model", "the violin workshop's wood-grading model"). */
const SYSTEM_NAMED =
  /\b(?:the|a|an|our|my|his|her|their|its|that|this)\s+((?:[a-z][\w'-]*\s+){1,3})(?:model|models|forecast|forecasts|forecaster|classifier|scheduler|scanner|app|platform|system|tool|dashboard|score|ranking|line|service|repo|package|job|check|project|one|work|chain|lab|plant|workshop|studio|start-up|startup)\b/g;
/** What the interviewer asked ("asked how they'd serve the speed-camera ranking") names nothing the candidate said. */
const ASKED_CLAUSE = /\b(?:when |once |if )?asked (?:about|what|how|whether|which|if|for)\b[^,.;:]*/g;
/** A place or organisation by its name ("a buyer in Mexico"): a capitalised word inside a sentence. */
const PROPER_NAME = /(?<=[a-z,;]\s)[A-Z][a-z]{2,}\b/u;

/**
 * A system named by what it is: two words that are not generic before its noun, or one compound ("the customs risk
 * project", "the car-boot sale app", "a quill-grading model"); not "the demand model" or "a clinical project" alone.
 */
function namesSystem(text: string): boolean {
  for (const m of text.replace(ASKED_CLAUSE, ' ').matchAll(SYSTEM_NAMED)) {
    const words = m[1]!.trim().split(/\s+/);
    if (words.some((w) => GENERIC_MODIFIER.has(w) || w.endsWith('ly') || MARKERS.test(w))) continue;
    if (words.length >= 2 || words.some((w) => /^[a-z]+(?:-[a-z]+)+$/.test(w))) return true;
  }
  return false;
}

/** Sentences naming a system, project or workplace by what it is, or a place or organisation by its name. */
export function namedSettings(answer: Answer): number {
  return answer.sentences.filter((s) => namesSystem(lower(s)) || PROPER_NAME.test(s.norm)).length;
}

/**
 * Specifics in the answer: numbers, dates and schedules, named tools and systems, and technical terms when two or more.
 * `relative`: also count times said only relative to now ("last year").
 */
export function specifics(answer: Answer, ctx: RuleContext, relative = true, oneTerm = true): number {
  let n = 0;
  const technical = new Set<string>();
  for (const s of answer.sentences) {
    // What the interviewer asked in a note ("asked how he'd meet the latency: ...") is not what the candidate said.
    const norm = s.note ? s.norm.replace(ASKED, ' ') : s.norm;
    const text = norm.toLowerCase().replace(/[’‘]/g, "'");
    // An interviewer's aside in brackets ("(CV: dog daycare chain, 3 sites)") is context, not what the candidate said.
    if (s.note && ASIDE.test(text)) continue;
    if (/\d/.test(text) || NUMBER_WORDS.test(text) || NUMBER_SAID.test(text) || ORDINAL.test(text) || DATES.test(text) || (relative && RELATIVE_DATES.test(text))) n++;
    for (const h of ctx.terms.find(norm.replace(VERB_RECALL, ' '))) {
      if (h.kind === 'named' || h.kind === 'system') n++;
      else if (h.kind === 'technical') technical.add(h.key);
    }
  }
  // One term of art in a general or hypothetical answer ("I'd make sure there's no leakage") does not make it specific.
  const hypothetical = answer.sentences.some((s) => HYPOTHETICAL.test(lower(s)));
  // `oneTerm` false: one term of art counts for nothing (an answer mostly of stock phrases).
  return n + (technical.size >= 2 || (technical.size === 1 && !hypothetical && oneTerm) ? technical.size : 0);
}

/**
 * Findings on any matched answer. `concrete`: parts the answer's topic rules found said concretely (an explanation's
 * purpose, input, output and limit in ordinary words; a failure story's failure, own part and change; a degradation's
 * case, measure, detection and action); three or more make an answer specific without a number or a name, unless stock
 * phrases fill more than one sentence.
 */
export function specificityFindings(answer: Answer, ctx: RuleContext, concrete = 0): Finding[] {
  if (answer.words < VAGUE_MIN_WORDS) return [];
  const general = answer.sentences.filter((s) => s.note && NOTED_GENERAL.test(lower(s)));
  const noted = answer.sentences.filter((s) => s.note && NOTED_VAGUE.test(lower(s)) && !general.includes(s));
  // A note that one part stayed general ("lesson: 'be more careful'; nothing specific") does not outweigh the numbers,
  // dates and names said elsewhere in the answer.
  const rest: Answer = { ...answer, sentences: answer.sentences.filter((s) => !noted.includes(s) && !general.includes(s)) };
  if (general.length > 0 || (noted.length > 0 && specifics(rest, ctx) === 0 && namedSettings(rest) === 0)) {
    return [finding('vague', 'The interviewer noted that the answer stayed general.', [...general, ...noted].slice(0, 2))];
  }
  const stock = answer.sentences.filter((s) => {
    const text = lower(s).replace(LIST_END, '$1');
    return (MARKERS.test(text) || STOCK_LINES.test(text)) && !(s.note && PART_NOTE.test(text)) && !LESSON_SAID.test(text);
  });
  // A system or place named ("the customs risk project", "a buyer in Mexico") makes a story specific, unless stock
  // phrases fill it ("the crop-advice platform ... a robust, scalable, end-to-end solution ... best practices").
  if (stock.length < 2 && namedSettings(answer) > 0) return [];
  // "Last year" alone does not make an answer of stock lines specific.
  // Nor one term of art in an answer mostly of stock phrases ("robust monitoring and a proper rollback strategy").
  if (specifics(answer, ctx, stock.length < 2, stock.length < 2 || stock.length * 2 <= answer.sentences.length) > 0) return [];
  // Concrete parts outweigh one stock phrase ("the usual appointment"), not several ("other stuff", "pretty well").
  if (concrete >= 3 && stock.length <= 1) return [];
  // The lesson's own words ("always keep the bigger picture in mind") are the change's finding, not the story's.
  const told = answer.sentences.filter((s) => !LESSON_SAID.test(lower(s)));
  const weak = told.filter((s) => (lower(s).match(WEAK_MARKERS) ?? []).length > 0);
  const weakCount = told.reduce((n, s) => n + (lower(s).match(WEAK_MARKERS) ?? []).length, 0);
  if (stock.length === 0 && weakCount < 2) return [];
  return [finding('vague', 'No number, date, named tool or system, or concrete detail; the answer rests on general phrases.', (stock.length > 0 ? stock : weak).slice(0, 3))];
}
