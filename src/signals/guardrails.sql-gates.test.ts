// Held-out review (slices K and AL): SQL the model wrote, rejected unless it
// is a SELECT before it runs, was missed when the check was a guard clause
// rather than a function named for it: `execute_sql(generated_sql)` testing
// its parameter with `startswith("select")` before `conn.execute`, and an MCP
// tool `query_database(query)` that returns a refusal for anything else.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { guardrails } from './guardrails.js';

/** A LangChain model the app asks for SQL. */
const LLM = py`
  from langchain_openai import ChatOpenAI

  llm = ChatOpenAI(model="gpt-4o-mini")

  def generate_sql(question):
      return llm.invoke(f"Write one SQL query for: {question}").content
`;

describe('signals/guardrails: SQL the model wrote kept to reading', () => {
  it("counts the reply tested in the asking function, and a function's parameter handed the reply", async () => {
    const result = await detect(guardrails, {
      'app/llm.py': LLM,
      'app/db.py': py`
        from sqlalchemy import create_engine, text

        engine = create_engine("sqlite:///shop.db")

        def execute_sql(sql_query):
            with engine.connect() as conn:
                if not sql_query.strip().lower().startswith("select"):
                    return "Only SELECT statements are allowed."
                return conn.execute(text(sql_query)).fetchall()
      `,
      'app/chat.py': py`
        from app.db import execute_sql
        from app.llm import generate_sql

        def answer(question):
            sql = generate_sql(question)
            return execute_sql(sql)
      `,
      'app/direct.py': py`
        import re
        from langchain_core.output_parsers import StrOutputParser
        from langchain_openai import ChatOpenAI

        chain = ChatOpenAI(model="gpt-4o") | StrOutputParser()

        def answer_direct(question):
            sql = chain.invoke(question)
            if re.search(r"(?i)drop|delete|update|insert", sql):
                raise ValueError("refused")
            return sql
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['app/db.py:7', 'app/chat.py:6', 'app/direct.py:8', 'app/direct.py:9']));
  });

  it("counts a tool's parameter tested before the query runs (an MCP server beside the app's model)", async () => {
    const result = await detect(guardrails, {
      'client.py': LLM,
      'servers/sql.py': py`
        from fastmcp import FastMCP
        from sqlalchemy import text
        from db import get_session

        mcp = FastMCP("SQL")

        @mcp.tool(name="query_database", description="Run SELECT queries.")
        def query_database(query: str) -> list:
            if not query.strip().lower().startswith("select"):
                return ["Only SELECT queries allowed."]
            return get_session().execute(text(query)).all()
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['servers/sql.py:7', 'servers/sql.py:9']));
  });

  it('does not count a README or comments that promise read-only SQL', async () => {
    const result = await detect(guardrails, {
      'README.md': text`
        # SQL bot
        Only SELECT statements produced by the model are executed: we check startswith("select").
      `,
      'app/llm.py': LLM,
      'app/run.py': py`
        from app.llm import generate_sql

        def run(cur, question):
            sql = generate_sql(question)
            # if not sql.lower().startswith("select"): return
            cur.execute(sql)
      `,
    });

    expect(result.present).toBe(false);
  });

  it("does not count SQL the user or the code wrote, a SELECT test that only chooses how to fetch the model's query, nor an intent routed by its first word", async () => {
    const result = await detect(guardrails, {
      'app/llm.py': LLM,
      'app/api.py': py`
        from fastapi import FastAPI
        import sqlite3

        app = FastAPI()

        @app.post("/sql")
        def run_sql(sql: str):
            if not sql.strip().lower().startswith("select"):
                return {"error": "read only"}
            return sqlite3.connect("x.db").execute(sql).fetchall()
      `,
      'app/db.py': py`
        import sqlite3

        def run_query(query):
            cur = sqlite3.connect("x.db").cursor()
            cur.execute(query)
            if query.strip().upper().startswith("SELECT"):
                return cur.fetchall()
            return None

        def report():
            sql = "SELECT name FROM users"
            if not sql.startswith("SELECT"):
                return None
            return run_query(sql)
      `,
      'app/chat.py': py`
        from app.db import run_query
        from app.llm import generate_sql

        def answer(question):
            sql = generate_sql(question)
            return run_query(sql)

        def route(question):
            action = generate_sql(question)
            if action.lower().startswith("delete"):
                return delete_item(question)
            return run_query(action)
      `,
    });

    expect(result.present).toBe(false);
  });
});
