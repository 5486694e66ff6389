// Each LLM call or prediction recorded in a durable store by the serving or
// callback path (lib/prediction-store.ts): a handler class's HTTP method that
// calls the model and hands the interaction to a logger module that puts a
// JSON record in S3 or GCS, or appends it to a JSONL file; a LangChain
// callback handler whose hook writes every answer as a row. A file uploaded
// to S3, a callback that only logs text, a training callback writing its
// epochs, a script that is no service, and a mention in a README are not.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { observability } from './observability.js';

/** A flask-restx resource that calls Bedrock (through its own module) and logs the interaction through `log_chat`. */
const API = py`
  from datetime import datetime
  from flask import request
  from flask_restx import Api, Resource
  from app.bedrock import call_bedrock
  from app.logger import log_chat

  api = Api()

  @api.route("/chat/<string:user_id>")
  class Chat(Resource):
      def post(self, user_id):
          start = datetime.now()
          reply = call_bedrock(request.get_json()["message"])
          ms = (datetime.now() - start).total_seconds() * 1000
          log_chat(user_id=user_id, message=request.get_json()["message"], response=reply, model="claude", duration_ms=ms)
          return {"response": reply}
`;
const BEDROCK = py`
  import json
  import boto3

  client = boto3.client("bedrock-runtime")

  def call_bedrock(message):
      out = client.invoke_model(modelId="anthropic.claude-v2", body=json.dumps({"prompt": message}))
      return json.loads(out["body"].read())["completion"]
`;
/** The logger module: the handler's fields put in a dict, wrapped in an entry, dumped and put in S3 (or only uploaded). */
const logger = (put: string) => py`
  import json
  from datetime import datetime
  import boto3

  s3 = boto3.client("s3")

  def _to_s3(user_id, event, data):
      entry = {"event": event, "timestamp": datetime.now().isoformat(), "data": data}
      ${put}

  def log_chat(user_id, message, response, model, duration_ms):
      record = {"user_id": user_id, "model": model, "duration_ms": duration_ms, "user_message": message, "assistant_reply": response}
      _to_s3(user_id, "INTERACTION", record)
`;

/** A LangChain callback handler that writes each answer as an ORM row (or only logs it). */
const callback = (write: string) => py`
  from datetime import datetime
  from langchain.callbacks.base import BaseCallbackHandler
  from sqlalchemy.orm import Session
  from app.models import RagScore

  class DbLoggingHandler(BaseCallbackHandler):
      def __init__(self, engine):
          self.engine = engine
          self.runs = {}

      def write_score(self, data):
          with Session(self.engine) as session:
              row = RagScore(chain_info={"question": data["question"], "answer": data["output_text"]}, model_type=data["model"], total_duration=data["duration"], time_stamp=datetime.utcnow())
              ${write}
              session.commit()

      def on_chain_end(self, outputs, **kwargs):
          self.runs[kwargs["run_id"]]["output_text"] = outputs["output_text"]
          self.write_score(self.runs[kwargs["run_id"]])
`;

describe('signals/observability: each LLM call recorded in a store by the serving or callback path', () => {
  it("finds a handler class's method whose logger module puts the interaction in S3 as JSON, cited at the handler's call and the put", async () => {
    const result = await detect(observability, {
      'app/api.py': API,
      'app/bedrock.py': BEDROCK,
      'app/logger.py': logger('s3.put_object(Bucket="logs", Key=f"chat/{user_id}.log", Body=json.dumps(entry))'),
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['app/api.py:15', 'app/logger.py:9']);
  });

  it('finds a JSON record put in GCS, or appended to a JSONL file, by a function a FastAPI route calls after the LLM', async () => {
    const route = (call: string) => py`
      from fastapi import FastAPI
      from openai import OpenAI
      import store

      app = FastAPI()
      client = OpenAI()

      @app.post("/ask")
      def ask(body: dict):
          r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": body["q"]}])
          ${call}
          return {"answer": r.choices[0].message.content}
    `;
    const gcs = await detect(observability, {
      'main.py': route('store.save(prompt=body["q"], completion=r.choices[0].message.content, latency_ms=1)'),
      'store.py': py`
        import json
        from google.cloud import storage

        bucket = storage.Client().bucket("llm-logs")

        def save(**fields):
            bucket.blob("calls/x.json").upload_from_string(json.dumps(fields))
      `,
    });
    const jsonl = await detect(observability, {
      'main.py': route('store.append(r.choices[0].message.content, body["q"])'),
      'store.py': py`
        import json
        import time

        def append(answer, question):
            with open("logs/calls.jsonl", "a") as f:
                f.write(json.dumps({"question": question, "answer": answer, "ts": time.time()}) + "\\n")
      `,
    });

    expect(locations(gcs)).toEqual(['main.py:11', 'store.py:7']);
    expect(locations(jsonl)).toEqual(['main.py:11', 'store.py:6']);
  });

  it("finds a LangChain callback handler's hook that writes every answer (question, answer, model, latency) as a row", async () => {
    const result = await detect(observability, { 'app/handler.py': callback('session.add(row)') });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['app/handler.py:14', 'app/handler.py:19']);
  });

  it('is absent for a file uploaded to S3 as it is, a callback that only logs, a Keras callback writing its epochs, and a README', async () => {
    const uploaded = await detect(observability, {
      'app/api.py': API,
      'app/bedrock.py': BEDROCK,
      'app/logger.py': logger('s3.put_object(Bucket="logs", Key=f"chat/{user_id}.log", Body=open("/tmp/chat.log", "rb"))'),
    });
    const logsOnly = await detect(observability, { 'app/handler.py': callback('print(row)') });
    const training = await detect(observability, {
      'train.py': py`
        import sqlite3
        import time
        from tensorflow import keras

        class DbLogger(keras.callbacks.Callback):
            def on_epoch_end(self, epoch, logs=None):
                sqlite3.connect("runs.db").execute("INSERT INTO epochs (epoch, score, timestamp) VALUES (?, ?, ?)", (epoch, logs["val_accuracy"], time.time()))
      `,
    });
    const mention = await detect(observability, {
      'README.md': text`
        Every chat interaction (model, latency, prompt and reply) is written as JSON lines to S3 by a LangChain
        callback handler and shown on the dashboard: \`s3.put_object(Body=json.dumps(entry))\`.
      `,
      'app/api.py': API,
      'app/bedrock.py': BEDROCK,
    });

    for (const r of [uploaded, logsOnly, training, mention]) expect(r).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a handler class that stores a record without running a model, and for an evaluation script that puts its answers in S3', async () => {
    const modelless = await detect(observability, {
      'app/api.py': API.replace('reply = call_bedrock(request.get_json()["message"])', 'reply = "thanks"'),
      'app/logger.py': logger('s3.put_object(Bucket="logs", Key=f"chat/{user_id}.log", Body=json.dumps(entry))'),
    });
    const script = await detect(observability, {
      'eval_run.py': py`
        import json
        import boto3
        from openai import OpenAI

        client = OpenAI()
        s3 = boto3.client("s3")
        for q in json.load(open("questions.json")):
            r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": q}])
            s3.put_object(Bucket="evals", Key="out.json", Body=json.dumps({"question": q, "answer": r.choices[0].message.content}))
      `,
    });

    expect(modelless).toMatchObject({ present: false, evidence: [] });
    expect(script).toMatchObject({ present: false, evidence: [] });
  });
});
