// llm_evals (held-out BB): contract tests of an app's pydantic request and
// response models (`test_enrich_request_validates`), in a test file that also
// imports the LLM service to check its exports, were credited as an
// evaluation of LLM output. signals.md: "LLM output is graded automatically";
// a scoring function counts only when it scores what the LLM produced.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { llmEvals } from './llm_evals.js';

const app = {
  'app/__init__.py': '',
  'app/service.py': py`
    from anthropic import Anthropic

    class Bot:
        def ask(self, question):
            return Anthropic().messages.create(model="claude", messages=[{"role": "user", "content": question}])

    def summarise(text):
        return Bot().ask(f"Summarise: {text}")
  `,
  'app/models.py': py`
    from pydantic import BaseModel, Field

    class EnrichRequest(BaseModel):
        profile_id: str
        score: int = Field(ge=0, le=100)
  `,
};

/** A contract test: the models validate, the service exports its functions. */
const contract = py`
  import pytest
  from pydantic import ValidationError
  from app import service

  def test_service_exports():
      assert callable(service.summarise)

  def test_enrich_request_validates():
      from app.models import EnrichRequest
      req = EnrichRequest(profile_id="abc", score=75)
      assert req.score == 75

  def test_score_rejects_out_of_range():
      from app.models import EnrichRequest
      with pytest.raises(ValidationError):
          EnrichRequest(profile_id="abc", score=150)
`;

describe('signals/llm_evals: a scoring test must score what the LLM produced', () => {
  it('is absent for contract tests of the app\'s data models beside an import of the LLM service', async () => {
    const result = await detect(llmEvals, { ...app, 'tests/test_contract.py': contract });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts a test in the same file whose scoring function runs the service and asserts on its answer', async () => {
    const graded = `${contract}\n\ndef test_summary_accuracy():\n    assert "refund" in service.summarise("We refund within 30 days.")\n`;
    const result = await detect(llmEvals, { ...app, 'tests/test_contract.py': graded });

    expect(locations(result)).toEqual(['tests/test_contract.py:19']);
  });

  it('follows the object a test class builds in setUp, and a pytest fixture of a conftest.py', async () => {
    const byClass = await detect(llmEvals, {
      ...app,
      'tests/test_quality.py': py`
        import unittest
        from app.service import Bot

        class TestQuality(unittest.TestCase):
            def setUp(self):
                self.bot = Bot()

            def test_judge_answer(self):
                self.assertIn("Paris", self.bot.ask("Capital of France?"))
      `,
    });
    const byFixture = await detect(llmEvals, {
      ...app,
      'tests/conftest.py': 'import pytest\nfrom app.service import Bot\n\n@pytest.fixture\ndef bot():\n    return Bot()\n',
      'tests/test_quality.py': 'def test_answer_accuracy(bot):\n    assert bot.ask("Capital of France?") == "Paris"\n',
    });

    expect(locations(byClass)).toEqual(['tests/test_quality.py:8']);
    expect(locations(byFixture)).toEqual(['tests/test_quality.py:1']);
  });

  it('counts a scoring function typed with what the LLM code makes, not with the app\'s other models', async () => {
    const scorer = (module: string, type: string) => py`
      from ${module} import ${type}

      def score_overlap(results: list[${type}]) -> float:
          return sum(len(set(r.answer.split()) & set(r.truth.split())) for r in results) / len(results)
    `;
    const service = `${app['app/service.py']}\n\nclass Reply:\n    answer: str\n    truth: str\n`;
    const replies = await detect(llmEvals, { ...app, 'app/service.py': service, 'evals/metrics.py': scorer('app.service', 'Reply') });
    const requests = await detect(llmEvals, { ...app, 'evals/metrics.py': scorer('app.models', 'EnrichRequest') });

    expect(locations(replies)).toEqual(['evals/metrics.py:3']);
    expect(requests).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when a scoring test only names the service in a string or a comment', async () => {
    const result = await detect(llmEvals, {
      ...app,
      'tests/test_routes.py': py`
        from app import service  # the LLM service: app.service.summarise

        def test_route_validates():
            assert "app.service.summarise" in ROUTES
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
