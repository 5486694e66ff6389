// A hand-written LLM evaluation split in two scripts (lib/llm-harness.ts): one
// writes each LLM output beside its expected answer, the other reads that file
// and computes a metric. Real-people review: a benchmark whose eval_api.py
// wrote predictions with their ground truth and classify_errors.py scored them
// with F1 was 'no evidence'.
import { beforeAll, describe, expect, it } from 'vitest';
import { initPython, parsePython } from '../parse/python.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { samePath } from './lib/llm-harness.js';
import { llmEvals } from './llm_evals.js';

const generate = py`
  import json
  from pathlib import Path
  from openai import OpenAI

  ROOT = Path(__file__).parent.parent
  client = OpenAI()

  def run(task, rows):
      out = ROOT / "results" / "predictions" / f"{task}.jsonl"
      with open(out, "a") as f:
          for row in rows:
              resp = client.chat.completions.create(model="gpt-4.1", messages=[{"role": "user", "content": row["text"]}])
              record = {"id": row["id"], "output": resp.choices[0].message.content, "ground_truth": row["label"]}
              f.write(json.dumps(record) + "\n")
`;

const score = py`
  import json
  from pathlib import Path
  from sklearn.metrics import f1_score

  ROOT = Path(__file__).parent.parent

  def score(task):
      rows = [json.loads(l) for l in open(ROOT / "results" / "predictions" / f"{task}.jsonl")]
      y_true = [r["ground_truth"] for r in rows]
      y_pred = [r["output"].strip() for r in rows]
      return f1_score(y_true, y_pred, average="macro")
`;

describe('signals/llm_evals across files', () => {
  beforeAll(initPython);

  it('reads a pathlib chain as one path, its non-literal parts as *', () => {
    const facts = parsePython('out = ROOT / "results" / "predictions" / f"{task}.jsonl"\nopen("./data/test.csv")\nprint("done/ok now")\n');
    expect(facts.paths).toEqual([
      { line: 1, text: 'results/predictions/*.jsonl' },
      { line: 2, text: 'data/test.csv' },
    ]);
  });

  it('matches a file with the same path, a glob over it or its folder; never a bare folder or extension', () => {
    expect(samePath('results/predictions/*.jsonl', 'results/predictions/*.jsonl')).toBe(true);
    expect(samePath('out/preds/gpt.jsonl', 'out/preds/*.jsonl')).toBe(true);
    expect(samePath('results/predictions/*/*.jsonl', 'results/predictions')).toBe(true);
    expect(samePath('data/*.csv', '*.csv')).toBe(false);
    expect(samePath('results/a.jsonl', 'results')).toBe(false);
  });

  it('is present when one script writes LLM outputs with their labels and another scores that file', async () => {
    const result = await detect(llmEvals, { 'scripts/generate.py': generate, 'scripts/score.py': score });

    expect(result.present).toBe(true);
    expect(result.evidence).toMatchObject([
      { location: 'scripts/generate.py:12', match: 'client.chat.completions.create()' },
      { location: 'scripts/score.py:11', match: 'sklearn.metrics.f1_score()' },
    ]);
  });

  it('counts a metric function of the author’s own over a globbed outputs folder', async () => {
    const own = py`
      import glob, json

      def token_f1(pred, gold):
          return len(set(pred) & set(gold)) / max(len(set(gold)), 1)

      for path in glob.glob("results/predictions/*.jsonl"):
          for row in map(json.loads, open(path)):
              print(token_f1(row["output"].split(), row["ground_truth"].split()))
    `;
    const result = await detect(llmEvals, { 'scripts/generate.py': generate, 'scripts/score.py': own });

    expect(locations(result)).toEqual(['scripts/generate.py:12', 'scripts/score.py:8']);
  });

  it('is absent for an app that logs its outputs without labels, even when another script reads the log', async () => {
    const app = generate.replace('"ground_truth": row["label"]', '"prompt": row["text"]');
    const result = await detect(llmEvals, { 'app/generate.py': app, 'app/score.py': score });

    expect(result.present).toBe(false);
  });

  it('is absent when the scoring script reads another file, or only mentions the outputs file', async () => {
    const other = score.replace('"results" / "predictions"', '"data" / "gold"');
    const mention = py`
      from sklearn.metrics import f1_score
      # outputs go to results/predictions/<task>.jsonl
      HELP = "scores what generate.py writes"
      print(f1_score([1, 0], [1, 1]))
    `;
    expect((await detect(llmEvals, { 's/generate.py': generate, 's/score.py': other })).present).toBe(false);
    expect((await detect(llmEvals, { 's/generate.py': generate, 's/score.py': mention })).present).toBe(false);
    expect((await detect(llmEvals, { 's/score.py': score })).present).toBe(false);
  });
});
