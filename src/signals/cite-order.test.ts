// Which line is cited first: the line that does the thing before a provider
// URL in a config dict, a call found only by the tool's name, or an import;
// a route before its handler's call into a helper (real-people review: a
// base-URL dict and a token count cited as the LLM and serving evidence).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { codeEvidence } from './evidence.js';
import { llmIntegration } from './llm_integration.js';
import { actionRank, sortEvidence } from './run.js';

describe('signals: the order lines are cited in', () => {
  it('ranks a call that does the job above a generic call, a quoted literal and an import', () => {
    const at = (line: number) => ({ line, col: 0 });
    const url = codeEvidence('run.py', at(3), '"https://api.groq.com/v1"', 'call');
    const client = { ...codeEvidence('run.py', at(9), 'openai.OpenAI()', 'call'), generic: true as const };
    const request = codeEvidence('run.py', at(20), 'client.chat.completions.create()', 'call');
    const imp = codeEvidence('run.py', at(1), 'from openai import OpenAI', 'import');
    expect([url, client, request, imp].map(actionRank)).toEqual([2, 1, 0, 0]);
    expect(sortEvidence([url, imp, client, request]).map((e) => e.location)).toEqual(['run.py:20', 'run.py:9', 'run.py:3', 'run.py:1']);
  });

  it("cites a model's route before the app's plumbing routes (sign-in, health, docs)", () => {
    const at = (line: number) => ({ line, col: 0 });
    const auth = codeEvidence('backend/src/main.py', at(156), '@app.post("/auth/token")', 'decorator');
    const health = codeEvidence('backend/src/main.py', at(20), '@app.get("/api/v1/health")', 'decorator');
    const chat = codeEvidence('backend/src/routes/chat.py', at(47), '@router.post("/chat")', 'decorator');
    const authors = codeEvidence('backend/src/routes/chat.py', at(60), '@router.get("/authors/{id}/summary")', 'decorator');
    expect([auth, health, chat, authors].map(actionRank)).toEqual([1, 1, 0, 0]);
    expect(sortEvidence([auth, health, chat, authors]).map((e) => e.location)).toEqual(['backend/src/routes/chat.py:47', 'backend/src/routes/chat.py:60', 'backend/src/main.py:20', 'backend/src/main.py:156']);
  });

  it('cites the client before a dict of provider base URLs above it', async () => {
    const result = await detect(llmIntegration, {
      'run_eval.py': py`
        from openai import OpenAI

        BASE_URLS = {
            "groq": "https://api.groq.com/v1",
            "ollama": "http://localhost:11434/v1",
        }

        client = OpenAI(base_url=BASE_URLS["groq"])
        print(client.chat.completions.create(model="m", messages=[]))
      `,
    });
    expect(locations(result)[0]).not.toBe('run_eval.py:4');
    expect(result.evidence.findIndex((e) => e.match.startsWith('"'))).toBeGreaterThan(result.evidence.findIndex((e) => e.location === 'run_eval.py:8'));
  });
});
