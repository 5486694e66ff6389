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

  it('counts moderation calls, guardrail libraries, PII scrubbing and response_format models', async () => {
    const result = await detect(guardrails, {
      'moderate.py': 'from openai import OpenAI\nclient = OpenAI()\nflagged = client.moderations.create(input=text)\n',
      'pii.py': 'from presidio_analyzer import AnalyzerEngine\nanalyzer = AnalyzerEngine()\n',
      'answer.py': py`
        from pydantic import BaseModel
        class Answer(BaseModel):
            text: str
        reply = client.chat.completions.create(model="gpt-4o", messages=m, response_format=Answer)
      `,
    });

    expect(locations(result).sort()).toEqual(['answer.py:4', 'moderate.py:3', 'pii.py:1', 'pii.py:2']);
  });

  it("counts the author's own moderation filter and a PII scrubber that the LLM code imports", async () => {
    const result = await detect(guardrails, {
      'bot/moderation.py': py`
        from anthropic import Anthropic

        def moderate_text(text, guidelines):
            reply = Anthropic().messages.create(model="claude-3-haiku", messages=[{"role": "user", "content": text}])
            return reply.content[0].text == "ALLOW"
      `,
      'bot/privacy.py': 'import re\n\ndef redact_pii(text):\n    return re.sub(EMAIL, "<email>", text)\n',
      'bot/chat.py': 'from openai import OpenAI\nfrom bot.privacy import redact_pii\nreply = OpenAI().responses.create(model="gpt-4o", input=redact_pii(text))\n',
    });

    expect(locations(result).sort()).toEqual(['bot/moderation.py:3', 'bot/privacy.py:3']);
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
