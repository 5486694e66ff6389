// data_validation: a request schema whose handler reaches the model through
// an object built from one (lib/model-reach.ts): a recommender the API
// module builds at import time from a local loader of pickled models, an LLM
// and an index built from it at module level, a chain a service function
// builds and runs, an object a startup hook sets (`global`). A handler
// calling a method of an object that is no model (a database), and a route
// reaching the app's own object (`app.logger`), an LLM library's helpers (a
// document loader, a splitter) and what a plain function of an LLM module
// returns do not count. Django REST framework serializers are in
// data_validation.drf-serializers.test.ts.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataValidation } from './data_validation.js';

const REQUEST = py`
  from pydantic import BaseModel, field_validator

  class RecommendRequest(BaseModel):
      listener: int
      friends: list[int]
      size: int

      @field_validator("size")
      @classmethod
      def positive(cls, v):
          if v <= 0:
              raise ValueError("size must be positive")
          return v

  class Track(BaseModel):
      track_id: str
      title: str
`;

/** A module that unpickles two models and wraps them in a plain object. */
const LOADER = py`
  import pickle
  from svc.engine import Engine

  def build_engine(version):
      with open(f"artifacts/{version}/ranker_model.pkl", "rb") as fh:
          ranker = pickle.load(fh)
      return Engine(ranker)
`;
const ENGINE = py`
  class Engine:
      def __init__(self, ranker):
          self._ranker = ranker

      def top(self, users, k):
          return self._ranker.rank_items(users, k)
`;

describe('signals/data_validation (objects built from a model)', () => {
  it('counts the schema of a handler calling a method of an object the module builds at import from a local model loader', async () => {
    const result = await detect(dataValidation, {
      'svc/schemas.py': REQUEST,
      'svc/engine.py': ENGINE,
      'svc/loader.py': LOADER,
      'svc/api.py': py`
        from fastapi import FastAPI
        from svc.schemas import RecommendRequest, Track
        from svc.loader import build_engine

        app = FastAPI()
        engine = build_engine("v2")

        @app.post("/recommend")
        def recommend(body: RecommendRequest) -> list[Track]:
            ids = engine.top([body.listener, *body.friends], body.size)
            return [Track(track_id=i, title="") for i in ids]
      `,
    });

    // The request counts; the response model composed from results does not.
    expect(locations(result)).toEqual(['svc/schemas.py:3']);
  });

  it('counts it when a startup hook sets the object (global) and the handler calls it', async () => {
    const result = await detect(dataValidation, {
      'svc/schemas.py': REQUEST,
      'svc/engine.py': ENGINE,
      'svc/loader.py': LOADER,
      'svc/api.py': py`
        from flask import Flask, request
        from svc.schemas import RecommendRequest
        from svc.loader import build_engine

        app = Flask(__name__)
        engine = None

        @app.before_first_request
        def warm_up():
            global engine
            engine = build_engine("v3")

        @app.route("/recommend", methods=["POST"])
        def recommend():
            body = RecommendRequest.model_validate(request.get_json())
            return {"ids": engine.top([body.listener], body.size)}
      `,
    });

    expect(locations(result)).toEqual(['svc/schemas.py:3']);
  });

  it('counts a query schema of a handler using an index built at module level from an LLM library object', async () => {
    const result = await detect(dataValidation, {
      'api/search.py': py`
        from typing import Optional
        from fastapi import FastAPI
        from pydantic import BaseModel, Field
        from llama_index.llms.openai import OpenAI
        from store import DocStore

        class Ask(BaseModel):
            question: str
            top_k: Optional[int] = Field(default=3, ge=1, le=10)

        llm = OpenAI(model="gpt-4o-mini")
        store = DocStore(llm)
        index = store.load_index()

        app = FastAPI()

        @app.post("/ask")
        def ask(body: Ask):
            engine = index.as_query_engine(similarity_top_k=body.top_k)
            return {"answer": str(engine.query(body.question))}
      `,
      'api/store.py': 'class DocStore:\n    def __init__(self, llm):\n        self.llm = llm\n\n    def load_index(self):\n        return {}\n',
    });

    expect(locations(result)).toEqual(['api/search.py:7']);
  });

  it('counts a free-text query whose handler calls a service function that builds an LLM chain and runs it', async () => {
    const result = await detect(dataValidation, {
      'rag/schemas.py': 'from pydantic import BaseModel\n\nclass QuestionIn(BaseModel):\n    tenant: str\n    question: str\n',
      'rag/llms.py': py`
        from langchain_community.llms import Ollama

        def make_llm(name):
            return Ollama(model=name)
      `,
      'rag/answer.py': py`
        from langchain.chains import RetrievalQA
        from rag.llms import make_llm

        def answer(question, retriever):
            llm = make_llm("qwen")
            qa = RetrievalQA.from_chain_type(llm=llm, retriever=retriever)
            return qa.run(question)
      `,
      'rag/main.py': py`
        from fastapi import FastAPI
        from rag.schemas import QuestionIn
        from rag.answer import answer

        app = FastAPI()

        @app.post("/question")
        def question(body: QuestionIn):
            return {"answer": answer(body.question, None)}
      `,
    });

    expect(locations(result)).toEqual(['rag/schemas.py:3']);
  });
});

describe('signals/data_validation (objects that are no model)', () => {
  it('is absent when the handler taking the schema calls a database object, beside a model object it never uses', async () => {
    const result = await detect(dataValidation, {
      'svc/schemas.py': REQUEST,
      'svc/engine.py': ENGINE,
      'svc/loader.py': LOADER,
      'svc/db.py': 'import sqlite3\n\nclass Store:\n    def save(self, row):\n        sqlite3.connect("x.db").execute("insert into t values (?)", (row,))\n',
      'svc/api.py': py`
        from fastapi import FastAPI
        from svc.schemas import RecommendRequest
        from svc.loader import build_engine
        from svc.db import Store

        app = FastAPI()
        engine = build_engine("v2")
        store = Store()

        @app.get("/popular")
        def popular():
            return engine.top([], 10)

        @app.post("/requests")
        def log_request(body: RecommendRequest):
            store.save(body.model_dump())
            return {"ok": True}
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it("is absent when the handler only reaches the app's own object, built by a factory that loads a model", async () => {
    const result = await detect(dataValidation, {
      'web/factory.py': 'import joblib\nfrom flask import Flask\n\ndef create_app():\n    app = Flask(__name__)\n    app.config["MODEL"] = joblib.load("model.joblib")\n    return app\n',
      'web/schemas.py': 'from pydantic import BaseModel\n\nclass Feedback(BaseModel):\n    rating: int\n    comment: str\n',
      'web/main.py': py`
        from flask import request
        from web.factory import create_app
        from web.schemas import Feedback

        app = create_app()

        @app.route("/feedback", methods=["POST"])
        def feedback():
            body = Feedback.model_validate(request.get_json())
            app.logger.info("feedback %s", body.rating)
            return {"ok": True}
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it("is absent when the handler uses an LLM library's helpers (a loader, a splitter) or a plain object from the LLM module", async () => {
    const result = await detect(dataValidation, {
      'docs/schemas.py': 'from pydantic import BaseModel\n\nclass UploadIn(BaseModel):\n    path: str\n    owner: str\n',
      'docs/chat.py': py`
        from langchain_openai import ChatOpenAI

        llm = ChatOpenAI(model="gpt-4o-mini")

        def reply(question):
            return llm.invoke(question).content

        def open_registry():
            return []
      `,
      'docs/main.py': py`
        from fastapi import FastAPI
        from langchain_community.document_loaders import PyPDFLoader
        from langchain_text_splitters import RecursiveCharacterTextSplitter
        from docs.schemas import UploadIn
        from docs.chat import open_registry, reply

        app = FastAPI()

        @app.post("/ask")
        def ask(q: str):
            return {"answer": reply(q)}

        @app.post("/documents")
        def add_document(body: UploadIn):
            loader = PyPDFLoader(body.path)
            splitter = RecursiveCharacterTextSplitter(chunk_size=500)
            chunks = splitter.split_documents(loader.load())
            registry = open_registry()
            registry.append({"owner": body.owner, "chunks": len(chunks)})
            return {"chunks": len(chunks)}
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
