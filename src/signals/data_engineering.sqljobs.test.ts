// data_engineering without data frames: transformation SQL held in Python
// strings, plain-Python ETL into a database through a DB-API cursor, jobs run
// by an in-process scheduler; and a training script that only loads a CSV
// and trains, which writes a model, not data.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe('signals/data_engineering (SQL, DB-API and scheduled jobs)', () => {
  it('counts transformation SQL held in a Python string and run through a client, at the SQL and the call', async () => {
    const result = await detect(dataEngineering, {
      'jobs/daily_revenue.py': py`
        from google.cloud import bigquery

        DAILY = """
            INSERT INTO mart.daily_revenue
            SELECT o.day, c.region, SUM(o.amount)
            FROM raw.orders o JOIN raw.customers c ON o.customer_id = c.id
            GROUP BY o.day, c.region
        """

        def run():
            client = bigquery.Client()
            client.query(DAILY).result()
      `,
    });

    expect(locations(result)).toEqual(['jobs/daily_revenue.py:4', 'jobs/daily_revenue.py:12']);
    expect(result.evidence[0].match).toMatch(/^INSERT INTO mart\.daily_revenue SELECT o\.day/);
  });

  it('counts CREATE TABLE ... AS SELECT run by duckdb, but not a schema, a lookup or SQL in a migration', async () => {
    const result = await detect(dataEngineering, {
      'etl/build.py': 'import duckdb\n\ncon = duckdb.connect("w.db")\nq = "CREATE TABLE users_agg AS SELECT user_id, COUNT(*) AS n FROM events GROUP BY user_id"\ncon.execute(q)\n',
      'app/db.py': py`
        import sqlite3
        SCHEMA = "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"
        conn = sqlite3.connect("app.db")
        conn.execute(SCHEMA)
        conn.execute("SELECT name FROM users WHERE id = ?", (1,))
      `,
      'migrations/versions/0003_backfill.py': 'from alembic import op\n\nop.execute("INSERT INTO totals SELECT user_id, SUM(x) FROM t GROUP BY user_id")\n',
    });

    expect(locations(result)).toEqual(['etl/build.py:4', 'etl/build.py:5']);
  });

  it('counts a plain-Python ETL: reads an API, transforms in its own function, writes rows with executemany', async () => {
    const result = await detect(dataEngineering, {
      'etl/prices.py': py`
        import requests
        import psycopg2

        def transform(records):
            return [(r["symbol"], float(r["price"])) for r in records if r["price"]]

        def main():
            data = requests.get("https://api.example.com/prices").json()
            conn = psycopg2.connect("dbname=w")
            cur = conn.cursor()
            cur.executemany("INSERT INTO prices (symbol, price) VALUES (%s, %s)", transform(data))
            conn.commit()
      `,
    });

    expect(locations(result)).toEqual(['etl/prices.py:8', 'etl/prices.py:11', 'etl/prices.py:4']);
    expect(result.evidence.map((e) => e.match)).toEqual(['requests.get()', 'cur.executemany()', 'def transform']);
  });

  it('counts psycopg2 execute_values after a CSV read and cleaning function', async () => {
    const result = await detect(dataEngineering, {
      'load_trips.py': py`
        import csv
        from psycopg2.extras import execute_values

        def clean_row(row):
            return (row["id"], row["city"].strip().lower())

        with open("trips.csv") as f:
            rows = [clean_row(r) for r in csv.DictReader(f)]
        execute_values(cur, "INSERT INTO trips VALUES %s", rows)
      `,
    });

    expect(locations(result)).toEqual(['load_trips.py:8', 'load_trips.py:9', 'load_trips.py:4']);
  });

  it('counts a job run by the schedule library that reads an API, cleans the readings in its own function and writes them', async () => {
    const result = await detect(dataEngineering, {
      'collector.py': py`
        import schedule, requests
        import pandas as pd

        def clean_reading(d):
            return {"id": d["id"], "temp_c": round((d["temp_f"] - 32) / 1.8, 1)}

        def job():
            rows = [clean_reading(d) for d in requests.get(URL).json()]
            pd.DataFrame(rows).to_parquet(f"readings/{stamp()}.parquet")

        schedule.every(10).minutes.do(job)
      `,
    });

    expect(locations(result)).toEqual(['collector.py:8', 'collector.py:9', 'collector.py:11', 'collector.py:4']);
    expect(result.evidence.map((e) => e.match)).toEqual(['requests.get()', '?.to_parquet()', 'schedule.every()', 'def clean_reading']);
  });

  it('counts an APScheduler job that aggregates a table with pandas and appends it to a warehouse, but not a scheduled retraining', async () => {
    const result = await detect(dataEngineering, {
      'jobs/sync.py': py`
        import pandas as pd
        from apscheduler.schedulers.blocking import BlockingScheduler

        def sync():
            orders = pd.read_sql("SELECT * FROM orders WHERE day = CURRENT_DATE", SOURCE)
            daily = orders.groupby("store_id", as_index=False)["amount"].sum()
            daily.to_sql("daily_sales", WAREHOUSE, if_exists="append")

        sched = BlockingScheduler()
        sched.add_job(sync, "interval", hours=1)
        sched.start()
      `,
      'jobs/retrain.py': py`
        import joblib, schedule
        import pandas as pd
        from sklearn.linear_model import LogisticRegression

        def retrain():
            df = pd.read_csv("data/latest.csv")
            joblib.dump(LogisticRegression().fit(df[["x"]], df["y"]), "model.joblib")

        schedule.every().day.do(retrain)
      `,
    });

    expect(locations(result)).toEqual(['jobs/sync.py:5', 'jobs/sync.py:6', 'jobs/sync.py:7']);
  });

  it('is absent for a web handler that inserts one row, and a scheduler that only sends reminders', async () => {
    const result = await detect(dataEngineering, {
      'app/views.py': py`
        import sqlite3
        from flask import Flask, request
        app = Flask(__name__)

        @app.post("/users")
        def create_user():
            conn = sqlite3.connect("app.db")
            conn.execute("INSERT INTO users (name) VALUES (?)", (request.json["name"],))
            conn.commit()
      `,
      'reminders.py': py`
        from apscheduler.schedulers.blocking import BlockingScheduler
        sched = BlockingScheduler()

        @sched.scheduled_job("cron", hour=9)
        def remind():
            send_email("standup")

        sched.start()
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a training script that loads a CSV, cleans it in memory, trains and dumps the model', async () => {
    const result = await detect(dataEngineering, {
      'train.py': py`
        import joblib
        import pandas as pd
        from sklearn.ensemble import RandomForestClassifier

        df = pd.read_csv("data/train.csv")
        df = df.dropna().drop_duplicates()
        df["age"] = df["age"].astype(int)
        X = pd.get_dummies(df.drop(columns=["y"]))
        model = RandomForestClassifier().fit(X, df["y"])
        joblib.dump(model, "model.joblib")
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('still counts a feature pipeline that writes a features file, also when it fits a scaler', async () => {
    const result = await detect(dataEngineering, {
      'features/build.py': py`
        import pandas as pd
        from sklearn.preprocessing import StandardScaler

        raw = pd.read_parquet("raw/events.parquet")
        feats = raw.groupby("user_id").agg(n=("event", "count"), spend=("amount", "sum"))
        feats[["n", "spend"]] = StandardScaler().fit(feats).transform(feats)
        feats.to_parquet("features/users.parquet")
      `,
    });

    expect(locations(result)).toEqual(['features/build.py:4', 'features/build.py:5', 'features/build.py:7']);
  });
});
