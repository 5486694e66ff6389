// Issue 15, rag: framework index classes and query engines, and vector
// search done by the database (a pgvector SQL query, a stored function).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { rag } from './rag.js';

const LLM = 'from openai import OpenAI\n\ndef answer(question, context):\n    return OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": context + question}])\n';

describe('signals/rag (framework indexes and the database)', () => {
  it('counts a pgvector distance query written in the code, with the table it creates', async () => {
    const result = await detect(rag, {
      'db.py': py`
        def setup(cur):
            cur.execute("CREATE TABLE chunks (id serial, body text, embedding vector(384))")

        def nearest(cur, q):
            cur.execute("SELECT body FROM chunks ORDER BY embedding <=> %s LIMIT 5", (q,))
            return cur.fetchall()
      `,
      'llm.py': LLM,
    });

    expect(locations(result)).toEqual(['db.py:2', 'db.py:5', 'llm.py:1']);
  });

  it('counts a pgvector distance query written as an f-string', async () => {
    const result = await detect(rag, {
      'db.py': py`
        def nearest(cur, vec, k):
            cur.execute(f"SELECT body FROM chunks ORDER BY embedding <=> '{vec}' LIMIT {k}")
            return cur.fetchall()
      `,
      'llm.py': LLM,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toContain('db.py:2');
  });

  it('counts a pgvector distance query held in a constant the cursor runs, cited once at the call (held-out K)', async () => {
    const result = await detect(rag, {
      'search.py': py`
        def search_vectors(conn, vec):
            with conn.cursor() as cur:
                sql_query = """
                    SELECT body, (embedding <=> %s::vector) AS d
                    FROM chunks ORDER BY d ASC LIMIT 5
                """
                cur.execute(sql_query, (vec,))
                return cur.fetchall()
      `,
      'llm.py': LLM,
    });

    expect(locations(result)).toEqual(['search.py:7', 'llm.py:1']);
  });

  it('does not read a distance query the cursor is not certainly given (the name bound twice), nor one only printed or measured', async () => {
    const result = await detect(rag, {
      'search.py': py`
        def search(cur, vec, fast):
            sql = "SELECT body FROM chunks ORDER BY embedding <=> %s LIMIT 5"
            if fast:
                sql = "SELECT body FROM cache WHERE key = %s"
            cur.execute(sql, (vec,))

        NEAREST = "SELECT body FROM chunks ORDER BY embedding <-> %s LIMIT 5"
        print(len(NEAREST))
      `,
      'llm.py': LLM,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts a stored function that searches vectors, where the code calls it', async () => {
    const result = await detect(rag, {
      'supabase/migrations/001_match.sql': [
        'create extension if not exists vector;',
        'create table documents (id bigserial primary key, content text, embedding vector(1536));',
        'create or replace function match_documents(query_embedding vector(1536), match_count int)',
        'returns table (id bigint, content text) language sql as $$',
        '  select id, content from documents order by documents.embedding <=> query_embedding limit match_count;',
        '$$;',
      ].join('\n'),
      'search.py': 'def search(client, q):\n    return client.rpc("match_documents", {"query_embedding": q, "match_count": 5}).execute()\n',
      'llm.py': LLM,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toContain('search.py:2');
    expect(locations(result)).toContain('supabase/migrations/001_match.sql:3');
  });

  it('counts a LlamaIndex index of the older API and its query engine', async () => {
    const result = await detect(rag, {
      'index.py': py`
        from llama_index import GPTVectorStoreIndex, SimpleDirectoryReader
        from llama_index.core.query_engine import RetrieverQueryEngine

        index = GPTVectorStoreIndex.from_documents(SimpleDirectoryReader("docs").load_data())
        engine = RetrieverQueryEngine.from_args(index.as_retriever())
      `,
      'llm.py': LLM,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toContain('index.py:4');
  });

  it('is absent for a regex holding <=>, a stored function nothing calls, a vector column never searched, and mentions', async () => {
    const result = await detect(rag, {
      'clean.py': 'import re\n\ndef tidy(t):\n    return re.sub(r"[<=>]", " ", t)\n',
      'schema.sql': 'create table docs (embedding vector(3));\ncreate function unused(q vector(3)) returns setof docs language sql as $$ select * from docs order by embedding <=> q $$;\n',
      'README.md': 'Rows are ranked with `ORDER BY embedding <=> $1` and `rpc("match_documents")`.\n',
      'llm.py': LLM,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
