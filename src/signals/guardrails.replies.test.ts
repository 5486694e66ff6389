// Held-out review (issue 15, slices AS and AT): the model's own output checked
// by hand before it is used was missed when no function was named for the
// check the rule knew: the generated SQL handed to `parse_valid` and
// `is_select_only` (sqlglot) and run only when it is a single SELECT; the
// LLM's JSON output with keys outside an allow-list and locked fields dropped
// in the loop that reads it. Both are found by what the reply is given to, in
// the function that asks the model.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { guardrails } from './guardrails.js';

describe('signals/guardrails: the reply checked where it is asked for', () => {
  it("counts the reply handed to the project's own validity predicates, through the app's own generator", async () => {
    const result = await detect(guardrails, {
      'sqlbot/generator.py': py`
        from transformers import AutoModelForCausalLM, AutoTokenizer

        class SqlGenerator:
            def generate_sql(self, schema, question):
                tok = AutoTokenizer.from_pretrained("Qwen/Qwen2.5-1.5B-Instruct")
                model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2.5-1.5B-Instruct")
                out = model.generate(**tok(question, return_tensors="pt"))
                return tok.decode(out[0])
      `,
      'sqlbot/sql_validation.py': py`
        import sqlglot
        from sqlglot import exp

        def parse_valid(sql):
            try:
                return bool(sqlglot.parse(sql, read="sqlite"))
            except Exception:
                return False

        def is_select_only(sql):
            expressions = sqlglot.parse(sql, read="sqlite")
            return len(expressions) == 1 and isinstance(expressions[0], exp.Select)
      `,
      'sqlbot/app.py': py`
        from fastapi import FastAPI
        from sqlbot.generator import SqlGenerator
        from sqlbot.sql_validation import is_select_only, parse_valid

        app = FastAPI()
        generator = SqlGenerator()

        @app.post("/generate-sql")
        def generate_sql(schema: str, question: str):
            sql = generator.generate_sql(schema, question).strip()
            valid = parse_valid(sql)
            if valid and is_select_only(sql):
                return {"sql": sql}
            return {"error": "generated SQL is not a read-only SELECT query"}
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['sqlbot/app.py:10', 'sqlbot/app.py:11', 'sqlbot/sql_validation.py:4']));
  });

  it("counts the reply's keys kept to an allow-list, in a loop or a comprehension", async () => {
    const result = await detect(guardrails, {
      'chatbot/extractor.py': py`
        import json
        import requests

        LOCKED = {"NAME", "host name"}

        def _ollama(prompt):
            r = requests.post("http://localhost:11434/api/generate", json={"model": "llama3", "prompt": prompt, "stream": False})
            return r.json()["response"]

        def _extract_json(text):
            return json.loads(text[text.index("{"):])

        def extract(user_text, allowed):
            raw = _ollama(f"Extract features from: {user_text}")
            extracted = _extract_json(raw)
            clean = {}
            for k, v in extracted.items():
                if k not in allowed:
                    continue
                if k in LOCKED:
                    continue
                clean[k] = v
            return clean
      `,
      'tagger.py': py`
        import json
        from openai import OpenAI

        VALID_TAGS = {"billing", "bug", "feature"}

        def tag(ticket):
            reply = OpenAI().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": ticket}])
            return [t for t in json.loads(reply.choices[0].message.content)["tags"] if t in VALID_TAGS]
      `,
    });

    expect(locations(result).sort()).toEqual(['chatbot/extractor.py:14', 'chatbot/extractor.py:18', 'tagger.py:7', 'tagger.py:8']);
  });

  it('is absent for a reply parsed with no check, a routing predicate, a discarded verdict, checks in evaluation code, filters of retrieved documents, and a parse that asks no model', async () => {
    const result = await detect(guardrails, {
      'graph.py': py`
        from typing import TypedDict
        from langchain_openai import ChatOpenAI

        class Route(TypedDict):
            next: str

        def route(state):
            decision = ChatOpenAI().with_structured_output(Route).invoke(state["messages"])
            return decision["next"]

        def has_tool_calls(message):
            return bool(message.tool_calls)

        def agent(state, tools_by_name):
            reply = ChatOpenAI().bind_tools(list(tools_by_name.values())).invoke(state["messages"])
            if has_tool_calls(reply):
                return {"messages": [reply], "next": "tools"}
            check_reply_format(reply)
            return {"messages": [reply]}

        def check_reply_format(reply):
            return bool(reply.content)
      `,
      'rag.py': py`
        from openai import OpenAI, BadRequestError

        def answer(question, docs, seen):
            context = [d for d in docs if d.id in seen]
            try:
                out = OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question + str(context)}])
            except BadRequestError:
                return "Your request was blocked by the content filter."
            return out.choices[0].message.content
      `,
      'evals/score.py': py`
        from openai import OpenAI

        def is_valid_sql(sql):
            return sql.lower().startswith("select")

        def evaluate_generation(cases):
            for case in cases:
                sql = OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": case}])
                print(is_valid_sql(sql))
      `,
      'sql_app.py': py`
        from openai import OpenAI

        def run(question):
            sql = OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])
            # if not is_select_only(sql): raise ValueError("only SELECT")
            return sql
      `,
      'tools/refactor.py': py`
        import ast

        def _validate_roundtrip(tree, source):
            return ast.unparse(tree) == source

        def rewrite(source):
            tree = ast.parse(source)
            ok = _validate_roundtrip(tree, source)
            return ok
      `,
      'README.md': 'Generated SQL is parsed and rejected unless it is a single SELECT; keys outside the allow-list are dropped.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
