// Agents that validate their answer against a pydantic model and ask the
// model again on a failure, as Instructor does (lib/agent-outputs.ts).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { guardrails } from './guardrails.js';

const SCHEMAS = py`
  from pydantic import BaseModel

  class Report(BaseModel):
      summary: str

  class Answer(Report):
      citations: list[str]
`;

describe('signals/guardrails: agents that validate and retry', () => {
  it('counts a Pydantic AI agent given a pydantic model of the repository as its output, by constructor, run or marker', async () => {
    const result = await detect(guardrails, {
      'app/schemas.py': SCHEMAS,
      'app/agents.py': py`
        from pydantic_ai import Agent, ToolOutput
        from app import schemas
        from app.schemas import Answer

        reporter = Agent(model="openai:gpt-4o", deps_type=Deps, output_type=schemas.Report, system_prompt=PROMPT)
        helper = Agent("openai:gpt-4o", output_type=ToolOutput(Answer))

        async def answer(agent, q):
            return await agent.run(q, output_type=Answer)
      `,
    });

    expect(locations(result).sort()).toEqual(['app/agents.py:5', 'app/agents.py:6', 'app/agents.py:9']);
    expect(result.evidence[0]).toMatchObject({ match: 'pydantic_ai.Agent()', tool: 'pydantic-ai' });
  });

  it('is absent when the agent is only mentioned: a README, a comment, a string', async () => {
    const result = await detect(guardrails, {
      'app/schemas.py': SCHEMAS,
      'README.md': 'We use `Agent(model, output_type=Report)` from pydantic_ai to validate answers.\n',
      'app/agents.py': text`
        from pydantic_ai import Agent
        # agent = Agent("openai:gpt-4o", output_type=Report)
        DOC = "Agent(output_type=Report) validates and retries"
        agent = Agent("openai:gpt-4o")
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for an output that validates nothing or a framework that does not ask again', async () => {
    const result = await detect(guardrails, {
      'app/schemas.py': SCHEMAS,
      'app/chat.py': py`
        from typing import TypedDict
        from pydantic_ai import Agent

        class Note(TypedDict):
            text: str

        chat = Agent("openai:gpt-4o", output_type=str)
        notes = Agent("openai:gpt-4o", output_type=Note)
      `,
      'app/sdk.py': py`
        from agents import Agent, Runner
        from app.schemas import Report

        agent = Agent(name="reporter", output_type=Report)
        result = Runner.run_sync(agent, "go")
      `,
      'app/pipeline.py': py`
        from app.schemas import Report
        job = crew.run(task, output_type=Report)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a judge agent, an agent in evaluation code, and an output type the parser did not keep', async () => {
    const result = await detect(guardrails, {
      'app/schemas.py': SCHEMAS,
      'app/grading.py': py`
        from pydantic_ai import Agent
        from app.schemas import Report

        judge_agent = Agent("openai:gpt-4o", output_type=Report)

        def run_eval(cases):
            scorer = Agent("openai:gpt-4o", output_type=Report)
            return [scorer.run_sync(c) for c in cases]
      `,
      'evals/agent.py': 'from pydantic_ai import Agent\nfrom app.schemas import Report\ngrader = Agent("openai:gpt-4o", output_type=Report)\n',
      'app/wide.py': py`
        from pydantic_ai import Agent
        from app.schemas import Report

        agent = Agent(model=m, deps_type=Deps, system_prompt=PROMPT, instructions=RULES, output_type=Report)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
