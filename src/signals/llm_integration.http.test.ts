// llm_integration: an LLM HTTP API called with a plain HTTP client, its URL
// built on a base URL kept elsewhere (held-out R: an OpenAI-compatible
// `f"{settings.base_url}/chat/completions"` posted with httpx was missed).
// lib/llm-http.ts has the rule.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { llmIntegration } from './llm_integration.js';

describe('signals/llm_integration (LLM HTTP APIs)', () => {
  it('counts a chat-completions or generate path after an interpolated base URL, written in the call or bound to a name', async () => {
    const result = await detect(llmIntegration, {
      'app/llm.py': py`
        import httpx
        from .config import settings

        def chat(prompt):
            body = {"model": settings.model, "messages": [{"role": "user", "content": prompt}]}
            with httpx.Client(timeout=60) as client:
                return client.post(f"{settings.base_url}/chat/completions", json=body).json()
      `,
      'gen.py': py`
        import requests

        def generate(host, prompt):
            url = f"http://{host}:8000/v1/completions"
            return requests.post(url, json={"prompt": prompt}).json()
      `,
    });

    expect(locations(result).sort()).toEqual(['app/llm.py:7', 'gen.py:5']);
  });

  it('counts a path other APIs share (/api/chat, /v1/messages) only with a model and messages or prompt in the body', async () => {
    const result = await detect(llmIntegration, {
      'ollama.py': py`
        import requests

        def ask(base, q):
            payload = {"model": "llama3", "messages": [{"role": "user", "content": q}], "stream": False}
            return requests.post(f"{base}/api/chat", json=payload).json()
      `,
      'frontend.py': py`
        import requests

        def send(q):
            return requests.post("http://localhost:8000/api/chat", json={"message": q}).json()
      `,
    });

    expect(locations(result)).toEqual(['ollama.py:5']);
  });

  it('counts a path alone when the HTTP client is made with a base URL', async () => {
    const result = await detect(llmIntegration, {
      'client.py': py`
        import httpx

        client = httpx.AsyncClient(base_url="http://vllm:8000/v1")

        async def complete(messages):
            return (await client.post("/chat/completions", json={"model": "m", "messages": messages})).json()
      `,
    });

    expect(locations(result)).toEqual(['client.py:6']);
  });

  it("counts urllib's Request and the project's own request helper given such a URL, not a log line", async () => {
    const result = await detect(llmIntegration, {
      'llm.py': py`
        import json
        import urllib.request

        def ask(base, body):
            req = urllib.request.Request(f"{base}/v1/chat/completions", data=json.dumps(body).encode())
            return json.loads(urllib.request.urlopen(req).read())

        def complete(base, messages):
            data = http_post_json(f"{base}/chat/completions", {"model": "m", "messages": messages})
            print(f"{base}/chat/completions")
            return data
      `,
    });

    expect(locations(result)).toEqual(['llm.py:5', 'llm.py:9']);
  });

  it('does not count the app serving such a route, test clients calling it, a mention or a non-LLM endpoint', async () => {
    const result = await detect(llmIntegration, {
      'server.py': py`
        import httpx
        from fastapi import FastAPI

        app = FastAPI()
        auth = httpx.AsyncClient(base_url="http://auth:9000")

        @app.post("/v1/chat/completions")
        async def completions(body: dict):
            await auth.post("/verify", json={"model": body["model"], "messages": body["messages"]})
            return {"choices": []}
      `,
      'tests/test_server.py': py`
        from fastapi.testclient import TestClient
        from server import app

        def test_completions():
            assert TestClient(app).post("/v1/chat/completions", json={"model": "m", "messages": []}).status_code == 200
      `,
      'notes.py': 'import logging\nlogging.info("POST {base}/chat/completions failed")\nDOC = "https://example.com/v1/chat/completions"\n',
      'embed.py': 'import httpx\n\ndef embed(base, texts):\n    return httpx.post(f"{base}/embeddings", json={"input": texts}).json()\n',
      'tests/test_asgi.py': py`
        import httpx
        from server import app

        async def test_completions():
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
                assert (await c.post("/v1/chat/completions", json={"model": "m", "messages": []})).status_code == 200
      `,
      'README.md': 'The service posts to `{BASE_URL}/chat/completions` with httpx.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
