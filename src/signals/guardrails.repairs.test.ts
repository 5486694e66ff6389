// Held-out review (issue 15, slices R and AV): the model's answer cut to a
// word limit (`answer = truncate_words(answer, req.max_words)`) and foreign
// words replaced by regex in the assistant's reply (`text =
// _sanitize_ptbr(text)`) before the application uses it were missed: no
// function was named for a check the rule knew. Found by what the reply is
// handed to (lib/llm-reply-checks.ts), with the repair's value kept.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { guardrails } from './guardrails.js';

describe('signals/guardrails: the reply sanitised or truncated where it is asked for', () => {
  it("counts the reply handed to the project's own truncating or sanitising function, its value kept", async () => {
    const result = await detect(guardrails, {
      'app.py': py`
        import re
        from openai import OpenAI

        client = OpenAI()

        def truncate_words(text, max_words):
            words = text.split()
            return " ".join(words[:max_words])

        def _sanitize_ptbr(text):
            return re.sub(r"\\bfeedback\\b", "retorno", text, flags=re.IGNORECASE)

        def ask(question, max_words):
            completion = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}])
            answer = completion.choices[0].message.content
            answer = truncate_words(answer, max_words)
            return {"answer": answer}

        def speak(question):
            reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}])
            return _sanitize_ptbr(reply)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['app.py:14', 'app.py:16', 'app.py:6', 'app.py:20', 'app.py:21', 'app.py:10']));
  });

  it('is absent for a format clean-up, a truncation only logged, a library shortener, the input truncated, a stub, evaluation code and a README', async () => {
    const result = await detect(guardrails, {
      'bot.py': py`
        import logging
        import textwrap
        from openai import OpenAI

        client = OpenAI()
        log = logging.getLogger(__name__)

        def sanitize_json_reply(text):
            return text.strip().removeprefix("\`\`\`json").removesuffix("\`\`\`")

        def truncate(text, n=80):
            return text[:n]

        def sanitize_answer_stub(text):
            ...

        def extract(question):
            raw = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])
            data = sanitize_json_reply(raw)
            log.info(truncate(raw))
            short = textwrap.shorten(raw, 100)
            other = sanitize_answer_stub(raw)
            return data, short, other

        def chat(question):
            question = truncate(question)
            return client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])
      `,
      'evals/run.py': py`
        from openai import OpenAI

        def truncate_output(text):
            return text[:100]

        def evaluate_answers(cases):
            for case in cases:
                out = OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": case}])
                out = truncate_output(out)
      `,
      'README.md': 'Answers are truncated to max_words and sanitised before they are returned.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
