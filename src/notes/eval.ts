// `evident eval-notes`: the rules against the hand-labelled answers of
// data/notes-eval/ (labelled before the rules were written). Each answer is
// read as Q/A notes under its bank question, in a one-round kit, with the
// set's assessment; precision and recall per finding type, every
// disagreement, and whether paired phrasings (non-native, fillers) got the
// same findings.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { AssessmentInput as Assessment } from '../model/index.js';
import { loadQuestionBank, parseAssessment, type Kit, type KitQuestion, type Question } from '../interview/index.js';
import { UserError } from '../util/errors.js';
import { readInputFile } from '../util/read-input.js';
import { analyseNotes } from './analyse.js';
import { NOTE_RULE_IDS, type NoteRule } from './types.js';

const EvalItem = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  text: z.string().min(1),
  labels: z.array(z.enum(NOTE_RULE_IDS as [NoteRule, ...NoteRule[]])),
  pair: z.string().optional(),
  note: z.string().optional(),
});
export type EvalItem = z.infer<typeof EvalItem>;
const EvalFile = z.object({ items: z.array(EvalItem).min(1) });

export interface RuleScore {
  rule: NoteRule;
  /** Answers labelled with the rule. */
  support: number;
  tp: number;
  fp: number;
  fn: number;
  /** null when the rule never fired (precision) or was never labelled (recall). */
  precision: number | null;
  recall: number | null;
}

export interface NotesEvalReport {
  items: number;
  rules: RuleScore[];
  /** Every answer where the rules and the labels differ. */
  disagreements: Array<{ id: string; rule: NoteRule; kind: 'missed' | 'extra' }>;
  /** Paired phrasings of the same content, and the pairs whose findings differ. */
  pairs: { total: number; same: number; differing: Array<{ id: string; pair: string; onlyFirst: NoteRule[]; onlySecond: NoteRule[] }> };
}

/** A bank question as a kit carries it (no placeholders filled, no reasons). */
export function toKitQuestion(q: Question): KitQuestion {
  return {
    id: q.id,
    bankId: q.id,
    title: q.title,
    competency: q.competency,
    kind: q.kind,
    core: q.core ?? false,
    minutes: q.minutes ?? 8,
    reasons: [],
    prompt: q.prompt,
    followUps: q.follow_ups,
    listenFor: q.listen_for,
    redFlagAnswers: q.red_flag_answers,
    rubric: q.rubric,
  };
}

/** A one-round kit of the given bank questions, for reading one answer. */
export function kitOf(questions: KitQuestion[]): Kit {
  return {
    schemaVersion: '1.0',
    id: 'notes-eval/candidate/0',
    role: { name: 'notes-eval', title: 'Notes evaluation', weights: {}, mustHaves: [] },
    candidate: { label: 'Candidate', blind: true },
    evidence: { asOf: '', fit: 0, competencies: {}, gates: [], redFlags: [] },
    core: [],
    rounds: [{ number: 1, title: 'Round', purpose: '', minutes: 60, plannedMinutes: 50, focus: [], questions, scorecard: { questions: questions.map((q) => q.id), competencies: [], redFlags: [] } }],
    unprobedClaims: [],
    notes: [],
    advisory: '',
  };
}

/**
 * The labelled sets of a folder: `answers.yaml` (the rules were written with it in view), `holdout.yaml`,
 * `holdout2.yaml` and `holdout3.yaml` (each held out until its first run, then used to generalise the rules) and
 * `holdout-2026-12.yaml` to `holdout-2026-12zs.yaml` (held-out 4 to 48, written without reading the rules; the same;
 * first runs in docs/notes.md).
 */
export const EVAL_SETS = [
  { name: 'development', file: 'answers.yaml' },
  { name: 'held-out 1', file: 'holdout.yaml' },
  { name: 'held-out 2', file: 'holdout2.yaml' },
  { name: 'held-out 3', file: 'holdout3.yaml' },
  { name: 'held-out 4', file: 'holdout-2026-12.yaml' },
  { name: 'held-out 5', file: 'holdout-2026-12b.yaml' },
  { name: 'held-out 6', file: 'holdout-2026-12c.yaml' },
  { name: 'held-out 7', file: 'holdout-2026-12d.yaml' },
  { name: 'held-out 8', file: 'holdout-2026-12e.yaml' },
  { name: 'held-out 9', file: 'holdout-2026-12f.yaml' },
  { name: 'held-out 10', file: 'holdout-2026-12g.yaml' },
  { name: 'held-out 11', file: 'holdout-2026-12h.yaml' },
  { name: 'held-out 12', file: 'holdout-2026-12i.yaml' },
  { name: 'held-out 13', file: 'holdout-2026-12j.yaml' },
  { name: 'held-out 14', file: 'holdout-2026-12k.yaml' },
  { name: 'held-out 15', file: 'holdout-2026-12l.yaml' },
  { name: 'held-out 16', file: 'holdout-2026-12m.yaml' },
  { name: 'held-out 17', file: 'holdout-2026-12n.yaml' },
  { name: 'held-out 18', file: 'holdout-2026-12o.yaml' },
  { name: 'held-out 19', file: 'holdout-2026-12p.yaml' },
  { name: 'held-out 20', file: 'holdout-2026-12q.yaml' },
  { name: 'held-out 21', file: 'holdout-2026-12r.yaml' },
  { name: 'held-out 22', file: 'holdout-2026-12s.yaml' },
  { name: 'held-out 23', file: 'holdout-2026-12t.yaml' },
  { name: 'held-out 24', file: 'holdout-2026-12u.yaml' },
  { name: 'held-out 25', file: 'holdout-2026-12v.yaml' },
  { name: 'held-out 26', file: 'holdout-2026-12w.yaml' },
  { name: 'held-out 27', file: 'holdout-2026-12x.yaml' },
  { name: 'held-out 28', file: 'holdout-2026-12y.yaml' },
  { name: 'held-out 29', file: 'holdout-2026-12z.yaml' },
  { name: 'held-out 30', file: 'holdout-2026-12za.yaml' },
  { name: 'held-out 31', file: 'holdout-2026-12zb.yaml' },
  { name: 'held-out 32', file: 'holdout-2026-12zc.yaml' },
  { name: 'held-out 33', file: 'holdout-2026-12zd.yaml' },
  { name: 'held-out 34', file: 'holdout-2026-12ze.yaml' },
  { name: 'held-out 35', file: 'holdout-2026-12zf.yaml' },
  { name: 'held-out 36', file: 'holdout-2026-12zg.yaml' },
  { name: 'held-out 37', file: 'holdout-2026-12zh.yaml' },
  { name: 'held-out 38', file: 'holdout-2026-12zi.yaml' },
  { name: 'held-out 39', file: 'holdout-2026-12zj.yaml' },
  { name: 'held-out 40', file: 'holdout-2026-12zk.yaml' },
  { name: 'held-out 41', file: 'holdout-2026-12zl.yaml' },
  { name: 'held-out 42', file: 'holdout-2026-12zm.yaml' },
  { name: 'held-out 43', file: 'holdout-2026-12zn.yaml' },
  { name: 'held-out 44', file: 'holdout-2026-12zo.yaml' },
  { name: 'held-out 45', file: 'holdout-2026-12zp.yaml' },
  { name: 'held-out 46', file: 'holdout-2026-12zq.yaml' },
  { name: 'held-out 47', file: 'holdout-2026-12zr.yaml' },
  { name: 'held-out 48', file: 'holdout-2026-12zs.yaml' },
] as const;

export interface EvalSet {
  name: string;
  items: EvalItem[];
}

export function loadEvalSet(dir: string): { sets: EvalSet[]; assessment: Assessment } {
  const sets: EvalSet[] = [];
  for (const { name, file } of EVAL_SETS) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const parsed = EvalFile.safeParse(parse(readInputFile(path, 'labelled answers', path)));
    if (!parsed.success) throw new UserError(`${path}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`, 'E_INPUT');
    sets.push({ name, items: parsed.data.items });
  }
  if (sets.length === 0) throw new UserError(`no labelled answers (answers.yaml, holdout.yaml) in ${dir}`, 'E_INPUT');
  const assessmentFile = join(dir, 'assessment.json');
  return { sets, assessment: parseAssessment(readInputFile(assessmentFile, 'assessment', assessmentFile), assessmentFile) };
}

/** The finding types the rules raise on one labelled answer. */
/**
 * A labelled answer as Q/A notes under its question. Lines are joined (YAML folds long answers over several lines),
 * except before a list item: bullet notes keep their lines, as they would in a notes file.
 */
export function notesOf(item: Pick<EvalItem, 'text'>, question: KitQuestion): string {
  return `Q: ${question.prompt}\nA: ${item.text.trim().replace(/[ \t]*\n\s*(?!(?:[-*+•]|\d{1,3}[.)])\s)/g, ' ')}`;
}

export function predict(item: EvalItem, question: KitQuestion, assessment: Assessment): NoteRule[] {
  const analysis = analyseNotes({ text: notesOf(item, question), format: 'text' }, kitOf([question]), assessment);
  const rules = [...analysis.answers.flatMap((a) => a.findings), ...analysis.unmatched.flatMap((u) => u.findings)].map((f) => f.rule);
  return [...new Set(rules)].sort();
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function evaluateNotes(items: EvalItem[], assessment: Assessment, bank: readonly Question[] = loadQuestionBank()): NotesEvalReport {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const predicted = new Map<string, NoteRule[]>();
  for (const item of items) {
    const q = byId.get(item.question);
    if (!q) throw new UserError(`labelled answer ${item.id}: no question ${item.question} in the bank`, 'E_INPUT');
    predicted.set(item.id, predict(item, toKitQuestion(q), assessment));
  }
  const disagreements: NotesEvalReport['disagreements'] = [];
  const rules = NOTE_RULE_IDS.map((rule): RuleScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const item of items) {
      const want = item.labels.includes(rule);
      const got = predicted.get(item.id)!.includes(rule);
      if (want && got) tp++;
      else if (got) {
        fp++;
        disagreements.push({ id: item.id, rule, kind: 'extra' });
      } else if (want) {
        fn++;
        disagreements.push({ id: item.id, rule, kind: 'missed' });
      }
    }
    return { rule, support: tp + fn, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
  });
  const paired = items.filter((i) => i.pair);
  const differing = paired
    .map((i) => {
      const a = predicted.get(i.id)!;
      const b = predicted.get(i.pair!) ?? [];
      return { id: i.id, pair: i.pair!, onlyFirst: a.filter((r) => !b.includes(r)), onlySecond: b.filter((r) => !a.includes(r)) };
    })
    .filter((d) => d.onlyFirst.length + d.onlySecond.length > 0);
  return { items: items.length, rules, disagreements, pairs: { total: paired.length, same: paired.length - differing.length, differing } };
}
