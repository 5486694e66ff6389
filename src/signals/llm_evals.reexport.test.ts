import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { llmEvals } from './llm_evals.js';

// A package re-exporting an LLM classifier beside a plain confidence helper:
// a test of the helper on hand-made inputs grades no LLM output, although the
// package it imports from also holds the classifier.
const app = {
  'app/ai/__init__.py': 'from .classifier import Classifier\nfrom .confidence import ConfidenceScorer\n',
  'app/ai/classifier.py': py`
    from openai import OpenAI

    class Classifier:
        def classify(self, text):
            return OpenAI().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
  `,
  'app/ai/confidence.py': py`
    class ConfidenceScorer:
        def overall(self, fields):
            return sum(fields.values()) / len(fields)
  `,
};

const helperTest = py`
  from app.ai import ConfidenceScorer

  def test_confidence_scorer():
      overall = ConfidenceScorer().overall({"vendor": 0.9, "amount": 0.99})
      print(f"Overall confidence: {overall:.2f}")
      assert overall > 0.8
`;

const gradedTest = py`
  from app.ai import Classifier

  def test_classifier_accuracy():
      cases = [{"text": "Invoice #12", "expected": "invoice"}]
      right = sum(Classifier().classify(c["text"]) == c["expected"] for c in cases)
      assert right / len(cases) > 0.8
`;

describe('signals/llm_evals, names re-exported by a package', () => {
  it('counts a test grading the re-exported LLM classifier against expected answers', async () => {
    const result = await detect(llmEvals, { ...app, 'tests/test_ai.py': gradedTest });

    expect(locations(result)).toEqual(['tests/test_ai.py:3']);
  });

  it('is absent for a test of a confidence-scoring helper on hand-made inputs', async () => {
    const result = await detect(llmEvals, { ...app, 'tests/test_ai.py': helperTest });

    expect(locations(result)).toEqual([]);
  });

  it('is absent when the evaluation is only mentioned (README, comment)', async () => {
    const result = await detect(llmEvals, { ...app, 'README.md': 'We evaluate the classifier accuracy with an eval harness.\n', 'tests/test_ai.py': '# TODO: score the LLM answers against a labelled set\n' });

    expect(locations(result)).toEqual([]);
  });

  it('is absent without any test or evaluation module', async () => {
    const result = await detect(llmEvals, app);

    expect(locations(result)).toEqual([]);
  });
});
