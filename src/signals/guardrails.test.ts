import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { guardrails } from './guardrails.js';

describe('signals/guardrails', () => {
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

  it('counts moderation calls, guardrail libraries, PII scrubbing and a response_format model retried on failure', async () => {
    const result = await detect(guardrails, {
      'moderate.py': 'from openai import OpenAI\nclient = OpenAI()\nflagged = client.moderations.create(input=text)\n',
      'pii.py': 'from presidio_analyzer import AnalyzerEngine\nanalyzer = AnalyzerEngine()\n',
      'answer.py': py`
        from pydantic import BaseModel
        from tenacity import retry, stop_after_attempt
        class Answer(BaseModel):
            text: str

        @retry(stop=stop_after_attempt(3))
        def answer(m):
            return client.chat.completions.create(model="gpt-4o", messages=m, response_format=Answer)
      `,
    });

    expect(locations(result).sort()).toEqual(['answer.py:6', 'answer.py:8', 'moderate.py:3', 'pii.py:1', 'pii.py:2']);
  });

  it("counts the author's own moderation filter and a PII scrubber that the LLM code runs", async () => {
    const result = await detect(guardrails, {
      'bot/moderation.py': py`
        from anthropic import Anthropic

        def moderate_text(text, guidelines):
            reply = Anthropic().messages.create(model="claude-3-haiku", messages=[{"role": "user", "content": text}])
            return reply.content[0].text == "ALLOW"
      `,
      'bot/privacy.py': 'import re\n\ndef redact_pii(text):\n    return re.sub(EMAIL, "<email>", text)\n',
      'bot/chat.py': py`
        from openai import OpenAI
        from bot.privacy import redact_pii
        from bot.moderation import moderate_text
        if moderate_text(text, RULES):
            reply = OpenAI().responses.create(model="gpt-4o", input=redact_pii(text))
      `,
    });

    expect(locations(result).sort()).toEqual(['bot/chat.py:4', 'bot/chat.py:5', 'bot/moderation.py:3', 'bot/privacy.py:3']);
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

  it("counts the reply rejected by hand, and the app's own input screening and tool-call checks where the LLM code runs them", async () => {
    const result = await detect(guardrails, {
      'writer/agent.py': py`
        import dspy

        class Draft(dspy.Module):
            def __init__(self):
                self.write = dspy.Predict("topic -> title, tone")

            def forward(self, topic):
                out = self.write(topic=topic)
                if out.tone not in ("formal", "casual"):
                    raise ValueError(f"unexpected tone {out.tone!r}")
                return out
      `,
      'service/screening.py': py`
        import re

        def sanitize_user_input(text):
            text = re.sub(r"[\x00-\x1f]", " ", text)
            if len(text) > 4000:
                raise ValueError("question too long")
            return text
      `,
      'service/routes.py': py`
        from service.screening import sanitize_user_input
        from service.pipeline import answer

        def ask(question):
            return answer(sanitize_user_input(question))
      `,
      'service/pipeline.py': 'from service.graph import graph\n\ndef answer(q):\n    return graph.invoke({"q": q})\n',
      'service/graph.py': 'from service.nodes import respond\ngraph = build(respond)\n',
      'service/nodes.py': 'from openai import OpenAI\n\ndef respond(state):\n    return OpenAI().chat.completions.create(model="gpt-4o", messages=state["q"])\n',
      'tools/executor.py': py`
        import re
        from openai import OpenAI

        def _validate_tool_name(name):
            if not re.fullmatch(r"[a-z_]{1,40}", name):
                raise PermissionError(name)

        def run(messages):
            reply = OpenAI().chat.completions.create(model="gpt-4o", messages=messages, tools=TOOLS)
            for call in reply.choices[0].message.tool_calls:
                _validate_tool_name(call.function.name)
      `,
    });

    expect(locations(result).sort()).toEqual([
      'service/routes.py:5',
      'service/screening.py:3',
      'tools/executor.py:11',
      'tools/executor.py:4',
      'writer/agent.py:10',
      'writer/agent.py:8',
    ]);
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

  it('is absent for a check never called, a pydantic field validator, a module that cannot load, and an error about the call itself', async () => {
    const result = await detect(guardrails, {
      'app/prompts.py': py`
        from openai import OpenAI

        def validate_prompt(prompt, limit=4096):
            return len(prompt) < limit

        def ask(prompt):
            return OpenAI().chat.completions.create(model="gpt-4o", messages=[prompt])
      `,
      'app/schemas.py': py`
        from pydantic import BaseModel, model_validator

        class AskRequest(BaseModel):
            question: str

            @model_validator(mode="after")
            def validate_input(self):
                if not self.question:
                    raise ValueError("empty question")
                return self
      `,
      'app/guard.py': py`
        # from guardrails import Guard
        guard = Guard().use(TOXIC)

        def check_input(text):
            guard.validate(text)
      `,
      'app/api.py': py`
        from openai import OpenAI
        from app.schemas import AskRequest
        from app.guard import check_input

        def answer(req: AskRequest):
            check_input(req.question)
            if not KEY:
                raise RuntimeError("OPENAI_API_KEY is not set")
            try:
                reply = OpenAI().chat.completions.create(model="gpt-4o", messages=[req.question])
            except Exception as err:
                raise RuntimeError(f"model call failed: {reply}") from err
            return reply
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts an OpenAI Agents SDK input guardrail', async () => {
    const result = await detect(guardrails, {
      'agent.py': py`
        from agents import Agent, GuardrailFunctionOutput, input_guardrail

        @input_guardrail
        async def homework_check(ctx, agent, text):
            return GuardrailFunctionOutput(output_info=None, tripwire_triggered="homework" in text)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toContain('agent.py:1');
  });

  it('is absent for a guard-named helper no LLM code reaches, and for Llama Guard named in an error message', async () => {
    const result = await detect(guardrails, {
      'forum/views.py': 'def moderate_comment(comment):\n    comment.hidden = True\n',
      'config.py': py`
        from openai import OpenAI
        if "llama guard check input" in rails and "llama_guard_prompt" not in prompts:
            raise ValueError("You must provide a llama guard prompt template.")
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

  it('is absent when guardrails are only mentioned, and a declared library is a hint only', async () => {
    const result = await detect(guardrails, {
      'README.md': 'Outputs are validated with Guardrails AI and NeMo Guardrails.\n',
      'app.py': '# from nemoguardrails import RailsConfig\n',
      'requirements.txt': text`
        nemoguardrails==0.9.0
      `,
    });

    expect(result).toMatchObject({ present: false, strength: 'declared-only', evidence: [] });
  });
});
