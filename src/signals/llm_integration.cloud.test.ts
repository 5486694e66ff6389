// Issue 15: LLM calls through cloud SDKs and endpoints (Vertex AI, Azure OpenAI).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { llmIntegration } from './llm_integration.js';

describe('signals/llm_integration (Vertex AI and Azure OpenAI)', () => {
  it('counts the Vertex AI language models, LangChain chat models by module path, and Azure REST endpoints', async () => {
    const result = await detect(llmIntegration, {
      'vertex.py': 'from vertexai.preview.language_models import ChatModel\n\nchat = ChatModel.from_pretrained("chat-bison").start_chat()\n',
      'azure_lc.py': 'from langchain_openai.chat_models import AzureChatOpenAI\n\nllm = AzureChatOpenAI(azure_deployment="gpt-4o")\n',
      'azure_rest.py': py`
        import requests

        def ask(q):
            return requests.post("https://contoso.openai.azure.com/openai/deployments/gpt4/chat/completions?api-version=2024-02-01", json={"messages": q})
      `,
      'gemini_rest.py': 'import httpx\n\nhttpx.post("https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/gemini-1.5-pro:generateContent")\n',
    });

    expect(locations(result).sort()).toEqual(['azure_lc.py:1', 'azure_lc.py:3', 'azure_rest.py:4', 'gemini_rest.py:3', 'vertex.py:1', 'vertex.py:3']);
  });

  it('is absent for cloud embeddings, a Vertex AI training job, and mentions', async () => {
    const result = await detect(llmIntegration, {
      'embed.py': 'from langchain_google_vertexai import VertexAIEmbeddings\nfrom langchain_openai import AzureOpenAIEmbeddings\n\nVertexAIEmbeddings(model_name="text-embedding-004")\n',
      'train.py': 'from google.cloud import aiplatform\n\naiplatform.CustomTrainingJob(display_name="t", script_path="train.py").run()\n',
      'README.md': 'Answers come from Azure OpenAI (https://x.openai.azure.com) or Vertex AI Gemini (:generateContent).\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
