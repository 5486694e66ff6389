// Real-people review (round 2): an auth route whose module imported langgraph
// and never used it was read as serving an LLM. An import whose name the file
// never uses is no model.
import { describe, expect, it } from 'vitest';
import { detect } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { servingApi } from './serving_api.js';

const ROUTE = py`
  from fastapi import FastAPI
  from app.auth import check_token

  app = FastAPI()

  @app.post("/auth/token")
  def login(token: str):
      return {"ok": check_token(token)}
`;

describe('signals/serving_api: unused model imports', () => {
  it('is absent when the route reaches only a module that imports a model library and never uses it', async () => {
    const result = await detect(servingApi, {
      'app/main.py': ROUTE,
      'app/auth.py': py`
        from langgraph.graph import StateGraph

        def check_token(token):
            return token == "secret"
      `,
    });

    expect(result.present).toBe(false);
  });

  it('is present when that module runs the model', async () => {
    const result = await detect(servingApi, {
      'app/main.py': ROUTE,
      'app/auth.py': py`
        from openai import OpenAI

        client = OpenAI()

        def check_token(token):
            reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": token}])
            return reply.choices[0].message.content == "yes"
      `,
    });

    expect(result.present).toBe(true);
  });
});
