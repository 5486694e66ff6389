// data_validation: how a route file is linked to the model it serves when it
// imports none (lib/model-reach.ts): the app's state filled in its lifespan
// hook, a FastAPI dependency, a singleton built in another module. Routes of
// the same app that read a database from the state or depend on the user, and
// apps whose startup builds no model, serve none.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataValidation } from './data_validation.js';

/** A LangGraph agent over an OpenAI chat model, built by a function of its own module. */
const GRAPH = py`
  from langchain_openai import ChatOpenAI
  from langgraph.prebuilt import create_react_agent

  def build_agent():
      return create_react_agent(ChatOpenAI(model="gpt-4o-mini"), tools=[])
`;

/** The app: its lifespan hook builds the agent and keeps it in the app's state. */
const appWith = (hook: string) => py`
  from contextlib import asynccontextmanager
  from fastapi import FastAPI
  from app.routers.chat import router as chat_router
  ${hook}

  @asynccontextmanager
  async def lifespan(app: FastAPI):
      app.state.db = connect_db()
      app.state.agent = startup()
      yield

  app = FastAPI(lifespan=lifespan)
  app.include_router(chat_router)
`;

/** A route module importing no model: it takes the agent from the app's state, and a project record beside it. */
const ROUTES = py`
  from fastapi import APIRouter, Request
  from pydantic import BaseModel

  router = APIRouter()

  class ChatStartRequest(BaseModel):
      query: str

  class ProjectCreate(BaseModel):
      name: str
      owner: str

  @router.post("/chat/start")
  async def chat_start(payload: ChatStartRequest, req: Request):
      agent = getattr(req.app.state, "agent", None)
      return await agent.ainvoke({"messages": [payload.query]})

  @router.post("/projects")
  async def create_project(payload: ProjectCreate, request: Request):
      return await request.app.state.db.projects.insert_one(payload.model_dump())
`;

describe('signals/data_validation (routes linked to their model)', () => {
  it("counts the request schema of a route that runs the agent the app's lifespan hook put in its state, not the CRUD route beside it", async () => {
    const result = await detect(dataValidation, {
      'app/graph.py': GRAPH,
      'app/main.py': appWith('from app.graph import build_agent as startup'),
      'app/routers/chat.py': ROUTES,
    });

    expect(locations(result)).toEqual(['app/routers/chat.py:6']);
  });

  it("is absent when the app's startup builds no model, whatever the state is named", async () => {
    const result = await detect(dataValidation, {
      'app/store.py': 'import motor.motor_asyncio\n\ndef startup():\n    return motor.motor_asyncio.AsyncIOMotorClient("mongodb://db").agents\n',
      'app/main.py': appWith('from app.store import startup'),
      'app/routers/chat.py': ROUTES,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts the schema of a handler whose FastAPI dependency loads the model, not one that depends on the user and the database', async () => {
    const result = await detect(dataValidation, {
      'api/deps.py': py`
        import joblib
        from fastapi import Request

        def get_model():
            return joblib.load("artifacts/model.joblib")

        def get_current_user(request: Request):
            return request.headers["x-user"]

        def get_db():
            return SessionLocal()
      `,
      'api/routes.py': py`
        from fastapi import APIRouter, Depends
        from pydantic import BaseModel
        from api.deps import get_current_user, get_db, get_model as model_dep

        router = APIRouter()

        class Features(BaseModel):
            age: int
            income: float

        class Comment(BaseModel):
            text: str
            rating: int

        @router.post("/predict")
        def predict(body: Features, model=Depends(model_dep)):
            return {"y": float(model.predict([[body.age, body.income]])[0])}

        @router.post("/comments")
        def comment(body: Comment, user=Depends(get_current_user), db=Depends(get_db)):
            db.add(body.model_dump())
      `,
    });

    expect(locations(result)).toEqual(['api/routes.py:7']);
  });

  it("counts the schema of a handler whose dependency hands it the app's agent, and of a Flask view running the pipeline its app factory loaded", async () => {
    const fastapi = await detect(dataValidation, {
      'app/graph.py': GRAPH,
      'app/main.py': appWith('from app.graph import build_agent as startup'),
      'app/routers/chat.py': py`
        from fastapi import APIRouter, Depends, Request
        from pydantic import BaseModel

        router = APIRouter()

        def get_agent(request: Request):
            return request.app.state.agent

        class Ask(BaseModel):
            question: str

        @router.post("/ask")
        async def ask(body: Ask, agent=Depends(get_agent)):
            return await agent.ainvoke({"messages": [body.question]})
      `,
    });
    const flask = await detect(dataValidation, {
      'svc/__init__.py': py`
        import joblib
        from flask import Flask
        from svc.views import bp

        def create_app():
            app = Flask(__name__)
            app.pipeline = joblib.load("model.joblib")
            app.register_blueprint(bp)
            return app
      `,
      'svc/views.py': py`
        from flask import Blueprint, current_app, request
        from pydantic import BaseModel

        bp = Blueprint("api", __name__)

        class Loan(BaseModel):
            amount: float
            term: int

        @bp.post("/score")
        def score():
            loan = Loan.model_validate(request.json)
            return {"p": current_app.pipeline.run([loan.amount, loan.term])}
      `,
    });

    expect(locations(fastapi)).toEqual(['app/routers/chat.py:9']);
    expect(locations(flask)).toEqual(['svc/views.py:6']);
  });

  it('counts the schema of a handler calling a singleton built in another module from an LLM pipeline', async () => {
    const result = await detect(dataValidation, {
      'app/graph.py': GRAPH,
      'app/state.py': 'from app.graph import build_agent\n\nagent = build_agent()\n',
      'app/api.py': py`
        from fastapi import FastAPI
        from pydantic import BaseModel
        from app.state import agent

        app = FastAPI()

        class Question(BaseModel):
            question: str

        @app.post("/ask")
        def ask(q: Question):
            return agent.invoke({"messages": [q.question]})
      `,
    });

    expect(locations(result)).toEqual(['app/api.py:7']);
  });
});
