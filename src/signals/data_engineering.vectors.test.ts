// data_engineering: writing embeddings into a table (a vector cache for
// search, pgvector inserts) is retrieval plumbing, not a data step; and a
// migration's schema read is never the cited runner of its SQL (real-people
// review: an INSERT into an embeddings table credited as ETL, a PRAGMA cited).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';
import { writesVectors } from './lib/data-jobs.js';

const CACHE = (table: string, columns: string) => py`
  import json
  import sqlite3

  def clean_text(text):
      return " ".join(text.split())

  def store(db_path, items):
      rows = json.load(open(items))
      db = sqlite3.connect(db_path)
      db.executemany("INSERT OR REPLACE INTO ${table} (${columns}) VALUES (?, ?, ?)", [(r["id"], clean_text(r["text"]), r["v"]) for r in rows])
      db.commit()

  def stats(db_path):
      db = sqlite3.connect(db_path)
      return db.execute("SELECT content_type, COUNT(*) FROM ${table} GROUP BY content_type").fetchall()
`;

describe('signals/data_engineering (embedding writes)', () => {
  it('tells SQL that writes embeddings from SQL that writes data', () => {
    expect(['INSERT OR REPLACE INTO embeddings (a, b) VALUES (?, ?)', 'INSERT INTO public.chunk_vectors VALUES (%s)', 'INSERT INTO docs (id, content, embedding) VALUES (%s, %s, %s)', "INSERT INTO items VALUES (1, '[1,2,3]'::vector)", 'UPDATE documents SET embedding = %s WHERE id = %s'].map(writesVectors)).toEqual([true, true, true, true, true]);
    expect(['INSERT INTO mart.daily_revenue SELECT day, SUM(x) FROM raw.orders GROUP BY day', 'INSERT INTO users (id, name) VALUES (?, ?)', 'SELECT * FROM embeddings'].map(writesVectors)).toEqual([false, false, false]);
  });

  it('finds no step in a module that caches embeddings in a table, and the same module writing documents is one', async () => {
    expect((await detect(dataEngineering, { 'utils/embeddings.py': CACHE('embeddings', 'id, text, embedding') })).present).toBe(false);
    expect((await detect(dataEngineering, { 'etl/load.py': CACHE('documents', 'id, text, body') })).present).toBe(true);
  });

  it("cites a migration's backfill at the call that runs it, not at its schema check", async () => {
    const result = await detect(dataEngineering, {
      'app/db/backfill.py': py`
        from sqlalchemy import text
        from app.db import engine

        def backfill():
            with engine.connect() as connection:
                cols = connection.execute(text("PRAGMA table_info(messages)")).fetchall()
            with engine.connect() as connection:
                connection.execute(text("""
                    INSERT INTO message_totals
                    SELECT m.thread_id, SUM(t.count) FROM messages m JOIN tokens t ON m.id = t.message_id GROUP BY m.thread_id
                """))
      `,
    });
    expect(locations(result)).not.toContain('app/db/backfill.py:6');
    expect(locations(result)).toContain('app/db/backfill.py:8');
  });
});
