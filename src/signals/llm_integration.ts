// signals.md › llm_integration: an LLM is called from code: OpenAI, Anthropic, Google GenAI, Cohere, Mistral, LiteLLM, Ollama, vLLM, LangChain / LlamaIndex LLM classes, Hugging Face text-generation pipelines.
import { defineDetector } from './define.js';

export const llmIntegration = defineDetector({
  id: 'llm_integration',
  area: 'llm',
});
