// What the rules read an answer for (from its question), and the rubric
// level the findings point to: "consider 2: <the kit's rubric text>". A
// suggestion is for the interviewer to accept or reject; nothing is added to
// a score here.
import type { KitQuestion } from '../interview/index.js';
import type { Finding, NoteRule, Suggestion, Topic } from './types.js';

const EXPLAIN = /plain (?:words|language|english|terms)|no jargon|without jargon|non-?technical (?:audience|person|listener|stakeholder|colleague)|head of (?:sales|marketing)/i;
// An incident (a data-quality problem, an outage) is something that happened, often no one's mistake: a failure question asks
// for the candidate's own failure or mistake (data/notes-eval/README.md).
const FAILURE_TITLE = /\b(?:fail\w*|mistake|went wrong|got wrong)\b/i;
const FAILURE_PROMPT = /\b(?:a|your) (?:failure|mistake)\b|project that failed|decision you got wrong/i;
const DEGRADATION = /\bdegrad\w*/i;

/** Topics a question asks about: a plain explanation (any kind), a failure or a degradation (told as a story). */
export function topicsOf(q: Pick<KitQuestion, 'bankId' | 'title' | 'prompt' | 'kind'>): Topic[] {
  const text = `${q.title} ${q.prompt}`;
  const topics: Topic[] = [];
  if (q.bankId === 'rf-explain-to-stakeholder' || EXPLAIN.test(text)) topics.push('explain');
  if (q.kind === 'behavioural' && (q.bankId === 'rf-failure-learned' || FAILURE_TITLE.test(q.title) || FAILURE_PROMPT.test(q.prompt))) topics.push('failure');
  if (q.kind === 'behavioural' && (q.bankId === 'rf-degraded-in-production' || DEGRADATION.test(text))) topics.push('degradation');
  return topics;
}

/**
 * The level each concern points to: the rubric level (1 or 2) whose text
 * speaks of it, else a default. `no_metric` only keeps an answer from 4.
 */
const LEVELS: Partial<Record<NoteRule, { words: RegExp; otherwise: 1 | 2 | 3 }>> = {
  // Jargon alone is level 2; with two parts of the explanation missing it is level 1 (below).
  jargon: { words: /$^/, otherwise: 2 },
  acronym: { words: /$^/, otherwise: 2 },
  long_sentences: { words: /understandable|clear/i, otherwise: 2 },
  no_purpose: { words: /decision|purpose|vague/i, otherwise: 2 },
  no_input: { words: /vague/i, otherwise: 2 },
  no_output: { words: /vague/i, otherwise: 2 },
  no_tradeoff: { words: /errors?|accuracy|wrong|vague/i, otherwise: 2 },
  no_failure: { words: /no (?:failure|incident|example)/i, otherwise: 1 },
  no_ownership: { words: /owner|others'? fault|blame/i, otherwise: 2 },
  no_change: { words: /lesson|prevention|follow-up|fixed once|nothing changed/i, otherwise: 2 },
  no_degradation_example: { words: /no example|no awareness/i, otherwise: 1 },
  no_detection: { words: /detect|accidental/i, otherwise: 2 },
  no_action: { words: /nothing changed|fix/i, otherwise: 2 },
  no_metric: { words: /$^/, otherwise: 3 },
  vague: { words: /vague|thin|superficial|generic|buzzword|nothing specific|no concrete/i, otherwise: 2 },
};

function levelFor(rule: NoteRule, rubric: KitQuestion['rubric']): 1 | 2 | 3 | null {
  const spec = LEVELS[rule];
  if (!spec) return null;
  // The highest of levels 1-2 whose text names the concern (level 2 "vague" before level 1 "nothing specific").
  for (const level of [2, 1] as const) if (spec.words.test(rubric[String(level) as '1' | '2'] ?? '')) return level;
  return spec.otherwise;
}

/** The rubric level to consider for an answer, or null when the rules have nothing to say about its level. */
export function suggest(findings: readonly Finding[], topics: readonly Topic[], rubric: KitQuestion['rubric']): Suggestion | null {
  const concerns = [...new Set(findings.map((f) => f.rule))].filter((r) => LEVELS[r]);
  const levels = concerns.map((r) => ({ r, level: levelFor(r, rubric) })).filter((x) => x.level !== null) as Array<{ r: NoteRule; level: 1 | 2 | 3 }>;
  // Jargon with two or more parts missing is "cannot explain without jargon".
  const missingParts = concerns.filter((r) => r === 'no_purpose' || r === 'no_input' || r === 'no_output' || r === 'no_tradeoff').length;
  if (concerns.includes('jargon') && missingParts >= 2) levels.push({ r: 'jargon', level: 1 });
  if (levels.length === 0 && topics.length === 0) return null;
  const level = levels.length > 0 ? Math.min(...levels.map((x) => x.level)) : 3;
  const because = [...new Set(levels.filter((x) => x.level === level).map((x) => x.r))];
  const text = rubric[String(level) as keyof typeof rubric] ?? '';
  return { level: level as Suggestion['level'], rubric: text, text: `consider ${level}: ${text}`, because };
}
