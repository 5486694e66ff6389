import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { llmIntegration } from './llm_integration.js';

describe('signals/llm_integration', () => {
  it('is present for a provider SDK and a LangChain chat model', async () => {
    const result = await detect(llmIntegration, {
      'chat.py': py`
        from openai import OpenAI
        client = OpenAI()
        reply = client.chat.completions.create(model="gpt-4o", messages=msgs)
      `,
      'graph.py': 'from langchain.chat_models import init_chat_model\nmodel = init_chat_model("claude-sonnet-4")\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['chat.py:1', 'chat.py:2', 'graph.py:1', 'graph.py:2']);
    // The call the catalogue names for the job comes before a client built from the tool's import (`OpenAI()`).
    expect(result.evidence[0]).toMatchObject({ match: 'langchain.chat_models.init_chat_model()', tool: 'langchain-llm' });
    expect(result.evidence).toContainEqual(expect.objectContaining({ location: 'chat.py:2', match: 'openai.OpenAI()', kind: 'call', generic: true }));
  });

  it('counts Hugging Face text generation: a pipeline, or generate() on a causal LM', async () => {
    const result = await detect(llmIntegration, {
      'gen.py': 'from transformers import pipeline\ngen = pipeline("text-generation", model="gpt2")\n',
      'nb.ipynb': notebook(['from transformers import AutoModelForCausalLM\nlm = AutoModelForCausalLM.from_pretrained("gpt2")', 'out = lm.generate(ids, max_new_tokens=20)']),
    });

    expect(locations(result).sort()).toEqual(['gen.py:2', 'nb.ipynb#cell=0:2', 'nb.ipynb#cell=1:1']);
  });

  it('counts generate() on a KerasHub causal LM, but not a Keras text classifier', async () => {
    const result = await detect(llmIntegration, {
      'gemma.ipynb': notebook(['import keras_hub\nlm = keras_hub.models.CausalLM.from_preset("gemma3_1b")', 'def generate(p):\n    return p\ngenerate("x")\nlm.generate("A piece of advice", max_length=40)']),
      'clf.py': 'import keras_hub\nclf = keras_hub.models.TextClassifier.from_preset("bert_base_en")\nclf.predict(texts)\n',
    });

    expect(locations(result).sort()).toEqual(['gemma.ipynb#cell=0:2', 'gemma.ipynb#cell=1:4']);
  });

  it('counts a Haystack generator and NeMo Guardrails rails that run the configured LLM', async () => {
    const result = await detect(llmIntegration, {
      'pipe.py': 'from haystack.components.generators import OpenAIGenerator\ngen = OpenAIGenerator(model="gpt-4o-mini")\n',
      'rails.py': 'from nemoguardrails import LLMRails, RailsConfig\nrails = LLMRails(RailsConfig.from_path("config"))\n',
    });

    expect(locations(result).sort()).toEqual(['pipe.py:1', 'pipe.py:2', 'rails.py:2']);
  });

  it('counts an LLM HTTP API called without an SDK', async () => {
    const result = await detect(llmIntegration, {
      'ask.py': 'import requests\nr = requests.post("http://localhost:11434/api/generate", json=payload)\n',
    });

    expect(locations(result)).toEqual(['ask.py:2']);
  });

  it('is absent for LangChain text splitters, a sentiment pipeline and mentions', async () => {
    const result = await detect(llmIntegration, {
      'split.py': 'from langchain_text_splitters import RecursiveCharacterTextSplitter\nsplitter = RecursiveCharacterTextSplitter()\n',
      'clf.py': 'from transformers import pipeline\nclf = pipeline("sentiment-analysis")\n',
      'README.md': 'Calls OpenAI GPT-4 through `client.chat.completions.create`.\n',
      'notes.py': '# import openai\nprint("from anthropic import Anthropic")\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('reports a declared SDK that is never imported as a hint only', async () => {
    const result = await detect(llmIntegration, { 'requirements.txt': text`
      openai==1.30.0
    ` });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
    expect(result.hints.map((h) => h.location)).toEqual(['requirements.txt:1']);
  });

  it('counts LLM calls through cloud SDKs: Bedrock runtime, Vertex AI, Azure OpenAI, LangChain Bedrock and Vertex classes', async () => {
    const result = await detect(llmIntegration, {
      'bedrock.py': 'import boto3\nclient = boto3.client("bedrock-runtime")\nclient.converse(modelId=m, messages=msgs)\n',
      'vertex.py': 'from vertexai.generative_models import GenerativeModel\nGenerativeModel("gemini-1.5-pro").generate_content(p)\n',
      'azure.py': 'from openai import AzureOpenAI\nAzureOpenAI(api_version=v).chat.completions.create(model=m, messages=msgs)\n',
      'chains.py': 'from langchain_aws import ChatBedrock\nfrom langchain_google_vertexai import ChatVertexAI\nllms = [ChatBedrock, ChatVertexAI]\n',
    });

    expect(locations(result)).toEqual(expect.arrayContaining(['bedrock.py:2', 'vertex.py:1', 'azure.py:1', 'chains.py:1', 'chains.py:2']));
  });

  it('is absent for a boto3 storage client and a Bedrock mention', async () => {
    const result = await detect(llmIntegration, {
      's3.py': 'import boto3\n# boto3.client("bedrock-runtime")\nboto3.client("s3").upload_file("a", "b", "c")\n',
      'README.md': 'Calls Claude on Bedrock via `invoke_model`.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
