// Issue 15, observability: LLM tracing platforms, cloud metrics and traces
// set in code or infrastructure, managed endpoints that log predictions, and
// services started under a tracing agent; imports and mentions alone are not.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text, yaml } from '../../test/helpers/text.js';
import { driftMonitoring } from './drift_monitoring.js';
import { observability } from './observability.js';

describe('signals/observability (tracing platforms, cloud metrics, instrumented services)', () => {
  it('counts LLM tracing SDKs: Braintrust wrappers and spans, Langtrace, Laminar', async () => {
    const result = await detect(observability, {
      'app/llm.py': py`
        from braintrust import init_logger, traced, wrap_openai
        from openai import OpenAI

        logger = init_logger(project="support-bot")
        client = wrap_openai(OpenAI())

        @traced
        def answer(q):
            return client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": q}])
      `,
      'app/tracing.py': 'from langtrace_python_sdk import langtrace\nlangtrace.init(api_key=KEY)\n',
      'app/lmnr_setup.py': 'from lmnr import Laminar\nLaminar.initialize(project_api_key=KEY)\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['app/llm.py:4', 'app/llm.py:5', 'app/llm.py:7', 'app/tracing.py:1', 'app/lmnr_setup.py:1']));
    expect(result.evidence.filter((e) => e.tool === 'braintrust').every((e) => e.kind !== 'import')).toBe(true);
  });

  it('counts cloud metrics and traces from code: Lambda Powertools metrics, X-Ray, Azure Monitor, CDK alarms', async () => {
    const result = await detect(observability, {
      'handler.py': py`
        from aws_lambda_powertools import Logger, Metrics
        from aws_lambda_powertools.metrics import MetricUnit

        metrics = Metrics(namespace="churn-model")

        @metrics.log_metrics
        def handler(event, context):
            metrics.add_metric(name="Predictions", unit=MetricUnit.Count, value=1)
      `,
      'tracing.py': 'from aws_xray_sdk.core import patch_all, xray_recorder\npatch_all()\n',
      'azure_app.py': 'from azure.monitor.opentelemetry import configure_azure_monitor\nconfigure_azure_monitor(connection_string=CONN)\n',
      'infra/stack.py': py`
        from aws_cdk import Stack, aws_cloudwatch as cloudwatch

        class ModelStack(Stack):
            def __init__(self, scope, id):
                super().__init__(scope, id)
                cloudwatch.Alarm(self, "Errors", metric=errors, threshold=5, evaluation_periods=1)
      `,
    });

    expect(locations(result)).toEqual(expect.arrayContaining(['handler.py:4', 'tracing.py:1', 'azure_app.py:1', 'infra/stack.py:6']));
  });

  it('counts a managed endpoint that captures its predictions, and a service started under a tracing agent', async () => {
    const result = await detect(observability, {
      'deploy/endpoint.py': py`
        from sagemaker.model_monitor import DataCaptureConfig

        capture = DataCaptureConfig(enable_capture=True, sampling_percentage=100, destination_s3_uri=uri)
        predictor = model.deploy(initial_instance_count=1, instance_type="ml.m5.large", data_capture_config=capture)
      `,
      'Dockerfile': text`
        FROM python:3.11-slim
        RUN pip install opentelemetry-distro opentelemetry-exporter-otlp
        CMD ["opentelemetry-instrument", "uvicorn", "app.main:app", "--host", "0.0.0.0"]
      `,
      'docker-compose.yml': yaml`
        services:
          worker:
            build: .
            command: ddtrace-run python worker.py
      `,
      'api/main.py': 'import ddtrace.auto  # noqa: F401\nfrom fastapi import FastAPI\napp = FastAPI()\n',
    });

    expect(locations(result)).toEqual(expect.arrayContaining(['deploy/endpoint.py:3', 'Dockerfile:3', 'docker-compose.yml:4', 'api/main.py:1']));
  });

  it('counts predictions stored by the service that makes them: an ORM record, a Django model, a log appended to', async () => {
    const result = await detect(observability, {
      'api/routes.py': py`
        from fastapi import APIRouter, Depends

        router = APIRouter()

        @router.post("/predict")
        def predict(body: Features, db=Depends(get_db)):
            label = model.predict([body.values])[0]
            db.add(PredictionLog(features=body.values, label=int(label)))
            db.commit()
            return {"label": int(label)}
      `,
      'web/views.py': 'def classify(request):\n    y = clf.predict(x)\n    Prediction.objects.create(input=x, output=y)\n',
      'batch/score.py': 'def score(df):\n    df["y"] = model.predict(df)\n    df.to_csv(LOG, mode="a", header=False)\n',
    });

    expect(locations(result).sort()).toEqual(['api/routes.py:8', 'batch/score.py:3', 'web/views.py:3']);
  });

  it('is absent for a prediction response model, a user stored beside a prediction, and a submission file', async () => {
    const result = await detect(observability, {
      'api/routes.py': py`
        def predict(body):
            label = model.predict([body.values])[0]
            return Prediction(label=int(label))

        def register(user, db):
            db.add(User(name=user.name))
            db.commit()
      `,
      'kaggle.py': 'preds = model.predict(test)\npd.DataFrame({"y": preds}).to_csv("submission.csv", index=False)\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for imports never used, a Powertools logger alone, Braintrust evaluations, a plain Dockerfile and mentions', async () => {
    const result = await detect(observability, {
      'log.py': 'from aws_lambda_powertools import Logger\nlogger = Logger(service="api")\nlogger.info("prediction")\n',
      'evals.py': 'from braintrust import Eval\nEval("qa", data=rows, task=answer, scores=[exact])\n',
      'Dockerfile': 'FROM python:3.11-slim\nCMD ["uvicorn", "app.main:app"]\n',
      'notes.py': '# from aws_xray_sdk.core import patch_all\n# import ddtrace.auto\nHOWTO = "run opentelemetry-instrument uvicorn app:app"\n',
      'README.md': 'Start with `ddtrace-run python app.py`; traces go to Langtrace and Laminar.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('does not count SageMaker data capture as drift monitoring', async () => {
    const result = await detect(driftMonitoring, {
      'deploy/endpoint.py': 'from sagemaker.model_monitor import DataCaptureConfig\ncapture = DataCaptureConfig(enable_capture=True, destination_s3_uri=uri)\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
