import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { MAX_SQL_CHARS, parseSql } from './sql.js';

describe('parse/sql', () => {
  it('gives the statements that write transformed data, at the line each starts on', () => {
    const script = text`
      -- daily revenue; a comment with a ; in it
      CREATE TABLE daily AS
      SELECT day, SUM(amount) AS revenue
      FROM orders o JOIN customers c ON o.customer_id = c.id
      GROUP BY day;

      /* upsert
         the latest snapshot */
      MERGE INTO dim_customer t USING staging s ON t.id = s.id
      WHEN MATCHED THEN UPDATE SET name = s.name;
      INSERT INTO summary SELECT region, COUNT(*) FROM sales GROUP BY region;
    `;

    const { sql } = parseSql(script, 'sql/daily.sql');

    expect(sql?.map(({ kind, line }) => ({ kind, line }))).toEqual([
      { kind: 'create-as', line: 2 },
      { kind: 'merge', line: 9 },
      { kind: 'insert-select', line: 11 },
    ]);
    expect(sql?.[0].text).toMatch(/^CREATE TABLE daily AS SELECT day, SUM\(amount\)/);
  });

  it('gives nothing for schema DDL, value dumps, lone queries and strings that look like SQL', () => {
    const script = text`
      CREATE TABLE users (id INT PRIMARY KEY, name TEXT);
      INSERT INTO users VALUES (1, 'a; GROUP BY b'), (2, 'c');
      SELECT name, COUNT(*) FROM users GROUP BY name;
      CREATE VIEW active AS SELECT * FROM users WHERE active;
    `;

    expect(parseSql(script, 'schema.sql')).toEqual({});
  });

  it('reads UPDATE ... FROM (a join by nature), and scripts without semicolons statement by statement', () => {
    const script = text`
      create index game_date_ix on game (game_date)
      create index play_ix on game_play (game_id)

      -- Populate pitch count
      update game_play
      set pitch_count = sq.n
      from (select play_id, count(*) n from pitch group by play_id) sq
      where game_play.id = sq.play_id
      insert into totals
      select team, sum(runs) from game_play group by team
      MERGE INTO dim t USING stage s ON t.id = s.id WHEN MATCHED THEN
      UPDATE SET name = s.name
    `;

    const { sql } = parseSql(script, 'sql/post.sql');

    expect(sql?.map(({ kind, line }) => ({ kind, line }))).toEqual([
      { kind: 'update-from', line: 5 },
      { kind: 'insert-select', line: 9 },
      { kind: 'merge', line: 11 },
    ]);
    expect(parseSql('update t set a = 1 where b is null;\nupdate t set a = 2 where b = 3\ndelete from t where a is null\n', 'fix.sql')).toEqual({});
    // A subquery after WHERE only picks the rows an UPDATE flags: a record update, not a transformation.
    expect(parseSql("update orders set status = 'late' where id in (select order_id from shipments where days > 3);", 'flag.sql')).toEqual({});
  });

  it('never throws on odd input, and skips files too large to be scripts', () => {
    expect(parseSql("'unterminated; /* and -- ", 'x.sql')).toEqual({});
    expect(parseSql(';;;', 'x.sql')).toEqual({});
    expect(parseSql(`INSERT INTO t SELECT a FROM b JOIN c ON 1=1;${' '.repeat(MAX_SQL_CHARS)}`, 'dump.sql')).toEqual({});
  });
});
