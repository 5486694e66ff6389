import { describe, expect, it } from 'vitest';
import { parseSql } from './sql.js';

describe('parse/sql (vectors)', () => {
  it('reads vector columns, indexes and the extension, and distance searches, a stored function included', () => {
    const facts = parseSql(
      [
        'CREATE EXTENSION IF NOT EXISTS vector;',
        'CREATE TABLE items (id int, embedding vector(3));',
        'CREATE INDEX ON items USING hnsw (embedding vector_cosine_ops);',
        'CREATE FUNCTION nearest(q vector(3)) RETURNS SETOF items LANGUAGE sql AS $$ SELECT * FROM items ORDER BY embedding <=> q LIMIT 5 $$;',
        'SELECT id FROM items WHERE id = 1;',
      ].join('\n'),
      'schema.sql',
    );

    expect(facts.sql?.map((s) => [s.line, s.kind])).toEqual([
      [1, 'vector-store'],
      [2, 'vector-store'],
      [3, 'vector-store'],
      [4, 'vector-search'],
    ]);
  });
});
