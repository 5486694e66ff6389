import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text, yaml } from '../../test/helpers/text.js';
import { servingApi } from './serving_api.js';

describe('signals/serving_api', () => {
  it('is present for a FastAPI route in a file that loads a model, at the route and the model call inside its handler', async () => {
    const result = await detect(servingApi, {
      'app/main.py': py`
        import joblib
        from fastapi import FastAPI

        app = FastAPI()
        model = joblib.load("model.joblib")


        @app.get("/health")
        def health():
            return {"ok": True}


        @app.post("/predict")
        def predict(x: list[float]):
            return {"y": model.predict([x]).tolist()}
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['app/main.py:15', 'app/main.py:13']);
    expect(result.evidence.map((e) => e.match)).toEqual(['model.predict()', '@app.post("/predict")']);
  });

  it('cites the LLM call inside the route handler, not the import above it', async () => {
    const result = await detect(servingApi, {
      'api.py': py`
        from fastapi import FastAPI
        from openai import OpenAI

        app = FastAPI()
        client = OpenAI()


        @app.get("/")
        def index():
            return {"ok": True}


        @app.post("/ask")
        def ask(q: str):
            reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": q}])
            return {"a": reply.choices[0].message.content}
      `,
    });

    expect(result.present).toBe(true);
    expect(result.evidence.map((e) => e.match)).toEqual(['client.chat.completions.create()', '@app.post("/ask")']);
    expect(locations(result)).toEqual(['api.py:15', 'api.py:13']);
  });

  it('follows local imports from the routes to the module that loads the model', async () => {
    const result = await detect(servingApi, {
      'service/api/routes.py': py`
        from flask import Blueprint, jsonify, request

        from service.core.predictor import classify

        bp = Blueprint("api", __name__)


        @bp.route("/classify", methods=["POST"])
        def classify_text():
            return jsonify(classify(request.json["text"]))
      `,
      'service/core/predictor.py': py`
        from .weights import MODEL_PATH


        def classify(text):
            return text
      `,
      'service/core/weights.py': py`
        from transformers import pipeline

        MODEL_PATH = "distilbert"
        clf = pipeline("sentiment-analysis", model=MODEL_PATH)
      `,
    });

    // The route first, then the handler's own call into the module that leads to the model (the call may be a helper: the route is the endpoint).
    expect(locations(result)).toEqual(['service/api/routes.py:8', 'service/api/routes.py:10']);
    expect(result.evidence[1].match).toBe('service.core.predictor.classify()');
  });

  it('is absent for a web API that serves no model, and says so', async () => {
    const result = await detect(servingApi, {
      'backend/app/api/routes/items.py': py`
        from fastapi import APIRouter
        from sqlmodel import select

        from app.models import Item

        router = APIRouter()


        @router.get("/items/")
        def read_items(session):
            return session.exec(select(Item)).all()
      `,
      'backend/app/models.py': py`
        from sqlmodel import Field, SQLModel


        class Item(SQLModel, table=True):
            id: int = Field(primary_key=True)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toBe('web API without a model: no ML or LLM use reachable from backend/app/api/routes/items.py:9');
  });

  it('is absent when serving is only mentioned, commented out, or a framework is imported without an app', async () => {
    const result = await detect(servingApi, {
      'README.md': 'Deploy the model behind a FastAPI `/predict` endpoint.\n',
      'train.py': py`
        # from fastapi import FastAPI
        # app = FastAPI()
        from fastapi.encoders import jsonable_encoder
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression().fit([[0], [1]], [0, 1])
        print(jsonable_encoder({"url": "/predict"}))
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('does not take a web app cache that unpickles bytes for a model', async () => {
    const result = await detect(servingApi, {
      'web/cache.py': py`
        import pickle

        from fastapi import APIRouter

        router = APIRouter()
        store = {}


        def get_cached(key):
            raw = store.get(key)
            return pickle.loads(raw) if raw else None


        @router.get("/cache/{key}")
        def read(key: str):
            return get_cached(key)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts an unpickled model when the file names the pickled file', async () => {
    const result = await detect(servingApi, {
      'app.py': py`
        import pickle

        from flask import Flask, jsonify

        app = Flask(__name__)
        similarity = pickle.load(open("artifacts/similarity.pkl", "rb"))


        @app.route("/recommend/<int:i>")
        def recommend(i):
            return jsonify(sorted(similarity[i])[:5])
      `,
    });

    expect(locations(result)).toEqual(['app.py:6', 'app.py:9']);
  });

  it('is absent for type stubs that only declare routes', async () => {
    const result = await detect(servingApi, {
      'contracts/api.pyi': py`
        from fastapi import APIRouter
        from transformers import Pipeline

        router: APIRouter

        @router.post("/predict")
        def predict(text: str) -> dict: ...
      `,
    });

    expect(result.present).toBe(false);
  });

  it('is absent when a model is only uploaded to the Vertex AI registry', async () => {
    const result = await detect(servingApi, {
      'pipeline/upload.py': py`
        from google.cloud import aiplatform

        aiplatform.Model.upload(display_name="churn", artifact_uri="gs://bucket/model")
      `,
    });

    expect(result.present).toBe(false);
  });

  it('is declared-only when a model-serving package is listed but never used', async () => {
    const result = await detect(servingApi, { 'requirements.txt': text`
      bentoml==1.2.0
    ` });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
  });

  it('is absent for a cloud ML training job definition, which serves nothing', async () => {
    const result = await detect(servingApi, {
      'deploy/job.yml': '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ncommand: python train.py\n',
    });

    expect(result.present).toBe(false);
  });

  it.each([
    ['a Ray Serve deployment', 'serve.py', 'from ray import serve\n\n@serve.deployment\nclass Model:\n    pass\n', 'serve.py:3'],
    ['a Lambda handler that calls a model', 'lambda_function.py', 'import mlflow\n\ndef lambda_handler(event, context):\n    return mlflow.pyfunc.load_model("m").predict(event)\n', 'lambda_function.py:3'],
    // Held-out slice AH: `index.handler` named in a CDK stack, reading its request from the event, calling Bedrock.
    ['a handler in index.py that reads its event and calls an LLM', 'src/index.py', 'import boto3\n\ndef chat(prompt):\n    return boto3.client("bedrock-runtime").invoke_model(modelId="amazon.titan-text-express-v1", body=prompt)\n\ndef handler(event, context):\n    return {"statusCode": 200, "body": chat(event.get("queryStringParameters", {}).get("prompt"))}\n', 'src/index.py:6'],
    ['a TorchServe handler', 'handler.py', 'from ts.torch_handler.base_handler import BaseHandler\n\nclass H(BaseHandler):\n    pass\n', 'handler.py:3'],
    ['a KServe InferenceService', 'k8s/isvc.yaml', yaml`
      apiVersion: serving.kserve.io/v1beta1
      kind: InferenceService
      metadata:
        name: sklearn-iris
    `, 'k8s/isvc.yaml:2'],
    ['a TF Serving container in compose', 'docker-compose.yml', yaml`
      services:
        tfserving:
          image: tensorflow/serving:2.16.1
    `, 'docker-compose.yml:3'],
    ['a notebook that queries its TF Serving model over gRPC', 'deploy.ipynb', JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [
      { cell_type: 'markdown', metadata: {}, source: ['# Serve'] },
      { cell_type: 'code', metadata: {}, outputs: [], execution_count: 1, source: ['from tensorflow_serving.apis import predict_pb2\n'] },
    ] }), 'deploy.ipynb#cell=1:1'],
    ['an Azure ML managed online endpoint', 'deploy/endpoint.yml', '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\nname: churn\n', 'deploy/endpoint.yml:1'],
    ['a Triton model repository', 'models/resnet/config.pbtxt', 'name: "resnet"\nplatform: "onnxruntime_onnx"\n', 'models/resnet/config.pbtxt'],
    ['a ZenML pipeline that deploys an MLflow model server', 'pipelines/deploy.py', py`
      from zenml import pipeline
      from zenml.integrations.mlflow.steps import mlflow_model_deployer_step

      @pipeline
      def deployment(model):
          mlflow_model_deployer_step(model=model, deploy_decision=True)
    `, 'pipelines/deploy.py:6'],
    ['a Vertex AI endpoint the code deploys to and calls', 'deploy.py', py`
      from google.cloud import aiplatform as vertex_ai

      endpoint = vertex_ai.Endpoint.create(display_name="churn")
      endpoint.predict(instances=[[1, 2]])
    `, 'deploy.py:3'],
    ['an API that forwards to a local MLflow scoring server', 'api.py', py`
      import requests
      from fastapi import FastAPI

      app = FastAPI()

      @app.post("/price")
      def price(car: dict):
          return requests.post("http://localhost:5001/invocations", json=car).json()
    `, 'api.py:8'],
  ])('is present for %s', async (_, path, content, location) => {
    const result = await detect(servingApi, { [path]: content });

    expect(result.present).toBe(true);
    expect(locations(result)).toContain(location);
  });
});
