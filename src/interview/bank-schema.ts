// The question bank's schema (data/questions/*.yaml and users' --questions
// files): strict, so a typo in a field name is an error, not a silent default.
import { z } from 'zod';
import { COMPETENCY_IDS, RED_FLAG_IDS } from '../assess/types.js';
import { SIGNAL_IDS } from '../signals/ids.js';
import { QUESTION_KINDS } from './types.js';

const Text = z.string().trim().min(1, 'must not be empty');

/**
 * Placeholders a prompt may use, and the trigger that fills them. `{kind}` is
 * what kind of tool the claimed one is, from the lexicon ("web framework",
 * "experiment tracker"); the title may use it too ("A claimed {kind} without
 * evidence"), so a FastAPI claim is never called an MLOps tool.
 */
export const PLACEHOLDERS = { tool: 'claim_none', kind: 'claim_none', repo: 'evidence', path: 'evidence', line: 'evidence', location: 'evidence', does: 'evidence' } as const;

export const Applies = z
  .object({
    /** The role's share (0–100) for the question's competency must be above 0 and at least this. */
    min_weight: z.number().min(0).max(100).default(0),
    /** Claimed tools with no evidence (rung `none`); `'*'` = any catalogue tool feeding the competency. */
    claim_none: z.array(Text).min(1).optional(),
    /** Red flags raised by the assessment. */
    red_flag: z.array(z.enum(RED_FLAG_IDS)).min(1).optional(),
    /** Signals with evidence in the candidate's repositories; the best one fills {repo} and {path}:{line}. */
    evidence: z.array(z.enum(SIGNAL_IDS)).min(1).optional(),
    /**
     * With `evidence`: true quotes only a line that loads pre-trained or saved weights (`from_pretrained`,
     * `weights=...`, a hub model, a state dict); false only a line that does not (candidate.ts `loadsWeights`).
     */
    loads_weights: z.boolean().optional(),
  })
  .strict();

/**
 * Texts that speak of one finding (hidden text in the CV file), added to the question only when the assessment
 * raised that red flag: a follow-up that assumes a finding is never asked when there is none (real-people review:
 * "If the assessment found hidden text…" printed for a CV without any).
 */
const Conditional = z
  .object({ follow_ups: z.array(Text).min(1).optional(), listen_for: z.array(Text).min(1).optional(), red_flag_answers: z.array(Text).min(1).optional() })
  .strict();

const Rubric = z.object({ '1': Text, '2': Text, '3': Text, '4': Text }).strict();

const QuestionFields = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes'),
    title: Text,
    competency: z.enum(COMPETENCY_IDS),
    kind: z.enum(QUESTION_KINDS),
    /** Asked of every candidate of a role that weighs the competency enough. */
    core: z.boolean().default(false),
    minutes: z.number().int().min(2).max(30).optional(),
    applies: Applies.default({ min_weight: 0 }),
    prompt: Text,
    follow_ups: z.array(Text).min(1),
    listen_for: z.array(Text).min(1),
    red_flag_answers: z.array(Text).min(1),
    /** Texts added when the assessment raised the red flag that keys them (Conditional). */
    when_flagged: z.partialRecord(z.enum(RED_FLAG_IDS), Conditional).optional(),
    rubric: Rubric,
  })
  .strict();

export const Question = QuestionFields.superRefine(checkQuestion);
export type Question = z.infer<typeof Question>;

function checkQuestion(question: z.infer<typeof QuestionFields>, ctx: z.RefinementCtx): void {
  const a = question.applies;
  if (question.core && (a.claim_none || a.evidence)) {
    ctx.addIssue({ code: 'custom', path: ['core'], message: 'a core question is asked of every candidate: it cannot depend on claims or evidence' });
  }
  if ([a.claim_none, a.evidence, question.core ? undefined : a.red_flag].filter(Boolean).length > 1) {
    ctx.addIssue({ code: 'custom', path: ['applies'], message: 'give one trigger: claim_none, red_flag or evidence' });
  }
  if (a.loads_weights !== undefined && !a.evidence) {
    ctx.addIssue({ code: 'custom', path: ['applies', 'loads_weights'], message: 'loads_weights needs applies.evidence' });
  }
  if (question.kind === 'evidence-deep-dive' && !a.evidence) {
    ctx.addIssue({ code: 'custom', path: ['applies'], message: 'an evidence-deep-dive needs applies.evidence' });
  }
  const conditional = Object.entries(question.when_flagged ?? {}).flatMap(([flag, texts]) =>
    (['follow_ups', 'listen_for', 'red_flag_answers'] as const).flatMap((f) => (texts?.[f] ?? []).map((t, i): [Array<string | number>, string] => [['when_flagged', flag, f, i], t])),
  );
  for (const [path, text] of [[['title'], question.title] as [Array<string | number>, string], ...textFields(question), ...conditional]) {
    for (const m of text.matchAll(/\{([a-z_]+)\}/g)) {
      const name = m[1] as keyof typeof PLACEHOLDERS;
      const needs = Object.hasOwn(PLACEHOLDERS, name) ? PLACEHOLDERS[name] : undefined;
      if (!needs) ctx.addIssue({ code: 'custom', path, message: `unknown placeholder {${m[1]}} (known: ${Object.keys(PLACEHOLDERS).join(', ')})` });
      else if (!a[needs]) ctx.addIssue({ code: 'custom', path, message: `placeholder {${name}} needs applies.${needs}` });
    }
  }
}

/** Every text of a question that may hold placeholders, with its field path. */
export function textFields(q: Pick<Question, 'prompt' | 'follow_ups' | 'listen_for' | 'red_flag_answers' | 'rubric'>): Array<[Array<string | number>, string]> {
  const lists = (['follow_ups', 'listen_for', 'red_flag_answers'] as const).flatMap((f) => q[f].map((t, i): [Array<string | number>, string] => [[f, i], t]));
  const rubric = (['1', '2', '3', '4'] as const).map((k): [Array<string | number>, string] => [['rubric', k], q.rubric[k]]);
  return [[['prompt'], q.prompt], ...lists, ...rubric];
}

/** The question with the texts of `when_flagged` added for each red flag in `raised`, in the bank's order of flags. */
export function withFindings<Q extends Question>(q: Q, raised: ReadonlySet<string>): Q {
  const extra = Object.entries(q.when_flagged ?? {}).filter(([flag]) => raised.has(flag));
  if (extra.length === 0) return q;
  const add = (f: 'follow_ups' | 'listen_for' | 'red_flag_answers') => [...q[f], ...extra.flatMap(([, t]) => t?.[f] ?? [])];
  return { ...q, follow_ups: add('follow_ups'), listen_for: add('listen_for'), red_flag_answers: add('red_flag_answers') };
}

/** One bank file. `seen` maps ids already loaded to their file, so duplicates across files are errors. */
export function bankFileSchema(seen: Map<string, string>) {
  return z
    .object({ questions: z.array(Question).min(1) })
    .strict()
    .superRefine((file, ctx) => {
      const here = new Set<string>();
      file.questions.forEach((q, i) => {
        const other = here.has(q.id) ? 'this file' : seen.get(q.id);
        if (other !== undefined) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `duplicate question id ${q.id} (also in ${other})` });
        here.add(q.id);
      });
    });
}
