// Trains the notes cue model (src/notes/cues/) on every labelled set that
// eval-notes reads and writes data/notes-cues.json:
//   npx tsx scripts/train-notes-cues.ts
// With --loso, prints the leave-one-set-out estimate instead: each set of
// data/notes-eval/first-runs.json scored by a model trained on all other
// sets, alone and combined with the rules' own first run on that set.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadQuestionBank } from '../src/interview/index.js';
import { cueFile, labelledAnswers, leaveOneSetOut, sha256, trainTopics, USE } from '../src/notes/cues/build.js';
import { CUE_RULES } from '../src/notes/cues/model.js';
import { TRAIN_DEFAULTS } from '../src/notes/cues/train.js';
import { EVAL_SETS, loadEvalSet } from '../src/notes/eval.js';
import type { NoteRule } from '../src/notes/types.js';
import { dataPath } from '../src/util/paths.js';

const dir = dataPath('notes-eval');
const { sets } = loadEvalSet(dir);
const answers = labelledAnswers(sets, loadQuestionBank());
const fileOf = new Map<string, string>(EVAL_SETS.map((s) => [s.name, s.file]));

if (process.argv.includes('--loso')) {
  const firstRuns = JSON.parse(readFileSync(join(dir, 'first-runs.json'), 'utf8')) as Record<string, { rules: string; findings: Record<string, NoteRule[]> }>;
  const test = sets.filter((s) => firstRuns[fileOf.get(s.name)!]).map((s) => s.name);
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  const tested = only ? test.filter((t) => only.includes(t)) : test;
  const num = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  const options = { minCount: num('min', TRAIN_DEFAULTS.minCount), l2: num('l2', TRAIN_DEFAULTS.l2), iterations: num('iter', TRAIN_DEFAULTS.iterations), rate: num('rate', TRAIN_DEFAULTS.rate) };
  const probs = leaveOneSetOut(answers, tested, options);
  const ruleOf = (id: string, set: string) => firstRuns[fileOf.get(set)!]!.findings[id] ?? [];
  type Use = (p: number, rule: boolean) => boolean;
  const combos: Array<[string, Use]> = [
    ['rules', (_p, r) => r],
    ['p>0.5', (p) => p > 0.5],
    ['p>0.3', (p) => p > 0.3],
    ['r&p>0.1', (p, r) => r && p > 0.1],
    ['r&p>0.2', (p, r) => r && p > 0.2],
    ['r&p>.2|p>.5', (p, r) => (r && p > 0.2) || p > 0.5],
    ['r&p>.1|p>.5', (p, r) => (r && p > 0.1) || p > 0.5],
    ['r&p>.1|p>.4', (p, r) => (r && p > 0.1) || p > 0.4],
    ['shipped', () => false],
  ];
  const rules = Object.values(CUE_RULES).flat() as NoteRule[];
  const cells = new Map<string, number[]>();
  for (const a of answers.filter((x) => tested.includes(x.set))) {
    for (const rule of CUE_RULES[a.topic] as readonly NoteRule[]) {
      const p = probs.get(a.id)!.get(rule)!;
      const r = ruleOf(a.id, a.set).includes(rule);
      const want = a.labels.includes(rule);
      combos.forEach(([name, use]) => {
        const got = name === 'shipped' ? (r && p >= USE[rule].withRule) || (USE[rule].alone !== null && p > USE[rule].alone!) : use(p, r);
        for (const key of [`${name} ${rule}`, `${name} all`]) {
          const c = cells.get(key) ?? [0, 0, 0];
          if (got && want) c[0]!++;
          else if (got) c[1]!++;
          else if (want) c[2]!++;
          cells.set(key, c);
        }
      });
    }
  }
  const fmt = (c: number[] = [0, 0, 0]) => `${(c[0]! / Math.max(1, c[0]! + c[1]!)).toFixed(2)}/${(c[0]! / Math.max(1, c[0]! + c[2]!)).toFixed(2)}`;
  console.log(`leave-one-set-out over ${tested.join(', ')} (precision/recall)`);
  console.log('finding'.padEnd(24) + combos.map(([n]) => n.padStart(13)).join(''));
  for (const rule of [...rules, 'all']) console.log(rule.padEnd(24) + combos.map(([n]) => fmt(cells.get(`${n} ${rule}`)).padStart(13)).join(''));
} else {
  const trainedOn = sets.map((s) => {
    const file = fileOf.get(s.name)!;
    return { file, sha256: sha256(readFileSync(join(dir, file), 'utf8')), answers: answers.filter((a) => a.set === s.name).length };
  });
  const out = dataPath('notes-cues.json');
  writeFileSync(out, `${JSON.stringify(cueFile(trainTopics(answers), trainedOn))}\n`);
  console.log(`${out}: trained on ${answers.length} answers of ${sets.length} sets`);
}
