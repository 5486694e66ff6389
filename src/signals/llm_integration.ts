// signals.md › llm_integration: an LLM is called from code: OpenAI, Anthropic, Google GenAI, Cohere, Mistral, LiteLLM, Ollama, vLLM, LangChain / LlamaIndex LLM classes, Hugging Face text-generation pipelines.
// Evidence: a provider SDK, local runtime or agent framework imported or
// called; a LangChain or LlamaIndex chat-model/LLM class (not embeddings or
// text splitters); a Hugging Face text-generation pipeline or `.generate()`
// on a generative LM; a Bedrock client. Declared packages alone are hints.
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { LLM_TOOLS, llmEvidence } from './helpers/llm.js';
import { orHints } from './helpers/ml.js';
import type { Evidence } from './types.js';

function detectLlm(ctx: DetectContext): Evidence[] {
  return orHints(ctx, llmEvidence(ctx), LLM_TOOLS);
}

export const llmIntegration = defineDetector({
  id: 'llm_integration',
  area: 'llm',
  tools: [],
  detect: detectLlm,
});
