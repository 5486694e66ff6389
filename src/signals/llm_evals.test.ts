import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { llmEvals } from './llm_evals.js';

describe('signals/llm_evals', () => {
  it('is present for a LangSmith evaluation run over a dataset', async () => {
    const result = await detect(llmEvals, {
      'evals/run.py': py`
        from langsmith import Client
        client = Client()

        async def main():
            return await client.aevaluate(target, data="qa-set", evaluators=[correctness])
      `,
    });

    expect(result.present).toBe(true);
    expect(result.evidence).toMatchObject([{ location: 'evals/run.py:5', match: 'client.aevaluate()' }]);
  });

  it('counts ragas, a promptfoo config, and a notebook harness scoring LLM answers against labels', async () => {
    const result = await detect(llmEvals, {
      'rag_eval.py': 'from ragas import evaluate\nscores = evaluate(dataset)\n',
      'promptfooconfig.yaml': 'prompts: [prompt.txt]\n',
      'bench.ipynb': notebook(['import openai\npreds = [ask(openai, x) for x in X_test]', 'from sklearn.metrics import f1_score\nprint(f1_score(y_test, preds))']),
    });

    expect(locations(result).sort()).toEqual(['bench.ipynb#cell=0:1', 'bench.ipynb#cell=1:2', 'promptfooconfig.yaml', 'rag_eval.py:1', 'rag_eval.py:2']);
  });

  it('counts an evaluation module whose scoring function runs the LLM through a repository module, unless mocked', async () => {
    const app = 'from openai import OpenAI\n\ndef answer(q):\n    return OpenAI().responses.create(model="gpt-4o", input=q)\n';
    const harness = 'from rag.generate import answer\n\ndef score_answers(cases):\n    return sum(answer(c.q) == c.a for c in cases)\n';
    const real = await detect(llmEvals, { 'rag/generate.py': app, 'rag/evaluate.py': harness });
    const mocked = await detect(llmEvals, {
      'rag/generate.py': app,
      'tests/test_answers.py': 'from unittest.mock import patch\nfrom rag.generate import answer\n\ndef test_judge_answer():\n    assert answer("q")\n',
    });

    expect(locations(real)).toEqual(['rag/evaluate.py:3']);
    expect(mocked).toMatchObject({ present: false, evidence: [] });
  });

  it('follows `from package import module` and relative imports to the module that calls the LLM', async () => {
    const app = 'from anthropic import Anthropic\n\ndef answer(q):\n    return Anthropic().messages.create(model="claude", messages=q)\n';
    const absolute = await detect(llmEvals, {
      'bot/chain.py': app,
      'evals/run.py': 'from bot import chain\n\ndef grade(cases):\n    return [chain.answer(c.q) == c.a for c in cases]\n',
    });
    const relative = await detect(llmEvals, {
      'bot/chain.py': app,
      'bot/evaluate.py': 'from . import chain\n\ndef accuracy(cases):\n    return sum(chain.answer(c.q) == c.a for c in cases)\n',
    });

    expect(locations(absolute)).toEqual(['evals/run.py:3']);
    expect(locations(relative)).toEqual(['bot/evaluate.py:3']);
  });

  it('is absent when metrics score a model trained in the same file, even with an LLM SDK imported', async () => {
    const result = await detect(llmEvals, {
      'clf.py': py`
        import openai
        from sklearn.linear_model import LogisticRegression
        from sklearn.metrics import accuracy_score
        clf = LogisticRegression().fit(embed(X_train), y_train)
        print(accuracy_score(y_test, clf.predict(embed(X_test))))
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when evals are only mentioned, and a declared eval library is a hint only', async () => {
    const result = await detect(llmEvals, {
      'README.md': 'We grade answers with ragas and DeepEval.\n',
      'app.py': '# from deepeval import evaluate\nprint("client.aevaluate(target)")\n',
      'requirements.txt': text`
        deepeval==0.21.0
      `,
    });

    expect(result).toMatchObject({ present: false, strength: 'declared-only', evidence: [] });
  });

  it('is absent for an evaluation library whose every use is commented out: the import is a hint, not a use', async () => {
    const result = await detect(llmEvals, {
      'eval.py': py`
        from deepeval import evaluate
        from deepeval.metrics import AnswerRelevancyMetric
        import ragas

        # metric = AnswerRelevancyMetric(threshold=0.7)
        # evaluate(test_cases, [metric])
        print("ragas.evaluate is not run here")
      `,
    });

    expect(result).toMatchObject({ present: false, strength: 'declared-only', evidence: [] });
    expect(result.hints.map((h) => [h.location, h.match])).toEqual([
      ['eval.py:1', 'from deepeval import evaluate (imported, never used)'],
      ['eval.py:2', 'from deepeval.metrics import AnswerRelevancyMetric (imported, never used)'],
      ['eval.py:3', 'import ragas (imported, never used)'],
    ]);
  });

  it('counts an imported evaluation name used by attribute, decorator, base class, argument or re-export', async () => {
    const used = {
      'a.py': 'import ragas\nresult = ragas.evaluate(ds)\n',
      'b.py': 'from deepeval.metrics import GEval\nrun(metrics=[GEval])\n',
      'c.py': 'from deepeval.metrics import BaseMetric\n\nclass Exact(BaseMetric):\n    pass\n',
      'd.py': 'import trulens as tl\n\n@tl.instrument\ndef answer(q):\n    return q\n',
      'e.py': 'from inspect_ai import Task\nx: Task | None = None\n',
      'pkg/__init__.py': 'from ragas import evaluate\n',
    };
    for (const [path, code] of Object.entries(used)) {
      const result = await detect(llmEvals, { [path]: code });
      expect([path, result.present]).toEqual([path, true]);
    }
  });
});
