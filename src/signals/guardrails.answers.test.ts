// The app's own post-checks of its LLM's answers: hallucination, grounding,
// citation and safety checks the serving code runs, a judge whose verdict
// rewrites the reply, and cited ids looked up among the retrieved chunks.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { guardrails } from './guardrails.js';

describe('signals/guardrails: post-checks of the answer', () => {
  it('counts a regex hallucination check a service runs on each answer, and a grounding check in the graph', async () => {
    const result = await detect(guardrails, {
      'vetbot/checks/figures.py': py`
        import re

        PERCENT = re.compile(r"\d+(\.\d+)?\s*%")

        def detect_hallucinated_figures(answer, facts):
            found = PERCENT.findall(answer)
            return [f for f in found if f not in facts]
      `,
      'vetbot/service.py': py`
        from vetbot.llm import ask
        from vetbot.checks.figures import detect_hallucinated_figures

        def reply(question, facts):
            answer = ask(question)
            if detect_hallucinated_figures(answer, facts):
                answer += "\n(Some figures could not be verified.)"
            return answer
      `,
      'vetbot/llm.py': py`
        from openai import OpenAI

        def ask(question):
            out = OpenAI().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}])
            return out.choices[0].message.content
      `,
      'graph/nodes.py': py`
        from langchain_openai import ChatOpenAI

        def is_grounded(answer, passages):
            words = set(answer.lower().split())
            return any(len(words & set(p.lower().split())) > 5 for p in passages)

        def generate(state):
            answer = ChatOpenAI().invoke(state["prompt"]).content
            return {"answer": answer, "grounded": is_grounded(answer, state["passages"])}
      `,
    });

    expect(locations(result).sort()).toEqual(['graph/nodes.py:3', 'graph/nodes.py:9', 'vetbot/checks/figures.py:5', 'vetbot/service.py:6']);
  });

  it('counts citation validation, a checker class the pipeline builds, and a self-RAG grader wired into the graph', async () => {
    const result = await detect(guardrails, {
      'rag/answer.py': py`
        from anthropic import Anthropic
        from rag.verify import AnswerVerifier

        def validate_citations(text, allowed):
            return [c for c in allowed if f"[{c}]" in text]

        def answer(question, docs):
            msg = Anthropic().messages.create(model="claude-3-5-haiku", max_tokens=800, messages=[{"role": "user", "content": question}])
            text = msg.content[0].text
            cited = validate_citations(text, [d.id for d in docs])
            return AnswerVerifier(docs).review(text, cited)
      `,
      'rag/verify.py': py`
        class AnswerVerifier:
            def __init__(self, docs):
                self.docs = docs

            def review(self, text, cited):
                return text if cited else "I could not find this in the documents."
      `,
      'selfrag/graph.py': py`
        from langgraph.graph import StateGraph
        from langchain_ollama import ChatOllama

        llm = ChatOllama(model="llama3.1")

        def grade_generation_against_docs(state):
            verdict = llm.invoke(f"Is this supported? {state['generation']}").content
            return "useful" if "yes" in verdict.lower() else "not supported"

        flow = StateGraph(dict)
        flow.add_conditional_edges("generate", grade_generation_against_docs, {"useful": "end", "not supported": "generate"})
      `,
    });

    expect(locations(result).sort()).toEqual(['rag/answer.py:10', 'rag/answer.py:11', 'rag/answer.py:4', 'rag/answer.py:8', 'rag/verify.py:1', 'selfrag/graph.py:6']);
  });

  it("counts an LLM judge whose verdict rewrites the user's reply", async () => {
    const result = await detect(guardrails, {
      'coach/judge.py': py`
        import json

        async def judge_reply(client, question, reply):
            raw = await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question + reply}])
            scores = json.loads(raw.choices[0].message.content)
            return scores["safety"] >= 4
      `,
      'coach/bot.py': py`
        from openai import AsyncOpenAI
        from coach.judge import judge_reply

        client = AsyncOpenAI()

        async def respond(question):
            out = await client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])
            reply = out.choices[0].message.content
            safe = await judge_reply(client, question, reply)
            reply = with_caution(reply, safe)
            return reply
      `,
    });

    expect(locations(result).sort()).toEqual(['coach/bot.py:10', 'coach/bot.py:9', 'coach/judge.py:3']);
  });

  it("counts the answer's cited ids looked up among the retrieved chunks", async () => {
    const result = await detect(guardrails, {
      'docs_qa/citations.py': py`
        import re

        MARK = re.compile(r"\[doc:(?P<id>\w+)\]")

        def resolve_citations(answer, chunks):
            by_id = {c.id: c for c in chunks}
            kept = []
            for m in MARK.finditer(answer):
                cid = m.group("id")
                chunk = by_id.get(cid)
                if chunk is not None:
                    kept.append(chunk)
            return kept
      `,
      'docs_qa/chain.py': py`
        from groq import Groq
        from docs_qa.citations import resolve_citations

        def ask(question, chunks):
            out = Groq().chat.completions.create(model="llama-3.1-8b-instant", messages=[{"role": "user", "content": question}])
            text = out.choices[0].message.content
            return text, resolve_citations(text, chunks)
      `,
    });

    expect(locations(result).sort()).toEqual(['docs_qa/chain.py:7', 'docs_qa/citations.py:10', 'docs_qa/citations.py:5']);
  });

  it('is absent for a check never called, one only an evaluation runs, and a judge whose verdict is only recorded', async () => {
    const result = await detect(guardrails, {
      'app/llm.py': py`
        from openai import OpenAI

        def check_hallucination(answer, context):
            return all(s in context for s in answer.split("."))

        def check_faithfulness(answer, context):
            return sum(w in context for w in answer.split()) / max(len(answer.split()), 1) > 0.5

        def ask(question):
            return OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])
      `,
      'scripts/quality.py': py`
        import logging
        from app.llm import ask, check_faithfulness
        from app.judge import judge_answer

        def evaluate_answers(rows):
            results = []
            for row in rows:
                answer = ask(row["question"])
                logging.info("answer: %s", answer)
                results.append(check_faithfulness(answer, row["context"]))
            return results

        def nightly(rows):
            scores = []
            for row in rows:
                answer = ask(row["question"])
                verdict = judge_answer(row["question"], answer)
                scores.append(verdict)
            return scores
      `,
      'app/judge.py': py`
        from openai import OpenAI

        def judge_answer(question, answer):
            raw = OpenAI().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question + answer}])
            return float(raw.choices[0].message.content)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for citation formatting, evaluation-named metrics and words that only contain the names', async () => {
    const result = await detect(guardrails, {
      'bot/format.py': py`
        import re
        from openai import OpenAI

        def format_citations(answer, docs):
            numbers = re.findall(r"\[(\d+)\]", answer)
            return answer + "\n" + "\n".join(f"[{i + 1}] {d.title}" for i, d in enumerate(docs))

        def hallucination_rate(flags):
            return sum(flags) / len(flags)

        def compute_groundedness(answer, docs):
            return len(answer) / (1 + sum(len(d.text) for d in docs))

        def check_background(image):
            return image.mode == "RGB"

        def answer(question, docs):
            text = OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}]).choices[0].message.content
            print(hallucination_rate([1, 0]), compute_groundedness(text, docs), check_background(docs[0]))
            return format_citations(text, docs)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
