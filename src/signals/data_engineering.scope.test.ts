// What data_engineering does not credit though data is read and written: a
// scheduled copy (no transformation), a model's predictions written by the
// script that made them, and a web app's request handlers inserting rows.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe('signals/data_engineering (copies, predictions, request handlers)', () => {
  it('is absent for scheduled jobs that copy data unchanged, also when the job is named for ETL', async () => {
    const result = await detect(dataEngineering, {
      'collector.py': py`
        import schedule, sqlite3, requests

        def job():
            rows = [(d["id"], d["temp"]) for d in requests.get(URL).json()]
            with sqlite3.connect("weather.db") as conn:
                conn.executemany("INSERT INTO readings VALUES (?, ?)", rows)

        schedule.every(10).minutes.do(job)
      `,
      'jobs/sync.py': py`
        import pandas as pd
        from apscheduler.schedulers.blocking import BlockingScheduler

        sched = BlockingScheduler()

        @sched.scheduled_job("interval", hours=1)
        def etl_job():
            orders = pd.read_sql("SELECT * FROM orders", SOURCE)
            orders.to_sql("orders", WAREHOUSE, if_exists="replace")
      `,
      'jobs/mirror.py': py`
        import json, schedule, psycopg2

        def fetch():
            with open("export.json") as f:
                return json.load(f)

        def save(rows):
            psycopg2.connect(DSN).cursor().executemany("INSERT INTO t VALUES (%(id)s)", rows)

        def process_export():
            save(fetch())

        schedule.every().hour.do(process_export)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a Kaggle script that cleans, trains and writes its submission, and for a scoring script', async () => {
    const result = await detect(dataEngineering, {
      'train.py': py`
        import pandas as pd
        from sklearn.ensemble import RandomForestClassifier

        train = pd.read_csv("train.csv")
        test = pd.read_csv("test.csv")
        for df in (train, test):
            df["Age"] = df["Age"].fillna(df["Age"].median())
            df["Sex"] = df["Sex"].astype("category").cat.codes
        model = RandomForestClassifier().fit(train[["Age", "Sex"]], train["Survived"])
        submission = pd.DataFrame({"PassengerId": test.PassengerId, "Survived": model.predict(test[["Age", "Sex"]])})
        submission.to_csv("submission.csv", index=False)
      `,
      'score.py': py`
        import joblib
        import pandas as pd

        def make_predictions(model, frame):
            return model.predict_proba(frame)[:, 1]

        def main():
            model = joblib.load("model.joblib")
            users = pd.read_parquet("users.parquet").merge(pd.read_parquet("events.parquet"), on="user_id")
            feats = users.groupby("user_id").agg(n=("event", "count")).fillna(0)
            feats["p"] = make_predictions(model, feats)
            feats.to_parquet("scores.parquet")
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('still counts a script that writes its cleaned data before training on it', async () => {
    const result = await detect(dataEngineering, {
      'pipeline.py': py`
        import pandas as pd
        from sklearn.linear_model import LogisticRegression

        raw = pd.read_csv("raw.csv")
        clean = raw.dropna().merge(pd.read_csv("regions.csv"), on="region_id")
        clean.to_parquet("clean.parquet")
        model = LogisticRegression().fit(clean[["x"]], clean["y"])
        print(model.predict(clean[["x"]])[:5])
      `,
    });

    expect(locations(result)).toEqual(['pipeline.py:4', 'pipeline.py:5', 'pipeline.py:6']);
  });

  it('is absent for request handlers named for processing that call an API and insert a row', async () => {
    const result = await detect(dataEngineering, {
      'app/api.py': py`
        import requests, sqlite3
        from flask import Flask, request
        app = Flask(__name__)

        def normalize_order(body):
            return (body["id"], body["email"].strip().lower(), float(body["total"]))

        @app.post("/orders")
        def process_order():
            requests.post(PAYMENTS_URL, json=request.json)
            conn = sqlite3.connect("app.db")
            conn.execute("INSERT INTO orders (id, email, total) VALUES (?, ?, ?)", normalize_order(request.json))
            conn.commit()
      `,
      'service/routes.py': py`
        import httpx
        from fastapi import APIRouter
        router = APIRouter()

        @router.post("/enrich")
        async def enrich_contact(contact: dict):
            profile = httpx.get(f"{CRM}/people/{contact['email']}").json()
            await db.execute_values(cur, "INSERT INTO contacts VALUES %s", [(contact["email"], profile["company"])])
      `,
      'shop/views.py': py`
        import json
        from django.views import View
        from django.db import connection

        def process_payment(request):
            data = json.load(request)
            connection.cursor().execute("INSERT INTO payments (amount) VALUES (%s)", [data["amount"]])

        class RefundView(View):
            def post(self, request):
                data = json.load(request)
                connection.cursor().execute("UPDATE payments SET refunded = 1 WHERE id = %s", [data["id"]])
      `,
      'billing/handlers.py': py`
        import json
        from django.views import View
        from django.db import connection

        def clean_invoice(data):
            return [data["id"], round(float(data["amount"]), 2)]

        class InvoiceView(View):
            def post(self, request):
                connection.cursor().execute("INSERT INTO invoices VALUES (%s, %s)", clean_invoice(json.load(request)))
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
