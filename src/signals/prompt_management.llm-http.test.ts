// prompt_management: a prompts module counts in a project whose only LLM
// call is a request to an LLM HTTP API (held-out R: prompt.py built the RAG
// prompt for an httpx call to `{base_url}/chat/completions`, and no LLM was
// seen, so the module was not weighed).
import { describe, expect, it } from 'vitest';
import { detect } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { promptManagement } from './prompt_management.js';

const PROMPT = py`
  def build_prompt(query, chunks):
      context = "\\n\\n".join(chunks)
      return f"""You are an assistant. Answer only from the sources below and cite them.

  Sources:
  {context}

  Question: {query}"""
`;

describe('signals/prompt_management (LLM HTTP APIs)', () => {
  it('counts a prompts module whose prompt goes to an LLM HTTP API', async () => {
    const result = await detect(promptManagement, {
      'app/prompt.py': PROMPT,
      'app/server.py': 'from .prompt import build_prompt\nfrom .llm import chat\n\ndef ask(q, chunks):\n    return chat(build_prompt(q, chunks))\n',
      'app/llm.py': 'import httpx\n\ndef chat(prompt):\n    return httpx.post(f"{BASE_URL}/chat/completions", json={"model": M, "messages": [prompt]}).json()\n',
    });

    expect(result.evidence).toMatchObject([
      { location: 'app/prompt.py:3', match: 'prompts module' },
      { location: 'app/server.py:1', kind: 'import' },
    ]);
  });

  it('is absent when the request goes to an endpoint that is no LLM API', async () => {
    const result = await detect(promptManagement, {
      'app/prompt.py': PROMPT,
      'app/server.py': 'from .prompt import build_prompt\nfrom .llm import chat\n',
      'app/llm.py': 'import httpx\n\ndef chat(prompt):\n    return httpx.post(f"{BASE_URL}/search", json={"q": prompt}).json()\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
