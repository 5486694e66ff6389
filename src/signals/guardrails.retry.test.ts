// Structured output and the LLM's reply validated against a schema, counted
// when the app retries or repairs on failure (lib/llm-retries.ts), and
// structured output parsed once, which does not count.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { guardrails } from './guardrails.js';

describe('signals/guardrails: structured output and validation with retry', () => {
  it('is present for structured output validated with a pydantic model in the app', async () => {
    const result = await detect(guardrails, {
      'app/agent.py': py`
        from pydantic import BaseModel
        from langchain.chat_models import init_chat_model

        class Plan(BaseModel):
            steps: list[str]

        planner = init_chat_model("gpt-4o").with_structured_output(Plan).with_retry()
      `,
    });

    expect(result.present).toBe(true);
    expect(result.evidence).toMatchObject([{ location: 'app/agent.py:7', match: '?.with_structured_output()', tool: 'structured-output' }]);
  });

  it('counts structured output retried or repaired on failure: with_retry, a retry loop around it, a fallback that asks again', async () => {
    const result = await detect(guardrails, {
      'agent/plan.py': py`
        from pydantic import BaseModel
        from langchain_openai import ChatOpenAI

        class Plan(BaseModel):
            steps: list[str]

        def plan(task):
            planner = ChatOpenAI(model="gpt-4o").with_structured_output(Plan)
            chain = (PROMPT | planner).with_retry(stop_after_attempt=3)
            return chain.invoke({"task": task})
      `,
      'agent/extract.py': py`
        from pydantic import BaseModel
        from openai import OpenAI

        class Invoice(BaseModel):
            total: float

        def extract(text, max_attempts=3):
            for attempt in range(max_attempts):
                try:
                    return OpenAI().beta.chat.completions.parse(model="gpt-4o", messages=[text], response_format=Invoice)
                except Exception:
                    continue
      `,
      'agent/grade.py': py`
        import json
        from pydantic import BaseModel

        class Grade(BaseModel):
            relevant: bool

        def grade(llm, question):
            try:
                return llm.with_structured_output(Grade).invoke(question)
            except Exception:
                raw = llm.invoke(question)
                return Grade.model_validate_json(raw.content)
      `,
    });

    expect(locations(result).sort()).toEqual(['agent/extract.py:10', 'agent/extract.py:8', 'agent/grade.py:12', 'agent/grade.py:9', 'agent/plan.py:8', 'agent/plan.py:9']);
  });

  it("counts the LLM's reply validated against a schema inside a retry that asks the model again, a module away", async () => {
    const result = await detect(guardrails, {
      'kit/schemas.py': py`
        from pydantic import BaseModel

        class SearchArgs(BaseModel):
            query: str
            limit: int = 5

        SCHEMAS = {"search": SearchArgs}

        def check_call(call):
            return SCHEMAS[call["name"]].model_validate(call["arguments"])
      `,
      'kit/runner.py': py`
        from anthropic import Anthropic
        from kit.schemas import check_call

        class Runner:
            def ask(self, messages, max_retries=3):
                for n in range(max_retries):
                    try:
                        return self._turn(messages)
                    except ValueError as err:
                        messages.append({"role": "user", "content": f"Invalid tool call: {err}. Try again."})

            def _turn(self, messages):
                reply = Anthropic().messages.create(model="claude-3-5-sonnet", messages=messages, tools=TOOLS)
                return [check_call(block) for block in reply.content]
      `,
    });

    expect(locations(result).sort()).toEqual(['kit/runner.py:6', 'kit/schemas.py:10']);
  });

  it('is absent for structured output parsed once: a routing decision, a TypedDict, a judge, a parser with no retry', async () => {
    const result = await detect(guardrails, {
      'graph/router.py': py`
        from typing import TypedDict
        from pydantic import BaseModel
        from langchain_openai import ChatOpenAI

        class Route(BaseModel):
            node: str

        class Summary(TypedDict):
            text: str

        def route(state):
            decision = ChatOpenAI().with_structured_output(Route).invoke(state["question"])
            return {"next": decision.node}

        def summarise(state):
            return ChatOpenAI().with_structured_output(Summary).with_retry().invoke(state["docs"])
      `,
      'graph/critic.py': py`
        from pydantic import BaseModel
        from langchain_core.output_parsers import PydanticOutputParser

        class Verdict(BaseModel):
            success: bool

        parser = PydanticOutputParser(pydantic_object=Verdict)
        critic = PROMPT | llm | parser
      `,
      'graph/client.py': py`
        import time
        from openai import OpenAI

        def complete(messages, max_retries=3):
            for attempt in range(max_retries):
                try:
                    return OpenAI().chat.completions.create(model="gpt-4o", messages=messages)
                except Exception:
                    time.sleep(2 ** attempt)

        def load_settings(raw):
            return Settings.model_validate(raw)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for structured output used only by an evaluation judge, or a caught content-filter error', async () => {
    const result = await detect(guardrails, {
      'tests/evaluators.py': 'judge = ChatOpenAI().with_structured_output(Grade)\n',
      'evals/judge.py': 'judge = model.with_structured_output(Score)\n',
      'app.py': py`
        import openai
        try:
            reply = client.chat.completions.create(model="gpt-4o", messages=m)
        except openai.BadRequestError:
            reply = None
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
