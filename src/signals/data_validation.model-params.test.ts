// data_validation: a handler linked to its model through the function it
// hands the model to (lib/model-reach.ts): `search(model=model, query=...)`
// where `def search(client: QdrantClient, model: SentenceTransformer, ...)`
// calls `model.encode(query)`; and Instructor's structured chat calls
// (`create_with_completion`) run the LLM like `create`. A function typed with
// a model but calling only its database client, an untyped parameter, or the
// method named in a string link nothing.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataValidation } from './data_validation.js';

const main = (fn: string) => py`
  from fastapi import FastAPI, Request
  from pydantic import BaseModel
  from .engine import init_model, ${fn}

  class SearchRequest(BaseModel):
      query: str

  @asynccontextmanager
  async def lifespan(app: FastAPI):
      app.state.model = init_model()
      yield

  app = FastAPI(lifespan=lifespan)

  @app.post("/search")
  def search_endpoint(req: SearchRequest, request: Request):
      model = request.app.state.model
      return ${fn}(client=None, model=model, query=req.query)
`;

const engine = (signature: string, body: string) => py`
  from qdrant_client import QdrantClient
  from sentence_transformers import SentenceTransformer

  def init_model() -> SentenceTransformer:
      return SentenceTransformer("all-MiniLM-L6-v2")

  def ${signature}:
      ${body}
`;

describe('signals/data_validation (a model handed to a function)', () => {
  it('counts the request schema of a handler passing the model to a function typed with it that calls it', async () => {
    const result = await detect(dataValidation, {
      'backend/__init__.py': '',
      'backend/engine.py': engine('search(client: QdrantClient, model: SentenceTransformer, query: str)', 'return model.encode(query)'),
      'backend/main.py': main('search'),
    });

    expect(locations(result)).toEqual(['backend/main.py:5']);
  });

  it('is absent when the function typed with the model only calls its database client', async () => {
    const result = await detect(dataValidation, {
      'backend/__init__.py': '',
      'backend/engine.py': engine('count(client: QdrantClient, model: SentenceTransformer, query: str)', 'return client.count("docs")'),
      'backend/main.py': main('count'),
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when the parameter is untyped and the model class only named in a comment', async () => {
    const result = await detect(dataValidation, {
      'backend/__init__.py': '',
      'backend/engine.py': engine('search(client, model, query)', '# model: SentenceTransformer\n    return model.encode(query)'),
      'backend/main.py': main('search'),
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});

const rag = (call: string) => py`
  import instructor
  import openai

  def generate_answer(prompt):
      client = instructor.from_openai(openai.OpenAI())
      ${call}

  def rag_pipeline(question):
      return generate_answer(question)
`;
const ROUTES = py`
  from fastapi import APIRouter
  from pydantic import BaseModel
  from api.rag.pipeline import rag_pipeline

  router = APIRouter()

  class RAGRequest(BaseModel):
      query: str

  @router.post("/rag")
  def rag(payload: RAGRequest):
      return rag_pipeline(payload.query)
`;

describe("signals/data_validation (Instructor's structured chat calls)", () => {
  it('counts the request schema of a handler reaching create_with_completion', async () => {
    const result = await detect(dataValidation, {
      'api/rag/pipeline.py': rag('return client.chat.completions.create_with_completion(model="gpt-4.1-mini", messages=[], response_model=None)'),
      'api/routes.py': ROUTES,
    });

    expect(locations(result)).toEqual(['api/routes.py:7']);
  });

  it('is absent when the method is only named in a string', async () => {
    const result = await detect(dataValidation, {
      'api/rag/pipeline.py': rag('return "client.chat.completions.create_with_completion"'),
      'api/routes.py': ROUTES,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
