import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { guardrails } from './guardrails.js';
import { llmEvals } from './llm_evals.js';

// An app that calls its model behind its own provider classes: the LLM call is
// three imports away from the evaluation module (packages' __init__ are free).
const app = {
  'src/bot/providers/__init__.py': 'from .openai_provider import OpenAIProvider\n',
  'src/bot/providers/openai_provider.py': py`
    from openai import OpenAI

    class OpenAIProvider:
        def generate(self, prompt):
            return OpenAI().responses.create(model="gpt-4o", input=prompt)
  `,
  'src/bot/pipelines/__init__.py': 'from .rag import RAGPipeline\n',
  'src/bot/pipelines/rag.py': py`
    from ..providers import OpenAIProvider
    from .checks import OutputChecker

    class RAGPipeline:
        def run(self, question):
            answer = OpenAIProvider().generate(question)
            return OutputChecker().enforce(answer)
  `,
  'src/bot/pipelines/checks.py': py`
    class OutputChecker:
        def enforce(self, answer):
            if self._score_toxicity(answer) > 0.5:
                return "[REDACTED]"
            return answer

        def _score_toxicity(self, text):
            return sum(text.count(w) for w in BANNED) / 5
  `,
};

const suite = (reference: string) => py`
  from ..pipelines import RAGPipeline

  def evaluate_suite(cases):
      passed = 0
      for case in cases:
          outcome = RAGPipeline().run(case["prompt"])
          passed += case.get("${reference}", "") in outcome
      return passed / len(cases)
`;

describe('signals/llm_evals, the LLM behind the app\'s own pipeline', () => {
  it('counts an evaluation module scoring the pipeline\'s answers against each case\'s reference', async () => {
    const result = await detect(llmEvals, { ...app, 'src/bot/evaluation/suite.py': suite('expected') });

    expect(locations(result)).toEqual(['src/bot/evaluation/suite.py:3']);
  });

  it('is absent when the module reads no reference (a scoring name alone counts for nothing)', async () => {
    const result = await detect(llmEvals, { ...app, 'src/bot/evaluation/suite.py': suite('topic') });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when nothing the module imports reaches an LLM', async () => {
    const { 'src/bot/providers/openai_provider.py': _, ...noLlm } = app;
    const result = await detect(llmEvals, { ...noLlm, 'src/bot/evaluation/suite.py': suite('expected') });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});

describe('signals/guardrails, a checker the pipeline runs on its answers', () => {
  it('counts the toxicity filter of a module the LLM pipeline imports, where it is called', async () => {
    const result = await detect(guardrails, app);

    expect(locations(result)).toEqual(['src/bot/pipelines/checks.py:3', 'src/bot/pipelines/checks.py:7']);
  });

  it('is absent when no pipeline reaching an LLM imports the checker', async () => {
    const { 'src/bot/pipelines/rag.py': _, ...unused } = app;
    const result = await detect(guardrails, { ...unused, 'src/bot/pipelines/__init__.py': '' });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
