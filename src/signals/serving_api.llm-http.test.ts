// serving_api: a route that hands the request to a module calling an LLM
// HTTP API with a plain HTTP client (held-out R: a FastAPI /ask route whose
// chat() posts to an OpenAI-compatible `{base_url}/chat/completions` was
// reported as a web API without a model).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { servingApi } from './serving_api.js';

const ROUTES = py`
  from fastapi import FastAPI

  from .llm import chat

  app = FastAPI()

  @app.post("/ask")
  def ask(query: str):
      return {"answer": chat(query)}
`;

describe('signals/serving_api (LLM HTTP APIs)', () => {
  it('is present for a route calling a module that posts to an LLM API at a base URL', async () => {
    const result = await detect(servingApi, {
      'app/server.py': ROUTES,
      'app/llm.py': py`
        import httpx
        from .config import settings

        def chat(prompt):
            body = {"model": settings.model, "messages": [{"role": "user", "content": prompt}]}
            return httpx.post(f"{settings.base_url}/chat/completions", json=body).json()
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['app/server.py:7', 'app/server.py:9']);
  });

  it('is absent when the module posts to an endpoint that is no LLM API', async () => {
    const result = await detect(servingApi, {
      'app/server.py': ROUTES,
      'app/llm.py': 'import httpx\n\ndef chat(text):\n    return httpx.post(f"{BASE}/tickets", json={"text": text}).json()\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
