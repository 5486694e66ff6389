// Structured prediction logging written by hand (signals.md observability:
// "structured prediction logging to a store"): inside the function that
// serves or runs the model, a logging call with the prediction's fields, a
// JSONL or CSV line appended to a log file, or a row inserted into a
// predictions table, cited at the line that logs. A print, a free-text log
// line, or predictions an evaluation script writes out are not.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { observability } from './observability.js';

describe('signals/observability: structured prediction logs', () => {
  it('finds a logging call with the prediction as JSON, with extra= fields, or with structlog keywords, in route handlers', async () => {
    const result = await detect(observability, {
      'api/main.py': py`
        import json
        import logging
        import time
        import joblib
        from fastapi import FastAPI

        app = FastAPI()
        model = joblib.load("model.joblib")
        logger = logging.getLogger(__name__)

        @app.post("/predict")
        def predict(item: dict):
            y = model.predict([item["features"]])[0]
            logger.info(json.dumps({"features": item["features"], "prediction": float(y), "timestamp": time.time()}))
            return {"prediction": float(y)}

        @app.post("/score")
        def score(item: dict):
            p = model.predict_proba([item["features"]])[0][1]
            logger.info("scored", extra={"input": item, "score": p, "model_version": "v3"})
            return {"score": p}
      `,
      'llm/server.py': py`
        import structlog
        from flask import Flask, request
        from openai import OpenAI

        app = Flask(__name__)
        client = OpenAI()
        log = structlog.get_logger()

        @app.route("/ask", methods=["POST"])
        def ask():
            q = request.json["question"]
            r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": q}])
            log.info("answered", question=q, answer=r.choices[0].message.content, latency_ms=12)
            return {"answer": r.choices[0].message.content}
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['api/main.py:14', 'api/main.py:20', 'llm/server.py:13']));
    expect(locations(result)).toHaveLength(3);
  });

  it('finds each prediction appended to a JSONL or CSV log, as a literal or a record built first, and inserted into a predictions table', async () => {
    const result = await detect(observability, {
      'serve.py': py`
        import csv
        import json
        from datetime import datetime
        import torch
        from flask import Flask, request

        app = Flask(__name__)
        model = torch.load("model.pt")

        @app.route("/predict", methods=["POST"])
        def predict():
            x = request.json["x"]
            y = model(torch.tensor(x)).argmax().item()
            record = {"input": x, "prediction": y, "timestamp": datetime.utcnow().isoformat()}
            with open("logs/predictions.jsonl", "a") as f:
                f.write(json.dumps(record) + "\\n")
            return {"prediction": y}

        @app.route("/classify", methods=["POST"])
        def classify():
            x = request.json["x"]
            y = model(torch.tensor(x)).argmax().item()
            with open("logs/predictions.csv", "a", newline="") as f:
                csv.DictWriter(f, fieldnames=["input", "label"]).writerow({"input": x, "label": y})
            return {"label": y}

        @app.route("/rank", methods=["POST"])
        def rank():
            x = request.json["x"]
            y = model(torch.tensor(x)).tolist()
            db.execute("INSERT INTO prediction_logs (input, output) VALUES (?, ?)", (str(x), str(y)))
            return {"scores": y}
      `,
    });

    expect(locations(result)).toEqual(['serve.py:16', 'serve.py:24', 'serve.py:31']);
  });

  it('is absent for prints, free-text log lines, unrelated JSON logs, and predictions an evaluation script writes out', async () => {
    const result = await detect(observability, {
      'api.py': py`
        import json
        import logging
        import joblib
        from fastapi import FastAPI

        app = FastAPI()
        model = joblib.load("model.joblib")
        logger = logging.getLogger(__name__)

        @app.post("/predict")
        def predict(item: dict):
            y = model.predict([item["features"]])[0]
            print(json.dumps({"features": item["features"], "prediction": float(y)}))
            logger.info(f"prediction={y} features={item['features']}")
            logger.info(json.dumps({"event": "request", "path": "/predict"}))
            return {"prediction": float(y), "features": item["features"]}
      `,
      'evaluate.py': py`
        import json
        import joblib

        def main():
            model = joblib.load("model.joblib")
            rows = [json.loads(l) for l in open("test.jsonl")]
            with open("eval_predictions.jsonl", "a") as f:
                for row in rows:
                    f.write(json.dumps({"input": row["x"], "prediction": model.predict([row["x"]])[0].item(), "label": row["y"]}) + "\\n")

        if __name__ == "__main__":
            main()
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});

describe('signals/observability: functions named for logging predictions', () => {
  it('counts one that writes the predictions out, not one that keeps a test set\'s predictions with a training run or plots them', async () => {
    const served = await detect(observability, {
      'monitoring/prediction_logger.py': py`
        import json
        from datetime import datetime, timezone

        def log_prediction(features: dict, prediction: float) -> None:
            record = {"features": features, "prediction": prediction, "ts": datetime.now(timezone.utc).isoformat()}
            with open("logs/predictions.jsonl", "a") as f:
                f.write(json.dumps(record) + "\\n")
      `,
    });
    const evaluation = await detect(observability, {
      'utils/mlflow_utils.py': py`
        import mlflow
        import matplotlib.pyplot as plt
        import pandas as pd

        class Tracker:
            def log_predictions(self, y_true, y_pred, name="test"):
                pd.DataFrame({"y_true": y_true, "y_pred": y_pred}).to_csv(f"{name}.csv", index=False)
                mlflow.log_artifact(f"{name}.csv", "predictions")
                self._log_prediction_plots(y_true, y_pred)

            def _log_prediction_plots(self, y_true, y_pred):
                plt.scatter(y_true, y_pred)
                plt.savefig("pred.png")
      `,
    });

    expect(locations(served)).toContain('monitoring/prediction_logger.py:4');
    expect(evaluation.present).toBe(false);
    expect(evaluation.evidence).toEqual([]);
  });
});
