// Predictions stored in a database by the request handler that made them
// (lib/prediction-store.ts): an ORM record with the prediction's fields
// written by a CRUD function the handler calls, a row inserted beside an LLM
// call, an INSERT run by a background task, a SQLAlchemy Core insert, cited at the handler's call and
// the write. A table defined and never written, a record a route writes
// without running the model, chat messages and users, answers kept in a
// list, and a script that writes a dataset are not prediction logging.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { observability } from './observability.js';

/** A model wrapper loaded in the app's lifespan hook and kept in its state. */
const MODEL = py`
  from transformers import pipeline

  class Analyzer:
      def __init__(self):
          self.pipe = pipeline("sentiment-analysis")

      def analyze(self, text):
          return self.pipe(text)[0]
`;
const APP = py`
  from contextlib import asynccontextmanager
  from fastapi import FastAPI
  from app.model import Analyzer
  from app import routes

  @asynccontextmanager
  async def lifespan(app: FastAPI):
      app.state.analyzer = Analyzer()
      yield

  app = FastAPI(lifespan=lifespan)
  app.include_router(routes.router)
`;
/** A SQLAlchemy table with the prediction's columns, and the function that writes a row of it. */
const CRUD = py`
  from app.tables import Analysis

  def create_analysis(db, text, label, score):
      row = Analysis(text=text, label=label, score=score)
      db.add(row)
      db.commit()
      return row
`;
const TABLES = py`
  from sqlalchemy import Column, Float, Integer, String
  from sqlalchemy.orm import declarative_base

  Base = declarative_base()

  class Analysis(Base):
      __tablename__ = "analyses"
      id = Column(Integer, primary_key=True)
      text = Column(String)
      label = Column(String)
      score = Column(Float)
`;

describe('signals/observability: predictions stored by the request handler', () => {
  it("finds a handler that runs the app's model and writes the result through a CRUD function", async () => {
    const result = await detect(observability, {
      'app/model.py': MODEL,
      'app/main.py': APP,
      'app/tables.py': TABLES,
      'app/crud.py': CRUD,
      'app/routes.py': py`
        from fastapi import APIRouter, Request
        from app import crud

        router = APIRouter()

        @router.post("/analyze")
        def analyze(body: dict, request: Request):
            analyzer = request.app.state.analyzer
            out = analyzer.analyze(body["text"])
            crud.create_analysis(request.state.db, text=body["text"], label=out["label"], score=out["score"])
            return out
      `,
    });

    expect(locations(result)).toEqual(['app/crud.py:5', 'app/routes.py:10']);
  });

  it('finds a row inserted beside an LLM call, an INSERT of the prediction run by a background task, and a SQLAlchemy Core insert', async () => {
    const result = await detect(observability, {
      'qa.py': py`
        from fastapi import FastAPI
        from openai import OpenAI
        from supabase import create_client

        app = FastAPI()
        client = OpenAI()
        db = create_client("https://x.supabase.co", "key")

        @app.post("/ask")
        def ask(body: dict):
            r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": body["q"]}])
            db.table("qa_log").insert({"question": body["q"], "answer": r.choices[0].message.content}).execute()
            return {"answer": r.choices[0].message.content}
      `,
      'vision.py': py`
        import sqlite3
        import torch
        from fastapi import BackgroundTasks, FastAPI

        app = FastAPI()
        net = torch.load("net.pt")

        def save(image_path, label):
            sqlite3.connect("log.db").execute("INSERT INTO results (image_path, label) VALUES (?, ?)", (image_path, label))

        @app.post("/classify")
        def classify(body: dict, tasks: BackgroundTasks):
            label = int(net(torch.tensor(body["pixels"])).argmax())
            tasks.add_task(save, body["image_path"], label)
            return {"label": label}
      `,
      'tabular.py': py`
        import joblib
        from fastapi import FastAPI
        from sqlalchemy import insert
        from tables import engine, scores

        app = FastAPI()
        model = joblib.load("model.joblib")

        @app.post("/score")
        def score(body: dict):
            p = float(model.predict_proba([body["features"]])[0][1])
            with engine.begin() as conn:
                conn.execute(insert(scores).values(features=str(body["features"]), score=p))
            return {"score": p}
      `,
    });

    expect(locations(result)).toEqual(['qa.py:12', 'tabular.py:13', 'vision.py:9', 'vision.py:14']);
  });

  it('finds an inference log table written by a handler whose model the facts cannot follow, in a module that loads one; not in an app with no model', async () => {
    const route = (lib: string) => py`
      import ${lib}
      from fastapi import FastAPI
      from logdb import insert_row

      app = FastAPI()

      @app.post("/detect")
      def detect(body: dict):
          p = ${lib}.sigmoid(state["net"].head(body["x"]))
          insert_row(body["x"], p)
          return {"p": p}
    `;
    const logdb = 'import sqlite3\n\ndef insert_row(inputs, prediction):\n    sqlite3.connect("l.db").execute("INSERT INTO inference_logs (inputs, prediction) VALUES (?, ?)", (inputs, prediction))\n';

    const served = await detect(observability, { 'api.py': route('torch'), 'logdb.py': logdb });
    const modelless = await detect(observability, { 'api.py': route('numpy'), 'logdb.py': logdb });

    expect(locations(served)).toEqual(['api.py:10', 'logdb.py:4']);
    expect(modelless).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a prediction table defined and never written, and for a record a route writes without running the model', async () => {
    const result = await detect(observability, {
      'app/model.py': MODEL,
      'app/main.py': APP,
      'app/tables.py': TABLES,
      'app/crud.py': CRUD,
      'app/routes.py': py`
        from fastapi import APIRouter, Request
        from app import crud

        router = APIRouter()

        @router.post("/analyze")
        def analyze(body: dict, request: Request):
            return request.app.state.analyzer.analyze(body["text"])

        @router.post("/reviews")
        def review(body: dict, request: Request):
            return crud.create_analysis(request.state.db, text=body["text"], label=body["label"], score=body["stars"])
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it("is absent for chat messages and users an LLM route stores, answers kept in a list, and for a script that writes the model's labels as a dataset", async () => {
    const result = await detect(observability, {
      'chat.py': py`
        from fastapi import FastAPI
        from openai import OpenAI
        from db import Message, User, session

        app = FastAPI()
        client = OpenAI()
        recent = []

        @app.post("/chat")
        def chat(body: dict):
            session.add(User(email=body["email"], name=body["name"]))
            r = client.chat.completions.create(model="gpt-4o-mini", messages=body["messages"])
            msg = Message(role="assistant", content=r.choices[0].message.content, conversation_id=body["cid"])
            session.add(msg)
            recent.insert(0, {"question": body["messages"][-1], "answer": msg.content})
            return {"reply": msg.content}
      `,
      'label_data.py': py`
        import joblib
        from db import Sample, session

        model = joblib.load("model.joblib")
        for text in open("unlabelled.txt"):
            session.add(Sample(text=text, label=model.predict([text])[0]))
        session.commit()
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
