// Tool list: uses that show a tool used and feed none of its signals: a Spark
// table format named as a data source (real-people review: Delta Lake "not in
// the repositories screened" beside Databricks notebooks writing Delta
// tables), and a package's client calls when the catalogue's imports name
// only its server (aiohttp "only declared" beside `aiohttp.ClientSession()`).
import { describe, expect, it } from 'vitest';
import { detect, scanToolsOf } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { servingApi } from './serving_api.js';

const NOTEBOOK = py`
  # Databricks notebook source
  df = spark.read.parquet(source)
  df.write.format("delta").mode("append").partitionBy("dt").save(target)

  param = {"table": "orders", "path": target}
  spark.sql("CREATE TABLE {table} USING DELTA LOCATION '{path}'".format(**param))
`;

describe('signals/toolUses (uses beyond the signals)', () => {
  it('counts a Spark table format named as a data source, in a call or in SQL, with no import', async () => {
    const tools = await scanToolsOf({
      'bronze/orders.py': NOTEBOOK,
      'silver/customers.py': py`
        spark.sql("""
          CREATE TABLE silver.customers
          USING iceberg
          AS SELECT * FROM bronze.customers
        """)
        (df.filter(df.ok)
            .write
            .saveAsTable("gold.sales", format="hudi"))
        (spark.readStream
            .format("delta")
            .load(path))
      `,
    });
    const at = (id: string) => tools.find((t) => t.tool === id);

    // The chained reader (`spark.readStream` then `.format("delta")` on the next line) counts too.
    expect(at('delta-lake')).toMatchObject({ used: true, files: 2 });
    expect(at('delta-lake')?.evidence.map((e) => `${e.location} ${e.match}`)).toEqual(
      expect.arrayContaining(['bronze/orders.py:3 df.write.format("delta")', 'bronze/orders.py:6 USING DELTA']),
    );
    expect(at('iceberg')?.evidence.map((e) => e.location)).toEqual(['silver/customers.py:3']);
    expect(at('hudi')?.used).toBe(true);
  });

  it('does not read a format word outside a Spark source call, or SQL without a table', async () => {
    const tools = await scanToolsOf({
      'util.py': py`
        label = "{} delta".format("delta")
        print(compute(mode="delta"))
        query = "SELECT * FROM t USING delta"
        msg = "Built using Delta Lake"
      `,
    });

    // `"...".format("delta")` is a Python string format, named like Spark's; the rest name no source.
    expect(tools.find((t) => t.tool === 'delta-lake')).toBeUndefined();
  });

  it('counts aiohttp client calls as use of aiohttp, and not as an API served', async () => {
    const files = {
      'requirements.txt': 'aiohttp==3.9.5\n',
      'src/llm_client.py': py`
        import aiohttp

        async def complete(prompt):
            async with aiohttp.ClientSession() as session:
                async with session.post(URL, json={"prompt": prompt}) as r:
                    return await r.json()
      `,
    };
    const tools = await scanToolsOf(files);

    expect(tools.find((t) => t.tool === 'aiohttp')).toMatchObject({ used: true });
    expect(tools.find((t) => t.tool === 'aiohttp')?.evidence.map((e) => e.location)).toEqual(['src/llm_client.py:4']);
    expect((await detect(servingApi, files)).present).toBe(false);
  });

  it('leaves aiohttp declared when it is imported and never called', async () => {
    const tools = await scanToolsOf({
      'requirements.txt': 'aiohttp==3.9.5\n',
      'src/types.py': 'from aiohttp import ClientSession\n\ndef f(s: ClientSession) -> None:\n    return None\n',
    });

    expect(tools.find((t) => t.tool === 'aiohttp')?.used).toBe(false);
  });
});
