import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

describe('parse/python-chains', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('records the chain a method on an expression is called on, calls as () and subscripts as []', () => {
    const facts = parsePython(py`
      import pandas as pd
      out.select("a").coalesce(1).write.mode("overwrite").csv(path)
      pd.read_csv(p)[cols].groupby("k").sum()
      (frame.dropna()).to_parquet(q)
      "{}".format(x).strip()
    `);

    expect(facts.calls.map((c) => [c.name, c.receiver])).toEqual([
      ['?.csv', 'out.select().coalesce().write.mode()'],
      ['?.mode', 'out.select().coalesce().write'],
      ['?.coalesce', 'out.select()'],
      ['out.select', undefined],
      ['?.sum', 'pandas.read_csv()[].groupby()'],
      ['?.groupby', 'pandas.read_csv()[]'],
      ['pandas.read_csv', undefined],
      ['?.to_parquet', 'frame.dropna()'],
      ['frame.dropna', undefined],
      ['?.strip', '?.format()'],
      ['?.format', undefined],
    ]);
  });

  it('reads a dotted name continued over lines with backslashes as one name', () => {
    const facts = parsePython('events = spark.readStream \\\n    .format("kafka") \\\n    .load()\n');

    expect(facts.calls.map((c) => [c.name, c.receiver])).toEqual([
      ['?.load', 'spark.readStream.format()'],
      ['spark.readStream.format', undefined],
    ]);
  });
});
