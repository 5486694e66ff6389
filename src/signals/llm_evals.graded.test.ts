// A hand-written harness whose grading function lives in another module
// (lib/llm-harness.ts gradedHarnesses). Held-out CF: a MATH evaluation script
// generated completions through the repository's generator classes (vLLM,
// OpenAI) and handed the extracted answers to `eval_boxed_accuracy_results(
// math_gold_answers, model_answers)` of its utils module, which compared each
// with the gold answer and summed the hits into an accuracy: 'no evidence'.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { llmEvals } from './llm_evals.js';

const generators = py`
  from openai import OpenAI

  class OpenAIGenerator:
      def __init__(self, model):
          self.client = OpenAI()
          self.model = model

      def generate(self, prompts):
          return [self.client.chat.completions.create(model=self.model, messages=[{"role": "user", "content": p}]) for p in prompts]
`;

const grading = (name: string, params: string, body = 'return sum(results) / len(results)') => py`
  def is_equiv(a, b):
      return a.strip() == b.strip()

  def ${name}(${params}):
      results = [is_equiv(a, b) for a, b in zip(model_answers, gold_answers)]
      ${body}
`;

const script = (call: string, head = '') => py`
  ${head}
  from evals.inference import OpenAIGenerator
  from evals.utils import ${call}

  def main(problems):
      gen = OpenAIGenerator("gpt-4o")
      model_answers = gen.generate([p["problem"] for p in problems])
      gold_answers = [p["answer"] for p in problems]
      return ${call}(gold_answers, model_answers)
`;

const repo = (utils: string, main: string) => ({ 'evals/__init__.py': '', 'evals/inference.py': generators, 'evals/utils.py': utils, 'evals/run_eval.py': main });

describe('signals/llm_evals, a grading function of the repository called by the code that runs the LLM', () => {
  it('counts the LLM-running script and the imported grading function given gold and model answers', async () => {
    const result = await detect(llmEvals, repo(grading('eval_accuracy', 'gold_answers, model_answers'), script('eval_accuracy')));

    expect(locations(result)).toEqual(['evals/run_eval.py:6', 'evals/utils.py:4']);
  });

  it('counts a grading function of the same file as the LLM call', async () => {
    const file = py`
      from openai import OpenAI

      def score_answers(expected_answers, predictions):
          return sum(p == e for p, e in zip(predictions, expected_answers)) / len(predictions)

      def main(rows):
          preds = [OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": r["q"]}]) for r in rows]
          return score_answers([r["a"] for r in rows], preds)
    `;
    const result = await detect(llmEvals, { 'bench.py': file });

    expect(locations(result)).toEqual(['bench.py:3', 'bench.py:7']);
  });

  it('is absent when the grading function is only mentioned (README, comment)', async () => {
    const main = script('eval_accuracy').replace('return eval_accuracy(gold_answers, model_answers)', '# then eval_accuracy(gold_answers, model_answers)\n    return model_answers');
    const result = await detect(llmEvals, { ...repo(grading('eval_accuracy', 'gold_answers, model_answers'), main), 'README.md': 'We compute eval_accuracy(gold_answers, model_answers) over MATH.' });

    expect(result.present).toBe(false);
  });

  it('is absent when no code runs an LLM', async () => {
    const main = script('eval_accuracy').replace('from evals.inference import OpenAIGenerator\n', '').replace('gen = OpenAIGenerator("gpt-4o")', 'gen = load_cache()');
    const result = await detect(llmEvals, { 'evals/__init__.py': '', 'evals/utils.py': grading('eval_accuracy', 'gold_answers, model_answers'), 'evals/run_eval.py': main });

    expect(result.present).toBe(false);
  });

  it('is absent for a check of the reply against a format (a guardrail: no reference answers, not named for grading)', async () => {
    const result = await detect(llmEvals, repo(grading('validate_answer', 'expected_format, model_answers'), script('validate_answer')));

    expect(result.present).toBe(false);
  });

  it('is absent when the function aggregates nothing (a per-example comparison)', async () => {
    const result = await detect(llmEvals, repo(grading('eval_accuracy', 'gold_answers, model_answers', 'return results'), script('eval_accuracy')));

    expect(result.present).toBe(false);
  });

  it('is absent for a unit test of answer parsing', async () => {
    const test = py`
      from evals.utils import eval_accuracy, extract_answer

      def test_extract_answer():
          answers = [extract_answer("The answer is \\\\boxed{1}")]
          assert eval_accuracy(["1"], answers) == 1.0
    `;
    const utils = grading('eval_accuracy', 'gold_answers, model_answers') + '\ndef extract_answer(text):\n    return text.split("{")[-1].rstrip("}")\n';
    const result = await detect(llmEvals, { ...repo(utils, ''), 'tests/test_utils.py': test });

    expect(result.present).toBe(false);
  });

  it('is absent when the file fits a model of its own (a classifier evaluated, not an LLM)', async () => {
    const main = script('eval_accuracy', 'from sklearn.linear_model import LogisticRegression').replace('gen = OpenAIGenerator("gpt-4o")', 'gen = OpenAIGenerator("gpt-4o")\n    LogisticRegression().fit(X, y)');
    const result = await detect(llmEvals, repo(grading('eval_accuracy', 'gold_answers, model_answers'), main));

    expect(result.present).toBe(false);
  });
});

describe('signals/llm_evals, a classifier\'s accuracy beside an LLM', () => {
  it('is absent for a metric over labels and outputs (a classifier evaluated: model_evaluation)', async () => {
    const utils = py`
      def compute_accuracy(outputs, labels):
          return sum(o == l for o, l in zip(outputs, labels)) / len(labels)
    `;
    const main = py`
      from evals.inference import OpenAIGenerator
      from evals.utils import compute_accuracy

      def main(batch, labels):
          gen = OpenAIGenerator("gpt-4o")
          outputs = gen.generate(batch)
          return compute_accuracy(outputs, labels)
    `;
    const result = await detect(llmEvals, repo(utils, main));

    expect(result.present).toBe(false);
  });
});
