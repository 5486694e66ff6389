import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { guardrails } from './guardrails.js';

describe('signals/guardrails', () => {
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

  it('counts a function named for anonymising or redacting text that the LLM code runs on its input, not a mask or one never run', async () => {
    const files = {
      'text_anonymization.py': py`
        import re

        def anonymize_text(text):
            return re.sub(r"[\\w.]+@[\\w.]+", "<email>", text)

        def build_mask(image):
            return image > 0
      `,
      'app.py': py`
        from openai import OpenAI
        from text_anonymization import anonymize_text
        reply = OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": anonymize_text(body)}])
      `,
    };
    expect(locations(await detect(guardrails, files)).sort()).toEqual(['app.py:3', 'text_anonymization.py:3']);
    // The same scrubber in a project whose LLM code never runs it, and a README that only names it: nothing.
    const unused = await detect(guardrails, {
      'text_anonymization.py': files['text_anonymization.py'],
      'app.py': 'from openai import OpenAI\nreply = OpenAI().chat.completions.create(model="gpt-4o", messages=m)\n',
      'README.md': 'We anonymize_text() every e-mail before GPT sees it.\n',
    });
    expect(unused.evidence).toEqual([]);
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
