// Predictions stored by a route handler through the repository's own
// functions, where the record's output fields are named for what is predicted
// (lib/prediction-store.ts, lib/prediction-logs.ts): a row of a table named
// for predictions needs only a field for its input, time or model; a
// probability named for its target (`churn_probability`) is an output in any
// table. A prediction table a route without a model writes (a tipping game),
// one only read, and one a batch script fills are not prediction logging.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { observability } from './observability.js';

/** A model artefact loaded once, held in a dict beside its preprocessing, and run by a local function. */
const SCORER = py`
  import joblib

  _bundle = None

  def bundle():
      global _bundle
      if _bundle is None:
          _bundle = joblib.load("artefacts/churn.joblib")
      return _bundle

  def score(features: dict):
      b = bundle()
      x = b["encoder"].transform([features])
      p = float(b["clf"].predict_proba(x)[0, 1])
      return p, ("high" if p > 0.7 else "low")
`;

describe('signals/observability: prediction tables written through local functions', () => {
  it('finds a route that scores a request and writes a predictions row whose outputs are named for the target (raw SQL and an ORM record)', async () => {
    const result = await detect(observability, {
      'service/scorer.py': SCORER,
      'service/store.py': py`
        import json
        import sqlite3

        def save_prediction(requested_at, features, churn_probability, segment):
            with sqlite3.connect("serve.db") as db:
                db.execute(
                    "INSERT INTO predictions (requested_at, features, churn_probability, segment) VALUES (?, ?, ?, ?)",
                    (requested_at, json.dumps(features), churn_probability, segment),
                )
      `,
      'service/records.py': py`
        from service.orm import InferenceRecord, SessionLocal

        def record(features, risk_band):
            with SessionLocal() as s:
                s.add(InferenceRecord(features=features, risk_band=risk_band))
                s.commit()
      `,
      'service/app.py': py`
        import time
        from flask import Flask, request
        from service.scorer import score
        from service.store import save_prediction
        from service import records

        app = Flask(__name__)

        @app.route("/churn", methods=["POST"])
        def churn():
            features = request.get_json()
            p, segment = score(features)
            save_prediction(requested_at=time.time(), features=features, churn_probability=p, segment=segment)
            return {"p": p, "segment": segment}

        @app.route("/risk", methods=["POST"])
        def risk():
            features = request.get_json()
            _, band = score(features)
            records.record(features, band)
            return {"band": band}
      `,
    });

    expect(locations(result)).toEqual(expect.arrayContaining(['service/app.py:13', 'service/store.py:6', 'service/app.py:20', 'service/records.py:5']));
  });

  it('finds a probability named for its target beside the input in a table with an ordinary name', async () => {
    const result = await detect(observability, {
      'service/scorer.py': SCORER,
      'service/api.py': py`
        import psycopg
        from fastapi import FastAPI
        from service.scorer import score

        api = FastAPI()

        def keep(payload, default_probability):
            with psycopg.connect("dbname=loans") as conn:
                conn.execute("INSERT INTO loan_checks (payload, default_probability) VALUES (%s, %s)", (payload, default_probability))

        @api.post("/check")
        def check(body: dict):
            p, _ = score(body)
            keep(payload=body, default_probability=p)
            return {"p": p}
      `,
    });

    expect(locations(result)).toEqual(expect.arrayContaining(['service/api.py:14', 'service/api.py:9']));
  });

  it('is absent for a tipping game that stores users\u2019 predictions through its own function, a prediction table only read, and a row with no input, time or model', async () => {
    const result = await detect(observability, {
      'game/db.py': py`
        import sqlite3

        def add_tip(user_id, match_id, created_at, home_goals):
            sqlite3.connect("game.db").execute(
                "INSERT INTO predictions (user_id, match_id, created_at, home_goals) VALUES (?, ?, ?, ?)",
                (user_id, match_id, created_at, home_goals),
            )

        def tips():
            return sqlite3.connect("game.db").execute("SELECT user_id, created_at FROM predictions").fetchall()
      `,
      'game/app.py': py`
        from fastapi import FastAPI
        from game import db

        app = FastAPI()

        @app.post("/tips")
        def tip(body: dict):
            db.add_tip(user_id=body["user"], match_id=body["match"], created_at=body["at"], home_goals=body["home"])

        @app.get("/tips")
        def tips():
            return db.tips()
      `,
      'service/scorer.py': SCORER,
      'service/counter.py': py`
        import sqlite3

        def bump(n):
            sqlite3.connect("c.db").execute("INSERT INTO prediction_counts (day, n) VALUES (date('now'), ?)", (n,))
      `,
      'service/app.py': py`
        from fastapi import FastAPI
        from service.scorer import score
        from service.counter import bump

        app = FastAPI()

        @app.post("/churn")
        def churn(body: dict):
            p, _ = score(body)
            bump(1)
            return {"p": p}
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
