import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { observability } from './observability.js';

describe('signals/observability', () => {
  it('is present for Prometheus metrics in code and their scrape config', async () => {
    const result = await detect(observability, {
      'app/metrics.py': py`
        from prometheus_client import Counter

        PREDICTIONS = Counter("predictions_total", "Predictions served")
      `,
      'monitoring/prometheus.yml': 'scrape_configs:\n  - job_name: api\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['monitoring/prometheus.yml', 'app/metrics.py:3', 'app/metrics.py:1']);
  });

  it('finds a monitoring stack in compose, LangSmith tracing and Sentry', async () => {
    const result = await detect(observability, {
      'docker-compose.yml': yaml`
        services:
          api:
            build: .
          grafana:
            image: grafana/grafana:10.0.0
      `,
      'chain.py': 'from langsmith import traceable\n\n@traceable\ndef answer(q):\n    return q\n',
      'main.py': 'import sentry_sdk\nsentry_sdk.init(dsn="x", traces_sample_rate=1.0)\n',
    });

    expect(locations(result)).toEqual(['docker-compose.yml:4', 'chain.py:3', 'main.py:2', 'main.py:1']);
  });

  it('finds predictions logged to a store by the service that makes them', async () => {
    const result = await detect(observability, {
      'service/app.py': py`
        def predict(features):
            pred = model.predict([features])[0]
            collection.insert_one({"features": features, "prediction": float(pred)})
            return pred
      `,
    });

    expect(locations(result)).toEqual(['service/app.py:3']);
  });

  it('is absent for a LangSmith key in .env.example, an evaluation client, plain logging and mentions', async () => {
    const result = await detect(observability, {
      '.env.example': 'LANGSMITH_TRACING=\nLANGSMITH_API_KEY=\n',
      'eval.py': 'from langsmith import Client\nclient = Client()\nclient.create_dataset("qa")\n',
      'app.py': 'import logging\n# import sentry_sdk\nlogging.info("prediction %s", 1)\ndb.insert_one({"user": 1})\nprint("prometheus_client")\n',
      'README.md': 'Metrics are exported to Prometheus and shown in Grafana.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts an LLM client routed through the Helicone proxy', async () => {
    const result = await detect(observability, {
      'app/llm.py': 'from openai import OpenAI\n\nclient = OpenAI(base_url="https://oai.helicone.ai/v1")\n',
    });

    expect(result.evidence).toMatchObject([{ location: 'app/llm.py:3', tool: 'helicone' }]);
  });

  it('leaves a declared Sentry SDK that is never imported as a hint', async () => {
    const result = await detect(observability, { 'requirements.txt': 'sentry-sdk==1.40\n' });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
  });
  it('finds LLM tracing set up by calls: MLflow LLM autolog and OpenInference instrumentors', async () => {
    const result = await detect(observability, {
      'app/tracker.py': py`
        import mlflow

        mlflow.openai.autolog()
      `,
      'app/otel.py': py`
        from openinference.instrumentation.langchain import LangChainInstrumentor

        LangChainInstrumentor().instrument(tracer_provider=provider)
      `,
    });

    expect(result.evidence).toMatchObject([
      { location: 'app/otel.py:3', tool: 'openinference' },
      { location: 'app/tracker.py:3', tool: 'mlflow' },
    ]);
  });

  it('finds CloudWatch metrics and alarms written from boto3 or declared in Terraform', async () => {
    const result = await detect(observability, {
      'serve/metrics.py': py`
        import boto3

        cw = boto3.client("cloudwatch")
        cw.put_metric_data(Namespace="Model", MetricData=[{"MetricName": "Latency", "Value": 1.0}])
      `,
      'infra/alarms.tf': 'resource "aws_cloudwatch_metric_alarm" "errors" {\n  alarm_name = "errors"\n}\n',
    });

    expect(locations(result)).toEqual(['infra/alarms.tf:1', 'serve/metrics.py:4']);
  });

  it('is absent for training autolog, a bare instrumentor import, other AWS calls and mentions of tracing', async () => {
    const result = await detect(observability, {
      'train.py': 'import mlflow\nmlflow.sklearn.autolog()\n# mlflow.openai.autolog()\nprint("mlflow.langchain.autolog()")\n',
      'otel.py': 'from openinference.instrumentation.openai import OpenAIInstrumentor\n',
      'upload.py': 'import boto3\ns3 = boto3.client("s3")\ns3.put_object(Bucket="b", Key="k", Body=b"")\nput_metric_data = None\n',
      'infra/logs.tf': 'resource "aws_cloudwatch_log_group" "api" {\n  name = "api"\n}\n',
      'README.md': 'Tracing: call `mlflow.openai.autolog()` or `OpenAIInstrumentor().instrument()`; alarms via CloudWatch put_metric_alarm.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
