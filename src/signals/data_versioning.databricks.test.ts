// Delta Lake / Iceberg time travel written as SQL (held-out slice CP): in a
// `%sql` cell of a Databricks notebook exported as source (`.py`), which
// Databricks runs as `spark.sql` would, and in `.sql` scripts. Not: the same
// words in a Markdown cell, a comment, a plain Python file's comment, a `.sql`
// file that only writes a Delta table, or a SQL script under tests/.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { text } from '../../test/helpers/text.js';
import { dataVersioning } from './data_versioning.js';

const NOTEBOOK = text`
  # Databricks notebook source
  # MAGIC %md
  # MAGIC ### Time travel: SELECT * FROM loans VERSION AS OF 1

  # COMMAND ----------

  df = spark.read.format("delta").load("/lake/loans")

  # COMMAND ----------

  # MAGIC %sql
  # MAGIC DESCRIBE HISTORY loans;
  # MAGIC SELECT * FROM loans
  # MAGIC   VERSION AS OF 3

  # COMMAND ----------

  # MAGIC %sql
  # MAGIC SELECT * FROM loans TIMESTAMP AS OF '2024-01-01 00:00:00'
`;

describe('signals/data_versioning on SQL time travel', () => {
  it('counts time travel in the %sql cells of a Databricks source notebook, at the statement', async () => {
    const result = await detect(dataVersioning, { 'notebooks/Delta demo.py': NOTEBOOK });

    expect(locations(result)).toEqual(['notebooks/Delta demo.py:13', 'notebooks/Delta demo.py:19']);
    expect(result.evidence[0]).toMatchObject({ tool: 'delta-lake' });
  });

  it('counts time travel in a .sql script, read or restore', async () => {
    const result = await detect(dataVersioning, {
      'sql/audit.sql': text`
        CREATE TABLE events USING DELTA AS SELECT * FROM raw_events;
        SELECT count(*) FROM events TIMESTAMP AS OF '2024-01-01';
        RESTORE TABLE events TO VERSION AS OF 2;
      `,
    });

    expect(locations(result)).toEqual(['sql/audit.sql:2', 'sql/audit.sql:3']);
  });

  it('is absent for mentions: a Markdown cell, comments in a plain Python file, a README, a test script', async () => {
    const result = await detect(dataVersioning, {
      'notebooks/intro.py': text`
        # Databricks notebook source
        # MAGIC %md
        # MAGIC Delta keeps history: SELECT * FROM t VERSION AS OF 0
      `,
      'plain.py': '# MAGIC %sql\n# MAGIC SELECT * FROM t VERSION AS OF 0\nprint("ok")\n',
      'README.md': 'Query an old version with `SELECT * FROM t VERSION AS OF 0`.\n',
      'tests/time_travel.sql': 'SELECT * FROM t VERSION AS OF 0;\n',
    });

    expect(result.present).toBe(false);
    expect(result.evidence).toEqual([]);
  });

  it('is absent for Delta tables only written or read at their latest version (near miss)', async () => {
    const result = await detect(dataVersioning, {
      'etl.sql': 'CREATE TABLE gold USING DELTA AS SELECT state, count(*) FROM silver GROUP BY state;\nSELECT * FROM gold;\n',
      'nb.py': text`
        # Databricks notebook source
        # MAGIC %sql
        # MAGIC DESCRIBE HISTORY gold
      `,
    });

    expect(result.present).toBe(false);
  });
});
