// Interview notes and transcripts (docs/notes.md): what was read, who said
// it, which kit question each answer belongs to, and the findings the rules
// raise with the sentences that raised them. Plain JSON throughout.

export const NOTES_FORMATS = ['vtt', 'srt', 'text', 'markdown', 'docx'] as const;
export type NotesFormat = (typeof NOTES_FORMATS)[number];

/** Where text is in the source: a caption's times (seconds), a text line, or a DOCX paragraph (1-based). */
export interface Place {
  start?: number;
  end?: number;
  line?: number;
  paragraph?: number;
}

/** One caption cue, or one line of notes, with its speaker when the source names one. */
export interface Utterance {
  speaker?: string;
  text: string;
  place: Place;
  /** A Markdown or Word heading: a topic marker, not speech. */
  heading?: boolean;
  /** A list item (`- ...`, `1. ...`): a note of its own, so a sentence never runs across its ends. */
  item?: boolean;
}

/** A notes file read into utterances, with what could not be read (fixed wording, never content). */
export interface NotesDocument {
  format: NotesFormat;
  utterances: Utterance[];
  problems: string[];
}

export const RULE_GROUPS = {
  plain: 'Plain-language explanation',
  failure: 'Failure and ownership',
  degradation: 'Production degradation',
  specificity: 'Specificity',
  claims: 'Claims against the evidence',
} as const;
export type RuleGroup = keyof typeof RULE_GROUPS;

/** Every finding type, its group and title. */
export const NOTE_RULES = {
  jargon: { group: 'plain', title: 'Jargon carries the explanation' },
  acronym: { group: 'plain', title: 'Acronym not expanded' },
  long_sentences: { group: 'plain', title: 'Very long sentence' },
  no_purpose: { group: 'plain', title: 'Purpose not said' },
  no_input: { group: 'plain', title: 'Input not said in plain words' },
  no_output: { group: 'plain', title: 'Output not said' },
  no_tradeoff: { group: 'plain', title: 'No trade-off or limitation' },
  no_failure: { group: 'failure', title: 'No failure named' },
  no_ownership: { group: 'failure', title: 'Own part not stated' },
  no_change: { group: 'failure', title: 'No change since' },
  no_degradation_example: { group: 'degradation', title: 'No real case of degradation' },
  no_metric: { group: 'degradation', title: 'No measure of the degradation' },
  no_detection: { group: 'degradation', title: 'How it was noticed not said' },
  no_action: { group: 'degradation', title: 'What was done not said' },
  vague: { group: 'specificity', title: 'No concrete specifics' },
  claim_unbacked: { group: 'claims', title: 'Claim the repositories cannot back' },
  claim_contradicted: { group: 'claims', title: 'Claim the repositories contradict' },
} as const satisfies Record<string, { group: RuleGroup; title: string }>;
export type NoteRule = keyof typeof NOTE_RULES;
export const NOTE_RULE_IDS = Object.keys(NOTE_RULES) as NoteRule[];

/** A sentence as said (fillers and all), and where: `00:01:23`, `line 12` or `paragraph 4`. */
export interface Quote {
  text: string;
  at: string;
  place: Place;
}

export interface Finding {
  rule: NoteRule;
  group: RuleGroup;
  title: string;
  /** What the rule saw, in one or two sentences. */
  message: string;
  /** The sentences that raised it (for an absence: the ones read). */
  quotes: Quote[];
}

/** A rubric level to consider: the interviewer accepts or rejects it; nothing is scored without them. */
export interface Suggestion {
  level: 1 | 2 | 3 | 4;
  /** The kit's rubric text for that level. */
  rubric: string;
  /** `consider 2: <rubric>`. */
  text: string;
  /** The findings it rests on (none when the answer raised no concern). */
  because: NoteRule[];
}

/** What the rules read an answer for, from its question. */
export const TOPICS = ['explain', 'failure', 'degradation'] as const;
export type Topic = (typeof TOPICS)[number];

export interface AnswerAnalysis {
  question: { id: string; title: string; round: number; topics: Topic[] };
  /** The interviewer's sentence (or notes heading) that matched the kit question. */
  askedWith: Quote | null;
  /** Everything the interviewer said within the answer: the question, follow-ups, prompts. */
  asked: Quote[];
  /** The candidate's sentences. */
  said: Quote[];
  words: number;
  findings: Finding[];
  suggestion: Suggestion | null;
}

/** Talk no kit question matched, kept as such. */
export interface UnmatchedTalk {
  asked: Quote[];
  said: Quote[];
  findings: Finding[];
}

export interface NotesAnalysis {
  schemaVersion: '1.0';
  kit: string;
  candidate: { label: string; speaker: string | null };
  format: NotesFormat;
  speakers: Array<{ name: string; role: 'candidate' | 'interviewer'; words: number }>;
  answers: AnswerAnalysis[];
  unmatched: UnmatchedTalk[];
  /** Kit questions no answer was matched to. */
  notAsked: Array<{ id: string; title: string }>;
  notes: string[];
  advisory: string;
}
