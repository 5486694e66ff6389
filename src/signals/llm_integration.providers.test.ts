// llm_integration: provider SDKs beyond the first catalogue (held-out J: the
// Llama API SDK, `LlamaAPI(key).run(request)`), and hosted model runs that are
// a language model only when the model run is one (Replicate).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { llmIntegration } from './llm_integration.js';

describe('signals/llm_integration (more provider SDKs)', () => {
  it('counts the Llama API SDK: its client built, then its import', async () => {
    const result = await detect(llmIntegration, {
      'views.py': py`
        from llamaapi import LlamaAPI
        llama = LlamaAPI(config("LLAMA_API_KEY"))

        def post(request):
            return llama.run({"messages": [{"role": "user", "content": request.data["q"]}], "stream": False})
      `,
    });

    expect(locations(result)).toEqual(['views.py:2', 'views.py:1']);
    expect(result.evidence[0]).toMatchObject({ tool: 'llama-api' });
  });

  it("counts Meta's Llama API client, Cerebras, xAI, watsonx.ai, GPT4Free and the Fireworks LLM class", async () => {
    const result = await detect(llmIntegration, {
      'meta.py': 'from llama_api_client import LlamaAPIClient\n\nLlamaAPIClient().chat.completions.create(model="Llama-4-Maverick", messages=[])\n',
      'fast.py': 'from cerebras.cloud.sdk import Cerebras\n\nCerebras().chat.completions.create(model="llama3.1-8b", messages=[])\n',
      'grok.py': 'from xai_sdk import Client\n\nchat = Client().chat.create(model="grok-4")\n',
      'ibm.py': 'from ibm_watsonx_ai.foundation_models import ModelInference\n\nModelInference(model_id="ibm/granite-13b-instruct-v2").generate_text(prompt="hi")\n',
      'free.py': 'import g4f\n\ng4f.ChatCompletion.create(model="gpt-4o", messages=[])\n',
      'fw.py': 'from fireworks import LLM\n\nLLM(model="llama4-maverick-instruct-basic").chat.completions.create(messages=[])\n',
    });

    expect(result.present).toBe(true);
    const files = new Set(locations(result).map((l) => l.split(':')[0]));
    expect([...files].sort()).toEqual(['fast.py', 'free.py', 'fw.py', 'grok.py', 'ibm.py', 'meta.py']);
  });

  it('counts the REST APIs of DeepSeek, Perplexity and Cohere called without an SDK', async () => {
    const result = await detect(llmIntegration, {
      'rest.py': py`
        import requests

        def ask(q):
            a = requests.post("https://api.deepseek.com/chat/completions", json={"model": "deepseek-chat", "messages": q})
            b = requests.post("https://api.perplexity.ai/chat/completions", json={"model": "sonar-pro", "messages": q})
            c = requests.post("https://api.cohere.com/v2/chat", json={"model": "command-r", "messages": q})
            return a, b, c
      `,
      'models.py': 'import requests\n\nrequests.get("https://api.cohere.com/v1/models")\n',
    });

    expect(locations(result).sort()).toEqual(['rest.py:4', 'rest.py:5', 'rest.py:6']);
  });

  it('counts a Replicate run of a language model, by literal or by a constant', async () => {
    const result = await detect(llmIntegration, {
      'ask.py': py`
        import replicate

        MODEL = "meta/meta-llama-3-70b-instruct"

        def ask(prompt):
            return "".join(replicate.run(MODEL, input={"prompt": prompt}))
      `,
      'stream.py': 'import replicate\n\nfor event in replicate.stream("mistralai/mixtral-8x7b-instruct-v0.1", input={"prompt": "hi"}):\n    print(event)\n',
    });

    expect(locations(result).sort()).toEqual(['ask.py:6', 'stream.py:3']);
    expect(result.evidence[0]).toMatchObject({ tool: 'replicate' });
  });

  it('is absent for Replicate image models, FireWorks workflows, watsonx embeddings and mentions', async () => {
    const result = await detect(llmIntegration, {
      'poster.py': 'import replicate\n\nreplicate.run("stability-ai/sdxl:39ed52f2", input={"prompt": "a movie poster"})\n',
      'flow.py': 'from fireworks import Firework, LaunchPad, ScriptTask\n\nLaunchPad().add_wf(Firework(ScriptTask.from_str("echo hi")))\n',
      'embed.py': 'from ibm_watsonx_ai.foundation_models import Embeddings\n\nEmbeddings(model_id="ibm/slate-125m-english-rtrvr").embed_documents(texts=["a"])\n',
      'README.md': 'Chat runs through the Llama API (`from llamaapi import LlamaAPI`) or Cerebras.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});

// Held-out slice AA: BLIP captioning images with `model.generate()` was taken
// for an LLM call. Speech, captioning and music generators are no language models.
describe('signals/llm_integration (Hugging Face conditional generators)', () => {
  const generator = (cls: string, checkpoint: string) => py`
    import torch
    from transformers import AutoProcessor, ${cls}

    processor = AutoProcessor.from_pretrained("${checkpoint}")
    model = ${cls}.from_pretrained("${checkpoint}")
    ids = model.generate(**processor(images=image, return_tensors="pt"), max_length=64)
  `;

  it.each([
    ['BlipForConditionalGeneration', 'Salesforce/blip-image-captioning-base'],
    ['WhisperForConditionalGeneration', 'openai/whisper-small'],
    ['Pix2StructForConditionalGeneration', 'google/pix2struct-textcaps-base'],
  ])('does not count %s generating captions or transcripts', async (cls, checkpoint) => {
    const result = await detect(llmIntegration, { 'caption.py': generator(cls, checkpoint) });

    expect(result.present).toBe(false);
  });

  it.each([
    ['T5ForConditionalGeneration', 'google/flan-t5-base'],
    ['Blip2ForConditionalGeneration', 'Salesforce/blip2-opt-2.7b'],
    ['LlavaForConditionalGeneration', 'llava-hf/llava-1.5-7b-hf'],
    ['AutoModelForImageTextToText', 'HuggingFaceTB/SmolVLM2-2.2B-Instruct'],
  ])('counts %s, a language model, generating', async (cls, checkpoint) => {
    const result = await detect(llmIntegration, { 'generate.py': generator(cls, checkpoint) });

    expect(locations(result)).toEqual(['generate.py:5', 'generate.py:6']);
  });
});
