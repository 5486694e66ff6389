import { describe, expect, it } from 'vitest';
import { databricksSource } from './databricks-source.js';

describe('parse/databricks-source', () => {
  it('writes each statement of a %sql cell as a spark.sql call on its own lines, escaping quotes', () => {
    const src = ['# Databricks notebook source', '# MAGIC %sql', '# MAGIC SELECT "a\\b" FROM t;', '# MAGIC', '# MAGIC SELECT 2', '', '# COMMAND ----------', 'x = 1'].join('\n');
    expect(databricksSource(src).split('\n')).toEqual([
      '# Databricks notebook source',
      '',
      'spark.sql("""SELECT \\"a\\\\b\\" FROM t;""")',
      '',
      'spark.sql("""SELECT 2""")',
      '',
      '# COMMAND ----------',
      'x = 1',
    ]);
  });

  it('leaves other cells, and files without the Databricks header, unchanged', () => {
    const md = '# Databricks notebook source\n# MAGIC %md\n# MAGIC SELECT 1\n# COMMAND ----------\n# MAGIC %sh\n# MAGIC ls\n';
    expect(databricksSource(md)).toBe(md);
    const plain = '# MAGIC %sql\n# MAGIC SELECT 1\n';
    expect(databricksSource(plain)).toBe(plain);
  });
});
