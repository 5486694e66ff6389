// llm_integration and the tool list: a provider used through its
// OpenAI-compatible base URL or REST API (ToolSpec.endpoints) is use of that
// provider (real-people review: Ollama reached through
// `OpenAI(base_url=<a table of base URLs>)` was reported as never used).
import { describe, expect, it } from 'vitest';
import { detect, locations, scanToolsOf } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { llmIntegration } from './llm_integration.js';

const PROVIDER_TABLE = py`
  import os
  from openai import OpenAI

  BASE_URLS = {
      "lmstudio": "http://localhost:1234/v1",
      "ollama": "http://localhost:11434/v1",
  }

  client = OpenAI(base_url=BASE_URLS[os.environ["PROVIDER"]], api_key="x")
`;

describe('signals/llm_integration (provider endpoints)', () => {
  it('counts Ollama reached through an OpenAI-compatible base URL (inline or in a provider table) or its REST API', async () => {
    const files = {
      'eval.py': PROVIDER_TABLE,
      'inline.py': 'from openai import OpenAI\n\nclient = OpenAI(base_url="http://ollama:11434/v1", api_key="ollama")\n',
      'rest.py': py`
        import requests

        def ask(prompt):
            return requests.post("http://localhost:11434/api/generate", json={"model": "llama3", "prompt": prompt}).json()
      `,
    };
    const tools = await scanToolsOf(files);
    const ollama = tools.find((t) => t.tool === 'ollama');

    expect(ollama).toMatchObject({ used: true, files: 3 });
    expect(ollama?.evidence.map((e) => e.location).sort()).toEqual(['eval.py:6', 'inline.py:3', 'rest.py:4']);
    expect(locations(await detect(llmIntegration, files))).toContain('eval.py:6');
  });

  it('does not count an Ollama URL in a file that builds no client and sends no request, nor a mention in docs', async () => {
    const tools = await scanToolsOf({
      'settings.py': 'OLLAMA_URL = "http://localhost:11434"\n',
      'README.md': 'Run `ollama serve`, then point the client at http://localhost:11434/v1.\n',
    });

    expect(tools.find((t) => t.tool === 'ollama')).toBeUndefined();
  });

  it('counts an LLM API URL the request is given by name: a module constant, or an enclosing function\'s local (held-out J)', async () => {
    const result = await detect(llmIntegration, {
      'utils.py': py`
        import requests

        API_URL = "https://api-inference.huggingface.co/models/power-greg/super-fast-llm"

        def query(payload):
            return requests.post(API_URL, headers=headers, json=payload).json()
      `,
      'views.py': py`
        import requests

        def post(text):
            url = "https://api-inference.huggingface.co/models/prithivida/parrot_paraphraser_on_T5"
            def query(payload):
                return requests.post(url, json=payload).json()
            return query({"inputs": text})
      `,
    });

    expect(locations(result).sort()).toEqual(['utils.py:6', 'views.py:6']);
  });

  it('does not count an image model on the same API, nor a name the function binds otherwise (a parameter)', async () => {
    const result = await detect(llmIntegration, {
      'poster.py': py`
        import requests

        API_URL = "https://api-inference.huggingface.co/models/stabilityai/stable-diffusion-xl-base-1.0"

        def poster(caption):
            return requests.post(API_URL, json={"inputs": caption}).content
      `,
      'client.py': py`
        import requests

        URL = "https://api.openai.com/v1/chat/completions"

        def send(URL, body):
            return requests.post(URL, json=body)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when no provider endpoint is written (an OpenAI client on its default URL)', async () => {
    const tools = await scanToolsOf({ 'chat.py': 'from openai import OpenAI\n\nclient = OpenAI()\nclient.chat.completions.create(model="gpt-4o", messages=[])\n' });

    expect(tools.find((t) => t.tool === 'ollama')).toBeUndefined();
    expect(tools.find((t) => t.tool === 'openai')).toMatchObject({ used: true });
  });
});
