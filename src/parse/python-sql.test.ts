// SQL held in Python strings (data_engineering's SQL-in-Python jobs): the
// statements that write transformed data, at their writing keyword's line,
// whether in a variable, an f-string or a call; not schemas, lookups or
// single-row inserts.
import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

describe('parse/python SQL literals', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('records INSERT ... SELECT with GROUP BY, CTAS, MERGE and UPDATE ... FROM, at the keyword line', () => {
    const facts = parsePython(py`
      DAILY = """
          INSERT INTO daily
          SELECT day, SUM(fare) FROM trips GROUP BY day
      """
      spark.sql(f"CREATE OR REPLACE TABLE {db}.users AS SELECT u.id, COUNT(*) AS n FROM users u JOIN events e ON e.uid = u.id GROUP BY u.id")
      MERGE = "MERGE INTO dim_users t USING staging s ON t.id = s.id WHEN MATCHED THEN UPDATE SET name = s.name"
      FIX = "UPDATE orders SET region = c.region FROM customers c WHERE orders.cid = c.id"
    `);

    expect(facts.sql?.map((s) => [s.line, s.text.slice(0, 30)])).toEqual([
      [2, 'INSERT INTO daily SELECT day, '],
      [5, 'CREATE OR REPLACE TABLE {db}.u'],
      [6, 'MERGE INTO dim_users t USING s'],
      [7, 'UPDATE orders SET region = c.r'],
    ]);
  });

  it('records nothing for a schema, a lookup, a single-row insert or an INSERT ... SELECT that copies unchanged', () => {
    const facts = parsePython(py`
      SCHEMA = "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"
      cur.execute("SELECT name FROM users WHERE id = %s", (uid,))
      cur.execute("INSERT INTO users (name) VALUES (%s)", (name,))
      COPY = "INSERT INTO archive SELECT * FROM events WHERE day < '2020-01-01'"
      print("Please update the settings from the menu and create a table as needed")
    `);

    expect(facts.sql).toBeUndefined();
  });

  it('records an UPDATE whose value comes from a subquery, not one whose subquery only picks the rows to flag', () => {
    const facts = parsePython(py`
      FLAG = """
          UPDATE signals SET routed_to = $1, status = 'auto_routed', updated_at = NOW()
          WHERE id IN (SELECT signal_id FROM cluster_signals WHERE cluster_id = $2)
      """
      TOTAL = "UPDATE customers SET total = (SELECT SUM(amount) FROM orders WHERE orders.cid = customers.id)"
    `);

    expect(facts.sql?.map((s) => [s.line, s.text.slice(0, 30)])).toEqual([[5, 'UPDATE customers SET total = (']]);
  });
});
