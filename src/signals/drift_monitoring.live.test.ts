// drift_monitoring, hand-written checks on live data (lib/live-drift.ts):
// where the running system handles its data (a route handler, a scheduled
// job, a reader of the prediction log), a function named for drift or a
// distribution shift computes a statistic of recent inputs against a saved
// training baseline. A train-vs-test comparison in a notebook or a training
// script, a baseline saved and only served back, and a drift function no
// handler or job calls are not drift monitoring.
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { driftMonitoring } from './drift_monitoring.js';

/** Per-feature shift of the current window's means from the training means, in training standard deviations. */
const SHIFT = py`
  import numpy as np

  def mean_shift_report(current, stats, limit=3.0):
      out = {}
      for col, s in stats.items():
          z = (np.mean(current[col]) - s["mu"]) / s["sigma"]
          out[col] = {"z": float(z), "flag": abs(z) > limit}
      return out
`;

describe('signals/drift_monitoring: live inputs compared with a training baseline by hand', () => {
  it('finds a route that, every N requests, compares the logged inputs with saved training statistics through a local function', async () => {
    const result = await detect(driftMonitoring, {
      'svc/shift.py': SHIFT,
      'svc/logstore.py': py`
        import json
        import sqlite3

        def recent_inputs(n):
            rows = sqlite3.connect("svc.db").execute("SELECT body FROM calls ORDER BY id DESC LIMIT ?", (n,)).fetchall()
            return [json.loads(r[0]) for r in rows]
      `,
      'svc/api.py': py`
        import json
        import pandas as pd
        from fastapi import FastAPI
        from svc.shift import mean_shift_report
        from svc import logstore

        app = FastAPI()
        seen = {"n": 0}

        @app.post("/score")
        def score(body: dict):
            seen["n"] += 1
            if seen["n"] % 200 == 0:
                stats = json.load(open("artefacts/train_feature_stats.json"))
                window = pd.DataFrame(logstore.recent_inputs(200))
                report = mean_shift_report(window, stats)
            return {"ok": True}
      `,
    });

    expect(locations(result).sort()).toEqual(['svc/api.py:14', 'svc/api.py:16', 'svc/shift.py:3']);
  });

  it('finds a scheduled job and a reader of the inference log that compare recent data with a reference, and a drift route that computes it inline', async () => {
    const result = await detect(driftMonitoring, {
      'jobs/checks.py': py`
        import numpy as np

        def feature_drift_table(ref, cur):
            return {c: float(np.abs(ref[c].mean() - cur[c].mean()) / ref[c].std()) for c in ref.columns}
      `,
      'jobs/run.py': py`
        import pandas as pd
        from apscheduler.schedulers.background import BackgroundScheduler
        from jobs.checks import feature_drift_table

        REF_PATH = "data/reference.parquet"

        def hourly():
            ref = pd.read_parquet(REF_PATH)
            cur = pd.read_csv("logs/requests.csv").tail(500)
            print(feature_drift_table(ref, cur))

        scheduler = BackgroundScheduler()
        scheduler.add_job(hourly, "interval", hours=1)
      `,
      'monitor/nightly.py': py`
        import json
        import sqlite3
        import pandas as pd
        from jobs.checks import feature_drift_table

        def main():
            cur = pd.read_sql("SELECT * FROM inference_log WHERE ts > date('now', '-1 day')", sqlite3.connect("app.db"))
            baseline = pd.DataFrame(json.load(open("baseline.json")))
            feature_drift_table(baseline, cur)

        if __name__ == "__main__":
            main()
      `,
      'web/app.py': py`
        import json
        import numpy as np
        from flask import Flask

        app = Flask(__name__)
        WINDOW = []

        @app.route("/monitor/drift")
        def report():
            base = json.load(open("baseline_stats.json"))
            return {k: (np.mean([w[k] for w in WINDOW]) - v["mean"]) / v["std"] for k, v in base.items()}
      `,
    });

    expect(locations(result).sort()).toEqual(['jobs/checks.py:3', 'jobs/run.py:10', 'jobs/run.py:8', 'monitor/nightly.py:8', 'monitor/nightly.py:9', 'web/app.py:10', 'web/app.py:9']);
  });

  it('is absent for a train-vs-test comparison in a notebook or a training script, a baseline only saved and served, and a drift function nothing calls', async () => {
    const result = await detect(driftMonitoring, {
      'svc/shift.py': SHIFT,
      'analysis.ipynb': notebook([
        'import json\nimport pandas as pd\nfrom svc.shift import mean_shift_report',
        'stats = json.load(open("baseline_stats.json"))\nmean_shift_report(pd.read_csv("test.csv"), stats)',
      ]),
      'train.py': py`
        import json
        import pandas as pd
        from svc.shift import mean_shift_report

        train_df = pd.read_csv("train.csv")
        test_df = pd.read_csv("test.csv")
        stats = {c: {"mu": train_df[c].mean(), "sigma": train_df[c].std()} for c in train_df.columns}
        json.dump(stats, open("baseline_stats.json", "w"))
        print(mean_shift_report(test_df, stats))
      `,
      'svc/api.py': py`
        import json
        from fastapi import FastAPI

        app = FastAPI()

        @app.get("/baseline")
        def baseline():
            return json.load(open("baseline_stats.json"))

        @app.post("/predict")
        def predict(body: dict):
            return {"y": sum(body.values())}
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
