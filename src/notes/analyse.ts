// analyseNotes: notes or a transcript, the kit, and optionally the evidence
// assessment → the candidate's answers matched to the kit's questions, each
// with the findings its rules raise and a rubric level to consider. Pure and
// deterministic: the CLI and the web app call it with what they have read.
import type { AssessmentInput as Assessment } from '../model/index.js';
import type { Kit } from '../interview/index.js';
import { evidenceView } from './evidence.js';
import { segment, type KitEntry, type Segment } from './match.js';
import { parseNotesText, type TextFormat } from './read.js';
import { applyCues } from './cues/apply.js';
import { claimFindings } from './rules/claims.js';
import { inCandidateVoice, quoteOf, type Answer, type RuleContext } from './rules/common.js';
import { degradationFindings } from './rules/degradation.js';
import { failureFindings } from './rules/failure.js';
import { plainFindings } from './rules/plain.js';
import { partsSaid } from './rules/plain-parts.js';
import { specificityFindings } from './rules/specificity.js';
import type { Sentence } from './sentences.js';
import { suggest, topicsOf } from './suggest.js';
import { getTerms } from './terms.js';
import { buildTurns, resolveSpeakers } from './turns.js';
import type { AnswerAnalysis, Finding, NotesAnalysis, NotesDocument, Topic, UnmatchedTalk } from './types.js';

export const NOTES_ADVISORY = 'Suggestions only: every finding quotes what was said and names its rule, for the interviewer to accept or reject. Nothing here changes a score.';

/** Notes already read (any format, DOCX included), or text in a known format. */
export type NotesInput = { document: NotesDocument } | { text: string; format: TextFormat };

export interface AnalyseOptions {
  /** The candidate's name as the notes write it; default: a role label, the kit's candidate, or whoever speaks most. */
  candidate?: string;
}

/** Outside quotation marks: what the interviewer wrote in their own words. */
const unquoted = (text: string) => text.replace(/["“][^"”]*["”]/g, ' ');
/**
 * The candidate as "he", "she" or "the candidate", or a report of what they said with no subject ("Described the
 * pipeline.", "Said he wrote ..."), perhaps after a few words setting the topic ("For monitoring he described ...",
 * "On deployment, she ...").
 */
const OPENS_ON_CANDIDATE =
  /^(?:(?:for|on|about|asked about|when asked about|regarding|as for) [\w -]{1,30}?,? (?=(?:he|she|the candidate)\b))?(?:he|she|the candidate|candidate|(?:described|said|explained|mentioned|claimed|talked|walked (?:us |me )?through|gave|told (?:us|me)|answered|admitted|stated)\b)/i;
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|our|ours|us)\b/i;

/**
 * An interviewer's write-up in prose ("He set up the nightly job in Airflow himself. ..."): opens on the candidate
 * as "he", "she" or "the candidate" and never speaks in the first person outside quotes. Read like bullet notes,
 * in the candidate's voice.
 */
function isWriteUp(sentences: readonly Sentence[]): boolean {
  if (sentences.length === 0 || sentences.some((s) => s.note)) return false;
  return OPENS_ON_CANDIDATE.test(sentences[0]!.norm.trim()) && !sentences.some((s) => FIRST_PERSON.test(unquoted(s.norm).replace(/[’‘]/g, "'")));
}

const answerOf = (said: Sentence[]): Answer => {
  const sentences = isWriteUp(said) ? said.map((s): Sentence => ({ ...s, note: true })) : said;
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
};

function kitEntries(kit: Kit): KitEntry[] {
  const entries: KitEntry[] = [];
  for (const round of kit.rounds) for (const question of round.questions) entries.push({ question, round: round.number, order: entries.length });
  return entries;
}

/** Segments of the same question (asked twice, or come back to) read as one answer, in order of first asking. */
function byQuestion(segments: Segment[]): Array<Segment & { entry: KitEntry }> {
  const merged = new Map<number, Segment & { entry: KitEntry }>();
  for (const s of segments) {
    if (!s.entry) continue;
    const m = merged.get(s.entry.order) ?? { entry: s.entry, asked: [], said: [], ...(s.askedWith ? { askedWith: s.askedWith } : {}) };
    m.asked.push(...s.asked);
    m.said.push(...s.said);
    merged.set(s.entry.order, m);
  }
  return [...merged.values()];
}

/**
 * Parts of the answer its topic rules found said concretely: an explanation's purpose, input, output and limit; a
 * failure story's failure, own part and change; a degradation story's case, measure, detection and action.
 */
function concreteParts(answer: Answer, topics: readonly string[], findings: readonly Finding[]): number {
  const has = (rule: string) => findings.some((f) => f.rule === rule);
  let parts = topics.includes('explain') ? partsSaid(answer).size : 0;
  if (topics.includes('failure') && !has('no_failure')) parts = Math.max(parts, 3 - ['no_ownership', 'no_change'].filter(has).length);
  if (topics.includes('degradation') && !has('no_degradation_example')) parts = Math.max(parts, 4 - ['no_metric', 'no_detection', 'no_action'].filter(has).length);
  return parts;
}

function analyseAnswer(segment: Segment & { entry: KitEntry }, ctx: RuleContext, view: ReturnType<typeof evidenceView>): AnswerAnalysis {
  const { entry, asked, said, askedWith } = segment;
  const q = entry.question;
  const topics = topicsOf(q);
  const answer = answerOf(said);
  const byRules: Finding[] = [
    ...(topics.includes('explain') ? plainFindings(answer, ctx) : []),
    ...(topics.includes('failure') ? failureFindings(inCandidateVoice(answer)) : []),
    ...(topics.includes('degradation') ? degradationFindings(inCandidateVoice(answer)) : []),
  ];
  const topical = applyCues(byRules, answer, topics);
  const findings: Finding[] = [...topical, ...specificityFindings(answer, ctx, concreteParts(answer, topics, topical)), ...claimFindings(answer, ctx, view)];
  const suggestion = answer.words > 0 ? suggest(findings, topics, q.rubric) : null;
  return { question: { id: q.id, title: q.title, round: entry.round, topics }, askedWith: askedWith ? quoteOf(askedWith) : null, asked: asked.map(quoteOf), said: said.map(quoteOf), words: answer.words, findings, suggestion };
}

/** The notes read: who spoke, and what was said under which of the kit's questions. */
function readNotes(input: NotesInput, kit: Kit, options: AnalyseOptions) {
  const doc = 'document' in input ? input.document : parseNotesText(input.text, input.format, options.candidate);
  const speakers = resolveSpeakers(doc, options.candidate, kit.candidate.blind ? undefined : kit.candidate.label);
  const entries = kitEntries(kit);
  return { doc, speakers, entries, segments: segment(buildTurns(doc, speakers), entries) };
}

/** Each answered question of the kit with the candidate's answer, as the rules read it (for training the cue model). */
export function readAnswers(input: NotesInput, kit: Kit, options: AnalyseOptions = {}): Array<{ question: string; topics: Topic[]; answer: Answer }> {
  return byQuestion(readNotes(input, kit, options).segments).map((m) => ({ question: m.entry.question.id, topics: topicsOf(m.entry.question), answer: answerOf(m.said) }));
}

export function analyseNotes(input: NotesInput, kit: Kit, assessment?: Assessment, options: AnalyseOptions = {}): NotesAnalysis {
  const { doc, speakers, entries, segments } = readNotes(input, kit, options);
  const ctx: RuleContext = { terms: getTerms() };
  const view = evidenceView(kit, assessment);
  const answers = byQuestion(segments).map((m) => analyseAnswer(m, ctx, view));
  const unmatched: UnmatchedTalk[] = segments
    .filter((s) => !s.entry && s.said.length > 0)
    .map((s) => ({ asked: s.asked.map(quoteOf), said: s.said.map(quoteOf), findings: claimFindings(answerOf(s.said), ctx, view) }));
  const asked = new Set(answers.map((a) => a.question.id));
  const notes = [...doc.problems, ...speakers.notes];
  if (answers.length === 0 && entries.length > 0) notes.push('no question of the kit was recognised: is this the kit the interview used?');
  return {
    schemaVersion: '1.0',
    kit: kit.id,
    candidate: { label: kit.candidate.label, speaker: speakers.candidate },
    format: doc.format,
    speakers: speakers.list,
    answers,
    unmatched,
    notAsked: entries.filter((e) => !asked.has(e.question.id)).map((e) => ({ id: e.question.id, title: e.question.title })),
    notes,
    advisory: NOTES_ADVISORY,
  };
}
