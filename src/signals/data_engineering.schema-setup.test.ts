// data_engineering and an application's database set-up: SQL an app runs
// while creating or altering its schema (a backfill after `ALTER TABLE`, rows
// copied into a table its `init_db` just created) is a migration's, not a
// transformation job; the same statements in a job's module, or in a function
// that creates no schema, still count.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe('signals/data_engineering (SQL run while setting up a schema)', () => {
  it('does not count a backfill run in the same start-up function as ALTER TABLE / CREATE INDEX', async () => {
    const result = await detect(dataEngineering, {
      'server/storage/db.py': py`
        from sqlalchemy.ext.asyncio import create_async_engine

        engine = create_async_engine(URL)

        async def prepare_database():
            async with engine.begin() as conn:
                await conn.exec_driver_sql("ALTER TABLE orders ADD COLUMN IF NOT EXISTS basket_id INTEGER")
                await conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_orders_basket ON orders (basket_id)")
                await conn.exec_driver_sql(
                    """
                    INSERT INTO baskets (customer_id, opened_at)
                    SELECT o.customer_id, MIN(o.placed_at)
                    FROM orders o
                    WHERE o.basket_id IS NULL
                    GROUP BY o.customer_id
                    """
                )
      `,
    });

    expect(result.present).toBe(false);
  });

  it('does not count a backfill in a helper that the init function calls after create_all, nor one in an init_db creating its tables', async () => {
    const result = await detect(dataEngineering, {
      'api/models/session.py': py`
        import sqlite3
        from sqlalchemy import text

        def _copy_legacy_scores(conn):
            conn.execute(text("INSERT INTO player_totals (player, total) SELECT player, SUM(points) FROM scores GROUP BY player"))

        def init_models(engine):
            Base.metadata.create_all(engine)
            with engine.begin() as conn:
                _copy_legacy_scores(conn)
      `,
      'api/storage.py': py`
        import sqlite3

        def init_db(path):
            con = sqlite3.connect(path)
            con.execute("CREATE TABLE IF NOT EXISTS tag_counts (tag TEXT PRIMARY KEY, n INTEGER)")
            con.execute("INSERT OR IGNORE INTO tag_counts SELECT tag, COUNT(*) FROM post_tags GROUP BY tag")
            con.commit()
      `,
    });

    expect(result.present).toBe(false);
  });

  it('still counts an aggregation into a table the job creates, in a job module or a function not named for set-up', async () => {
    const result = await detect(dataEngineering, {
      'etl/daily_sales.py': py`
        import duckdb

        def run(con):
            con.execute("CREATE TABLE IF NOT EXISTS daily_sales (day DATE, store INT, amount DOUBLE)")
            con.execute("CREATE INDEX IF NOT EXISTS ix_daily_sales_day ON daily_sales (day)")
            con.execute("INSERT INTO daily_sales SELECT day, store, SUM(amount) FROM raw_sales GROUP BY day, store")
      `,
    });

    expect(locations(result)).toEqual(['etl/daily_sales.py:6']);
  });

  it('still counts a rollup in a plain script whose function creates its table but does not change a schema', async () => {
    const result = await detect(dataEngineering, {
      'reporting/rollup.py': py`
        import psycopg2

        def refresh_rollup():
            conn = psycopg2.connect(DSN)
            cur = conn.cursor()
            cur.execute("CREATE TABLE IF NOT EXISTS region_revenue (region TEXT, revenue NUMERIC)")
            cur.execute("INSERT INTO region_revenue SELECT c.region, SUM(o.amount) FROM orders o JOIN customers c ON o.customer_id = c.id GROUP BY c.region")
            conn.commit()
      `,
    });

    expect(locations(result)).toEqual(['reporting/rollup.py:7']);
  });

  it('counts the transformation in another function of the same module as the schema set-up', async () => {
    const result = await detect(dataEngineering, {
      'app/analytics.py': py`
        from sqlalchemy import text

        def ensure_schema(conn):
            conn.execute(text("ALTER TABLE events ADD COLUMN IF NOT EXISTS session_id TEXT"))

        def build_session_stats(conn):
            conn.execute(text("INSERT INTO session_stats SELECT session_id, COUNT(*) FROM events GROUP BY session_id"))
      `,
    });

    expect(locations(result)).toEqual(['app/analytics.py:7']);
  });
});
