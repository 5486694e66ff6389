// Evidence: a provider SDK, local runtime or agent framework imported or
// called; a LangChain or LlamaIndex chat-model/LLM class (not embeddings or
// text splitters), of a provider package the catalogue lists or, built and
// run, of any other `langchain_*` package (lib/llm-langchain.ts); a Hugging Face text-generation pipeline or `.generate()`
// on a generative LM (an encoder-decoder task model, BART, mBART, T5, Marian,
// Pegasus, only when its checkpoint is instruction-tuned: FLAN-T5, T0); a Bedrock client; a request to an LLM HTTP API made
// without an SDK (lib/llm-http.ts). Declared packages alone are hints.
// Other LLM detectors read the same evidence through lib/llm.ts › llmEvidence.
import { defineDetector } from './define.js';
import { llmCalls } from './lib/llm.js';

export const llmIntegration = defineDetector({
  id: 'llm_integration',
  area: 'llm',
  rule: 'an LLM is called from code: OpenAI, Anthropic, Google GenAI, Cohere, Mistral, LiteLLM, Ollama, vLLM, LangChain / LlamaIndex LLM classes, Hugging Face text-generation pipelines.',
  uses: 'import',
  detect: (ctx, found) => [...found, ...llmCalls(ctx)],
});
