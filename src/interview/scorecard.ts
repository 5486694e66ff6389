// Scorecards: one per interviewer and round, YAML or JSON. Checked against the
// kit, so an unknown question, a rating outside 1–4 or a rating without a note
// is an error naming the file, line and field.
import { z } from 'zod';
import type { CompetencyId } from '../assess/types.js';
import { parseYamlStrict } from '../util/yaml-file.js';
import { INTERVIEW_RED_FLAGS, RECOMMENDATIONS, type InterviewRedFlag, type Kit, type Scorecard, type ScorecardRating } from './types.js';

const Rating = z
  .object({
    rating: z.number('rating must be a number from 1 to 4').int('rating must be a whole number from 1 to 4').min(1, 'rating must be 1–4').max(4, 'rating must be 1–4').nullable().optional(),
    note: z.string().nullable().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.rating != null && !r.note?.trim()) ctx.addIssue({ code: 'custom', path: ['note'], message: 'a note is required for every rating: what did the candidate say or do?' });
  });

const ScorecardFile = z
  .object({
    kit: z.string().min(1),
    round: z.number().int().min(1),
    interviewer: z.string().trim().min(1, 'name the interviewer'),
    questions: z.record(z.string(), Rating).nullable().default({}),
    competencies: z.record(z.string(), Rating).nullable().default({}),
    red_flags: z.record(z.string(), z.boolean().nullable()).nullable().default({}),
    recommendation: z.enum(RECOMMENDATIONS, `choose one of ${RECOMMENDATIONS.join(', ')}`),
  })
  .strict();
type ScorecardFile = z.infer<typeof ScorecardFile>;

/** The scorecard schema for one kit: questions, competencies and flags must be the round's. */
export function scorecardSchema(kit: Kit) {
  return ScorecardFile.superRefine((s, ctx) => {
    const issue = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (s.kit !== kit.id) return issue(['kit'], `this scorecard is for kit ${s.kit}, not ${kit.id}`);
    const round = kit.rounds.find((r) => r.number === s.round);
    if (!round) return issue(['round'], `the kit has rounds ${kit.rounds.map((r) => r.number).join(', ')}`);
    for (const id of Object.keys(s.questions ?? {})) {
      if (round.scorecard.questions.includes(id)) continue;
      const other = kit.rounds.find((r) => r.scorecard.questions.includes(id));
      issue(['questions', id], other ? `question ${id} belongs to round ${other.number}, not round ${round.number}` : `unknown question ${id} (round ${round.number} asks: ${round.scorecard.questions.join(', ')})`);
    }
    for (const c of Object.keys(s.competencies ?? {})) {
      if (!round.focus.includes(c as CompetencyId)) issue(['competencies', c], `${c} is not a focus of round ${round.number} (focus: ${round.focus.join(', ')})`);
    }
    for (const f of Object.keys(s.red_flags ?? {})) {
      if (!(f in INTERVIEW_RED_FLAGS)) issue(['red_flags', f], `unknown red flag ${f} (known: ${Object.keys(INTERVIEW_RED_FLAGS).join(', ')})`);
    }
    const rated = [...Object.values(s.questions ?? {}), ...Object.values(s.competencies ?? {})].some((r) => r.rating != null);
    if (!rated) issue(['questions'], 'rate at least one question or focus competency');
  });
}

/** Parses and checks a filled scorecard (YAML or JSON text) against its kit. */
export function parseScorecard(text: string, file: string, kit: Kit): Scorecard {
  const s = parseYamlStrict(text, file, scorecardSchema(kit)) as ScorecardFile;
  return {
    kit: s.kit,
    round: s.round,
    interviewer: s.interviewer,
    questions: rated(s.questions),
    competencies: rated(s.competencies) as Partial<Record<CompetencyId, ScorecardRating>>,
    redFlags: Object.fromEntries(Object.entries(s.red_flags ?? {}).map(([k, v]) => [k, v === true])) as Partial<Record<InterviewRedFlag, boolean>>,
    recommendation: s.recommendation,
    file,
  };
}

/**
 * Checks a scorecard that did not come from a file (a web form, a stored row)
 * against its kit with the same rules as a file: the first problem as
 * `field: message`, or null when it is fine.
 */
export function scorecardProblem(card: Scorecard, kit: Kit): string | null {
  const { redFlags, file: _file, ...rest } = card;
  const result = scorecardSchema(kit).safeParse({ ...rest, red_flags: redFlags });
  if (result.success) return null;
  const issue = result.error.issues[0];
  const path = issue.path.map((p) => (p === 'red_flags' ? 'redFlags' : String(p)));
  if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) path.push(String(issue.keys[0]));
  return `${path.join('.') || 'scorecard'}: ${issue.message}`;
}

function rated(map: ScorecardFile['questions']): Record<string, ScorecardRating> {
  const out: Record<string, ScorecardRating> = {};
  for (const [id, r] of Object.entries(map ?? {})) if (r.rating != null) out[id] = { rating: r.rating, note: (r.note ?? '').trim() };
  return out;
}

const key = (k: string) => (/^[A-Za-z0-9_.@-]+$/.test(k) ? k : JSON.stringify(k));
const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();

/** A fill-in YAML scorecard for one round of a kit. */
export function scorecardTemplate(kit: Kit, roundNumber: number): string {
  const round = kit.rounds.find((r) => r.number === roundNumber);
  if (!round) throw new RangeError(`no round ${roundNumber}`);
  const lines = [
    `# Scorecard: round ${round.number} (${round.title}) for ${kit.candidate.label}, ${kit.role.title}.`,
    '# Fill it in on your own, before seeing anyone else\'s. Rate 1-4 against the kit\'s rubric',
    '# (1 well below the bar, 2 below, 3 meets, 4 exceeds); every rating needs a note with what the',
    '# candidate said or did. Leave a rating empty for a question you did not ask.',
    `kit: ${JSON.stringify(kit.id)}`,
    `round: ${round.number}`,
    'interviewer: ""',
    'questions:',
  ];
  for (const q of round.questions) lines.push(`  # ${oneLine(q.title)}`, `  ${key(q.id)}:`, '    rating:', '    note: ""');
  lines.push('competencies:  # your overall rating of each focus competency in this round');
  for (const c of round.focus) lines.push(`  ${c}:`, '    rating:', '    note: ""');
  lines.push('red_flags:  # true when the answers showed it');
  for (const [f, title] of Object.entries(INTERVIEW_RED_FLAGS)) lines.push(`  ${f}: false  # ${title}`);
  lines.push(`recommendation:  # one of ${RECOMMENDATIONS.join(', ')}`, '');
  return lines.join('\n');
}
