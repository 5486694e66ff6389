// Claims against the evidence: a tool the candidate says they used that the
// CV claims but the repositories do not show (rung none or declared in the
// assessment, or a claim probe in the kit): "cannot back"; and a statement
// about their own public repositories that a raised red flag says is absent
// (monitoring, tests, deployment, work beyond notebooks): "contradict".
// Work at an employer is private: only sentences about their own public
// work can be contradicted.
import type { RedFlagId } from '../../model/index.js';
import type { Sentence } from '../sentences.js';
import type { Finding } from '../types.js';
import { finding, inFirstPerson, lower, type Answer, type RuleContext } from './common.js';

export interface EvidenceView {
  /** Skill id → the CV claim the repositories do not back. */
  unbacked: Map<string, { name: string; rung: string }>;
  /** Red flags raised on evidence (not interview topics). */
  flags: Array<{ id: RedFlagId; reason: string }>;
  /** Repository names, folded (lower case, `-` and `_` as spaces). */
  repositories: string[];
  source: 'assessment' | 'kit';
}

/** The candidate, or their own things ("our pipeline", "our Kubernetes cluster", "my MLflow server"). */
const FIRST_PERSON = /\b(?:i|we|i've|we've|i'm|we're|our|my)\b/;
/** Where the story is set ("at my last job", "in my previous role"): no subject. */
const SETTING = /\b(?:at|in|on|during|for) (?:my (?:\w+ )?|(?:the|a) (?:(?!(?:the|a|an|and|but|i|we|they)\b)[\w-]+ ){0,3})(?:job|role|company|work|workplace|employer|team|internship|placement|course|degree|contract)\b(?!['’]s\b)/g;
/**
 * The last subject before a tool: the candidate (I, we, our) or someone else (the platform team, they, our data
 * scientists). A word inside a compound ("the client-portal assistant") is none, nor is an owner before what is
 * theirs ("on the company's Kubernetes cluster"); a pronoun keeps its contraction ("they're", "he's").
 */
const SUBJECTS =
  /\b(?:(?:i|we|i've|we've|our|my|they|he|she|someone|somebody)\b|(?:team|colleagues?|company|others|platform|vendor|scientists?|engineers?|analysts?|devops|ops|sre|infra|manager|boss|lead|client|contractors?|consultants?|people|folks|department|friends?|partner|mentor|professor|tutor|teacher|classmates?)\b(?!['’]s\b))(?!-\w)/g;
/**
 * A plan said as what they did before ("I'd deploy it on Kubernetes the way I ran our ranking service last year", "I'd
 * build it as an Airflow DAG, which is what I did at the cannery", "I'd do what my public repo already does"): the
 * plan tells of their own use, so it is no hypothetical.
 */
const DONE_BEFORE = /\b(?:the (?:same )?way|just as|same as|as|like|which is what|that's what|that is what) (?:i|we)(?: had| have|'ve)? (?:already |always |once |before )?(?:did|done|ran|used|set (?:it |that |this |them )?up|built|wrote|deployed|configured|scheduled|managed|trained|logged|tracked|handled|orchestrated)\b|\b(?:my|our) [^,.;:]{0,40}\balready (?:does|do|did|has|had|runs|ran|uses|used)\b/;
const HYPOTHETICAL = /\b(?:would|could|should|will|i'd|we'd|going to|plan to|want to|wanted to|if i|if we|would like|might)\b/;
const NOT_OWN =
  /\b(?:read (?:a lot |lots |quite a bit |a bit |up )?about|heard (?:of|about)|learning|familiar with|no experience|never used|not used|didn't use|did not use|haven't used|have not used|watched (?:\w+ ){0,2}(?:talks?|videos?|tutorials?|courses?)|(?:read|reading|skimmed|browsed|studied) (?:through )?(?:the |its |their |some |a few |a couple of |all the |a lot of )?(?:[\w-]+ ){0,2}(?:docs|documentation|tutorials?|blogs?|blog posts?|articles?|papers?|guides?|quickstart|readme|website|book|examples)\b|(?:on|in) my (?:cv|resume|résumé)|(?:haven't|have not|hasn't|has not|hadn't|never|didn't|did not) (?:\w+ )?(?:set (?:it |them )?up|tried|touched|deployed|run|worked with|built))\b|\b(?:looked at|considered|tried out|evaluated|trialled|tested) (?:[\w-]+ ){1,3}(?:and|but),? (?:then )?(?:decided against|didn't go with|did not go with|went without|rejected|dropped|passed on|ruled out)\b/;
/** Negated before the tool, or in a list the negation heads ("I've never written the manifests or touched kubectl"). */
const NEGATED_BEFORE = /\b(?:never|not|no|don't|didn't|haven't|hasn't|hadn't|without)\b(?:\s+\S+){0,3}\s*$|\b(?:never|not|didn't|haven't|hasn't|hadn't)\b(?:\s+[\w'-]+){1,4}\s+(?:or|nor)\s+(?:[\w'-]+\s+){0,2}$/;
/**
 * What a model predicts, said with a modal ("the one that predicts which members will cancel", "scores whether a loan
 * might default"): the model's question, not a plan of theirs.
 */
const PREDICTED = /\b(?:predict|forecast|estimat|guess|scor|flag|rank|classif|tell|decid|work(?:s|ed|ing)? out|figur(?:e|es|ed|ing) out)\w* (?:[\w-]+ ){0,2}?(?:which|who|whether|if|when|how many|how much|how long|what)\b[^,.;:]*?\b(?:will|would|might|could|is going to|are going to)\b[^,.;:]*/g;
/** "If you want to look", "if you check my GitHub": an invitation, not a hypothetical. */
const INVITATION = /\bif you(?:'d| would)? (?:want|like|care|wish|look|have a look|check|go|open|need)\b[^,.;:]*/g;
/** A sentence that goes on about what the one before named ("They're all proper packages", "Every project there has ..."). */
const GOES_ON = /^(?:and |but |so |also |plus )?(?:they|they're|they've|it|it's|its|there|these|those|each|every|all|both|none|most|(?:the|that|this) (?:one|repos?|repositories|projects?|code))\b|\b(?:there|in them|in each|in every)\b/;
/** A later sentence naming the repository again ("On monitoring he said the repository has ..."), after one about their own public work. */
const BACK_REF = /\b(?:the|that|this) (?:public |same )?(?:repo|repository)\b/;
/** A sentence set at an employer ends the talk of their public work ("At work the repo had dashboards"). */
const AT_WORK = /\b(?:at|in|on|for) (?:work|the company|the office|my (?:\w+ )?(?:job|role|company|employer|workplace|team|internship|contract))\b/;
/** Their own public work: "my repos", "my side project", a repository named in passing ("my churn-api repo"). */
const OWN_PUBLIC = /\b(?:my|our) (?:(?:public|side|open[- ]source|personal|github|portfolio) (?:[\w-]+ )?|own |[\w]+[-_][\w-]+ )?(?:repos?|repository|repositories|github|projects?|portfolio)\b|\bon (?:my )?github\b|\b(?:my|our) (?:public|open[- ]source|github|portfolio) (?:code|work)\b/;

const ASSERTS: Partial<Record<RedFlagId, { says: RegExp; negated?: RegExp; what: string }>> = {
  no_monitoring: {
    says: /\b(?:monitor\w*|drift|alert\w*|observability|dashboards?)\b/,
    negated: /\b(?:no|none|not|don't|do not|doesn't|didn't|never|without|haven't)\b(?:\s+\w+){0,2}\s+(?:monitor|drift|alert|observ|dashboard)/,
    what: 'monitoring',
  },
  no_tests: { says: /\b(?:tests?|tested|pytest|test coverage)\b/, negated: /\b(?:no|not|don't|didn't|never|without|haven't)\b(?:\s+\w+){0,2}\s+(?:tests?|tested)/, what: 'tests' },
  no_deployment: {
    says: /\b(?:deployed|deploy|served|serving|docker|container\w*|kubernetes|endpoint)\b/,
    negated: /\b(?:no|not|don't|didn't|never|without|haven't)\b(?:\s+\w+){0,2}\s+(?:deploy|serv|docker|contain)/,
    what: 'deployment',
  },
  notebook_only: { says: /\bnone of (?:my|our|the|them|it)\b.*\bnotebooks?\b|\bnothing\b[^.;]*\b(?:is|are|was|were|'s|lives|sits) (?:in |just |only |all )?(?:a |jupyter )?notebooks?\b|\b(?:properly|fully|cleanly) packaged\b|\bpackaged (?:up )?(?:properly|cleanly)\b|\bproper (?:python |packaged |tested |production )?(?:code|packages?|software|modules?)\b|\b(?:don't|do not|never) (?:really |actually |much |ever )?(?:do|use|write|work in|keep) (?:jupyter )?notebooks\b|\b(?:aren't|are not|isn't|is not) (?:just |only )?notebooks\b|\bnot (?:in )?notebooks\b|\bnever \w+ (?:\w+ )?(?:in )?notebooks\b|\bno notebooks\b|\b(?:everything|all|all of (?:it|them)|every (?:project|repo\w*))\b[^.;:]{0,40}\b(?:is|are|'s|goes|go) (?:\w+ )?(?:beyond|more than|past) (?:just |only |mere )?(?:jupyter )?notebooks\b|\b(?:proper|real|python) packages?\b|\bscheduled script\b|\bfull pipeline\b|\bas (?:a )?scripts?\b/, what: 'work beyond notebooks' },
  forked_or_copied: { says: /\b(?:wrote|built|written) (?:it |all |everything |the whole thing )?(?:myself|from scratch|on my own)\b|\ball (?:of it )?(?:is )?my own\b/, what: 'own work' },
};

const fold = (text: string) => text.toLowerCase().replace(/[-_]/g, ' ');

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Their public work as where something is ("in my churn-api repo", "on my GitHub", "across all my projects"). */
const PUBLIC_PLACE = /\b(?:in|on|across|inside) (?:(?:all|each|every|both|one|some|most|any) (?:of )?)?(?:(?:my|our) (?:public |side |open[- ]source |own |personal |github |portfolio |[\w]+[-_ ][\w-]+ )?(?:repos?|repository|repositories|github|projects?|portfolio)\b|github\b)/;

/** `text` sets what follows in their public work, by a phrase or a repository's name ("in churn-api"). */
function placedInPublicWork(text: string, view: EvidenceView): boolean {
  const folded = fold(text);
  return PUBLIC_PLACE.test(text) || view.repositories.some((r) => r.length > 2 && new RegExp(String.raw`\b(?:in|on|inside) (?:the |my |our )?${escapeRe(r)}(?![\p{L}\p{N}])`, 'u').test(folded));
}

function aboutOwnPublicWork(text: string, view: EvidenceView): boolean {
  const folded = fold(text);
  return OWN_PUBLIC.test(text) || view.repositories.some((r) => r.length > 2 && new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRe(r)}(?![\p{L}\p{N}])`, 'u').test(folded));
}

function contradictions(sentences: Sentence[], view: EvidenceView): Map<RedFlagId, Sentence[]> {
  const found = new Map<RedFlagId, Sentence[]>();
  let about = false;
  // An earlier sentence of the answer was about their own public work, and none since was set at an employer.
  let seen = false;
  for (const s of sentences) {
    const said = pastPerfect(lower(s));
    // An interviewer's note or write-up read in the candidate's voice: "none of his public GitHub work" is theirs.
    const text = pastPerfect(lower(inFirstPerson(s)));
    // A note's question sets its topic ("asked about his public GitHub: ..."), though the note drops the question.
    const asked = s.note && aboutOwnPublicWork(said.replace(/\b(?:his|her)\b/g, 'my'), view);
    if (AT_WORK.test(text)) seen = false;
    about = aboutOwnPublicWork(text, view) || asked || (about && (GOES_ON.test(text) || GOES_ON.test(said))) || (seen && BACK_REF.test(text));
    seen ||= about;
    if (!about) continue;
    for (const flag of view.flags) {
      const rule = ASSERTS[flag.id];
      const says = rule?.says.exec(text);
      // Only a hypothetical before the claim makes it one ("... so old features would have been caught" after it does not).
      if (!rule || !says || rule.negated?.test(text) || (HYPOTHETICAL.test(text.slice(0, says.index).replace(INVITATION, ' ').replace(PREDICTED, ' ')) && !DONE_BEFORE.test(text))) continue;
      found.set(flag.id, [...(found.get(flag.id) ?? []), s]);
    }
  }
  return found;
}

/** Participles that are not also the verb's plain form: "I'd trained it", "I'd only tested". */
const PARTICIPLE = /^(?:only |not |never |already |just |even |also )?(?:\w+ed|been|done|built|written|seen|taken|given|made|gone|got|gotten|known|shown|grown|drawn|begun|brought|bought|thought|taught|caught|found|kept|left|lost|sent|spent|told|won|held|heard|meant)\b/;
/** "I'd set up" is "I had set up" in a told story, "I would" in a plan. */
const SAME_PLAIN = /^(?:only |already |just |also )?(?:set|put|run|cut|read|let|hit|shut)\b/;
const PLAN = /\b(?:if|next time|again|would|could|might|will|going to|plan|want)\b/;
const PAST = /\b(?:\w+ed|was|were|showed|shown|lit|went|came|found|fell|rose|saw|caught|told|said|got|spiked|began|broke)\b/;

/**
 * "I'd" and "we'd" read as "had" where what follows is a participle of a told story (`text` begins `sentence`, or is
 * it). `story`: the answer around the sentence tells of the past, so "I'd set up" with no plan in it is "I had".
 */
export function pastPerfect(text: string, sentence = text, story = false): string {
  return text.replace(/\b(i|we)'d (?=(\w+(?: \w+)?))/g, (whole, who: string, _next: string, at: number) => {
    const rest = sentence.slice(at + whole.length);
    const told = PARTICIPLE.test(rest) || (SAME_PLAIN.test(rest) && !PLAN.test(sentence) && (story || PAST.test(rest.replace(/^\S+/, ''))));
    return told ? `${who} had ` : whole;
  });
}

/** After a tool with no subject before it, the candidate's own making of it ("an Airflow DAG I wrote myself", "LangChain, I wrote the chains"). */
const MADE_AFTER = /^[\s,:]*(?:[\w-]+,?\s){0,2}?(?:that |which )?(?:i|we)(?: had| have|'ve)? (?:myself )?(?:wrote|written|built|set (?:it |that |this |them |those )?up|configured|used|ran|deployed|created|made|maintained|added|put together|trained|scheduled|orchestrated|did|handled|managed|operated|owned|looked after|kept|put|got|run|runs|use|uses|maintain|maintains|\w+ed)\b/;
/** The candidate's own hand after a tool named without a subject ("logs every run to MLflow himself", "built it with LangChain myself"). */
const REFLEXIVE_AFTER = /^[^.;:!?]*?\b(?:myself|ourselves|by myself|on my own)\b/;
/**
 * A tool as a note's topic with what they did with it after the colon ("Airflow on the CV: says he ran the restock
 * pipeline on it himself", "MLflow (on the CV): ran the tracking server for my team").
 */
const TOPIC_BEFORE = /^[\s"'“(]*(?:(?:[-*+•]|\d{1,3}[.)])\s*)?[\s"'“(]*$/;
const TOPIC_AFTER = /^["'”)]?\s*(?:\([^)]{0,40}\)|on (?:the|my) (?:cv|resume|résumé))?\s*:\s*(?:(?:says|said|explained|described) )?(?:(?:that )?(?:i|we)(?: had| have|'ve)? )?(?:myself )?(?:ran|run|runs|wrote|built|set (?:it |them )?up|sets up|used|uses|deployed|configured|maintained|scheduled|orchestrated|trained|logged|logs|tracked|tracks|managed|operated|owned|wrote|created|made|\w+ed)\b/;
/**
 * The same with what they did quoted after the colon, the act further in ("MLflow: 'last thing I built was the model
 * registry for our pricing models, I promoted versions myself'"); no negation or plan before the act.
 */
const TOPIC_SAID = /^["'”)]?\s*(?:\([^)]{0,40}\)|on (?:the|my) (?:cv|resume|résumé))?\s*:\s*["'“]?[^"”.;:]{0,60}?\b(?:i|we)(?: had| have|'ve)? (?:myself )?(?:ran|wrote|built|set (?:it |them )?up|used|deployed|configured|maintained|scheduled|orchestrated|trained|logged|tracked|managed|operated|owned|created|made|\w+ed)\b/;
/** A tool said alone as the answer's topic ("Kubernetes, yes."): the next sentence, where the candidate acts, is about it. */
const ECHO_BEFORE = /^[\s"'“(]*(?:(?:yes|yeah|yep|sure|right|oh|ah|ok|okay|so|well|mm+)[,.!]?\s+)*$/;
const ECHO_AFTER = /^[\s"'”),.!]*(?:(?:yes|yeah|yep|sure|definitely|absolutely|right|a lot|plenty|loads|quite a bit|of course)[\s,.!]*)*$/;
const ACTS = /\b(?:i|we)(?: had| have|'ve)? (?:myself )?(?:wrote|built|ran|set (?:it |them |that |this )?up|deployed|configured|maintained|managed|used|trained|scheduled|orchestrated|created|made|operated|owned|\w+ed)\b/;
/** The next sentence going on about a tool named without a subject, with the candidate doing it ("MLflow ran on a VM. Three of us logged every run to it."). */
const CARRIED_USE = /\b(?:i|we|us|i've|we've)\b.*\b(?:it|its|them|there)\b/;
/** The tool's sentence says after it that what ran it is someone else's: "runs on Kubernetes, but that's the platform team's cluster". */
const OTHERS_OWN = /\b(?:that's|that is|it's|it is|which is|those are|they're|(?:that|this|the) (?:part|bit|piece|side) (?:was|is)) (?:really |honestly |actually |all )?(?:the |their |a |our |my )?(?:[\w-]+ ){0,2}(?:team|teams|company|client|clients|vendor|platform|department|infra|ops|devops|sre|colleague|colleagues|manager|lead|boss|contractor|consultant)['’]s\b/;
const NEGATED = /\b(?:never|not|no|didn't|don't|haven't|wasn't|weren't)\b/;
/** A sentence that disowns what the one before named: "I only read about it", "I've never used them myself". */
const DISOWNED = /\b(?:only|just) (?:read|heard) (?:up )?about (?:it|them)\b|\b(?:never|haven't|have not|didn't|did not) (?:actually |really )?(?:used|touched|tried) (?:it|them)(?: myself| at all| for real| in (?:a |any )?(?:real|production|actual)\b[^,;]*)?\s*[.!]?\s*$/;

/** The candidate as the one acting ("I", "we"), not as the owner of a thing ("my repos", "our pipeline"). */
const ACTOR = /^(?:i|we|i've|we've)$/;

/**
 * Tools the candidate says they used themselves, by skill id, with the sentences. A sentence that contradicts what
 * their public work has (`aboutWork`) is a claim of use too where the candidate acts in it ("it has drift monitoring:
 * I set up an Evidently report"), but not through their own things, which are the work ("my repos have an Evidently
 * report"), nor where the sentence sets the act in their public work before the tool ("in my churn-api repo I set up
 * monitoring with Evidently"): that is what the public code holds, and the contradiction says it does not.
 */
function usedTools(said: Sentence[], ctx: RuleContext, aboutWork: Set<Sentence>, view: EvidenceView): Map<string, Sentence[]> {
  const used = new Map<string, Sentence[]>();
  const asSaid = new Map<Sentence, Sentence>();
  const sentences = said.map((s) => {
    const read = inFirstPerson(s);
    asSaid.set(read, s);
    return read;
  });
  const add = (skill: string, read: Sentence) => {
    const s = asSaid.get(read) ?? read;
    used.set(skill, [...(used.get(skill) ?? []), s]);
  };
  // Two other sentences in the past: the answer tells a story.
  const past = sentences.map((s) => PAST.test(lower(s)));
  sentences.forEach((s, i) => {
    const text = lower(s);
    if (NOT_OWN.test(text)) return;
    const work = aboutWork.has(asSaid.get(s) ?? s);
    const story = past.filter((p, j) => p && j !== i).length >= 2;
    const next = sentences[i + 1];
    const nextText = next ? pastPerfect(lower(next)) : '';
    const carried = next !== undefined && CARRIED_USE.test(nextText) && !NEGATED.test(nextText) && !NOT_OWN.test(nextText) && !HYPOTHETICAL.test(nextText);
    // "I think Kubernetes is the way. But I only read about it, I never used it": the next sentence takes it back.
    if (next !== undefined && DISOWNED.test(nextText)) return;
    for (const hit of ctx.terms.find(s.norm)) {
      // Only what comes before the tool can make it hypothetical or negated ("so I could compare" after it does not).
      const before = pastPerfect(text.slice(0, hit.index), text, story).replace(SETTING, ' ').replace(PREDICTED, ' ');
      const subject = [...before.matchAll(SUBJECTS)].pop()?.[0];
      const after = pastPerfect(text.slice(hit.index + hit.text.length));
      // An owner before the tool is no actor ("my repo is an Airflow DAG I wrote"): what follows may be.
      const madeAfter = (!subject || /^(?:my|our)$/.test(subject)) && MADE_AFTER.test(after);
      // Someone else acting after the tool ("Kubernetes was there, but the platform team ran it") keeps it theirs.
      // An agent of the passive or a team after a preposition is no subject ("the MLflow server was hosted by the platform
      // team", "ran the tracking server for my team of six"): the use is still theirs.
      const othersAfter = [...after.matchAll(SUBJECTS)].some((m) => !FIRST_PERSON.test(m[0]) && !/\b(?:by|for|with|to|from|of|alongside) (?:the |our |a |my |their )?(?:[\w-]+ ){0,2}$/.test(after.slice(0, m.index)));
      const othersBeforeSelf = [...after.split(/\b(?:myself|ourselves|on my own)\b/)[0]!.matchAll(SUBJECTS)].some((m) => !FIRST_PERSON.test(m[0]));
      const said = TOPIC_SAID.exec(after)?.[0];
      const topicSaid = said !== undefined && !NEGATED.test(said) && !HYPOTHETICAL.test(said);
      const echoed = ECHO_BEFORE.test(before) && ECHO_AFTER.test(after) && ACTS.test(nextText) && !NEGATED.test(nextText) && !NOT_OWN.test(nextText) && !HYPOTHETICAL.test(nextText);
      const ownHand = !subject && ((REFLEXIVE_AFTER.test(after) && !othersBeforeSelf) || (TOPIC_BEFORE.test(before) && (TOPIC_AFTER.test(after) || topicSaid) && !othersAfter) || echoed);
      if (hit.kind !== 'named' || !hit.skill || (HYPOTHETICAL.test(before) && !DONE_BEFORE.test(text)) || NEGATED_BEFORE.test(before)) continue;
      if (work && placedInPublicWork(before, view)) continue;
      const own = subject !== undefined && FIRST_PERSON.test(subject) && (!work || ACTOR.test(subject));
      if ((FIRST_PERSON.test(text) && (madeAfter || own)) || ownHand || (!subject && carried && !othersAfter && !NEGATED.test(text) && !OTHERS_OWN.test(text.slice(hit.index)))) add(hit.skill, s);
    }
  });
  return used;
}

/** Findings over all of the candidate's sentences in an answer (or in unmatched talk). */
export function claimFindings(answer: Answer, ctx: RuleContext, view: EvidenceView | null): Finding[] {
  if (!view || answer.words === 0) return [];
  const out: Finding[] = [];
  const contradicted = contradictions(answer.sentences, view);
  for (const [id, sentences] of contradicted) {
    const flag = view.flags.find((f) => f.id === id)!;
    out.push(finding('claim_contradicted', `Says their own public work has ${ASSERTS[id]!.what}; the ${view.source} found otherwise (${id}: ${flag.reason}).`, sentences.slice(0, 2)));
  }
  const aboutWork = new Set([...contradicted.values()].flat());
  for (const [skill, sentences] of usedTools(answer.sentences, ctx, aboutWork, view)) {
    const claim = view.unbacked.get(skill);
    if (!claim) continue;
    const shown = claim.rung === 'declared' ? 'only declared as a dependency, never used in code' : 'not used in any repository';
    out.push(finding('claim_unbacked', `Says they used ${claim.name}; the CV claims it, but in the repositories it is ${shown}. Public code cannot settle it: ask what they built with it.`, sentences.slice(0, 2)));
  }
  return out;
}
