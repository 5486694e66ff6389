// llm_evals: an evaluation script whose scoring is a metric of its own that it
// calls (held-out AS: a leave-one-out harness scoring a LangGraph agent's
// recommendations with hit_at_k / precision_at_k / ndcg_at_k against each
// user's held-out liked movie), the agent reached through the app's module.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { llmEvals } from './llm_evals.js';

const AGENT = py`
  from langchain_openai import ChatOpenAI
  from langgraph.prebuilt import create_react_agent

  def build_agent(tools):
      return create_react_agent(ChatOpenAI(model="gpt-4o-mini"), tools)
`;

/** An evaluation script: the agent recommends, each list is scored against the held-out item. */
const harness = (scoring: string) => py`
  import math
  from app.agent import build_agent

  def ndcg_at_k(recs, holdout):
      for i, m in enumerate(recs, start=1):
          if m == holdout:
              return 1.0 / math.log2(i + 1)
      return 0.0

  def main(users):
      agent = build_agent([])
      total = 0.0
      for user, holdout in users:
          recs = agent.invoke({"messages": [("user", "Recommend 10 movies")]})
          ${scoring}
      print(total / len(users))
`;

describe('signals/llm_evals (metrics of its own in an evaluation script)', () => {
  it("counts an evaluation script that scores the app's agent with a metric it defines and calls", async () => {
    const result = await detect(llmEvals, { 'app/agent.py': AGENT, 'scripts/eval_agent_vs_baseline.py': harness('total += ndcg_at_k(recs, holdout)') });

    expect(result.present).toBe(true);
    expect(locations(result)).toContain('scripts/eval_agent_vs_baseline.py:4');
  });

  it('does not count a metric defined and never called, a script that is no evaluation module, or a mocked agent', async () => {
    const uncalled = await detect(llmEvals, { 'app/agent.py': AGENT, 'scripts/eval_agent_vs_baseline.py': harness('total += len(recs)') });
    const notEval = await detect(llmEvals, { 'app/agent.py': AGENT, 'scripts/recommend.py': harness('total += ndcg_at_k(recs, holdout)') });
    const mocked = await detect(llmEvals, {
      'app/agent.py': AGENT,
      'tests/test_agent.py': `from unittest.mock import MagicMock\n${harness('total += ndcg_at_k(recs, holdout)')}`,
    });

    expect(uncalled.present).toBe(false);
    expect(notEval.present).toBe(false);
    expect(mocked.present).toBe(false);
  });
});
