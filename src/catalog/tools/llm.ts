// LLM providers, frameworks, vector stores, evals, guardrails, agents, prompt
// registries and LLM observability. `calls` name the classes and functions
// that show real use where an import alone says too little (LangChain is
// also text splitters; an LLM SDK's structured-output call is a guardrail).
import { defineTools } from '../types.js';

/** Provider SDK helpers that declare a tool for the model (the tool is given to a chat call or an agent). */
const LLM_TOOL_DECLARATIONS = [
  'google.genai.types.FunctionDeclaration', 'google.genai.types.Tool', 'google.generativeai.types.FunctionDeclaration', 'google.generativeai.protos.FunctionDeclaration',
  'google.generativeai.protos.Tool', 'vertexai.generative_models.FunctionDeclaration', 'vertexai.generative_models.Tool',
  'vertexai.preview.generative_models.FunctionDeclaration', 'vertexai.preview.generative_models.Tool',
  'openai.pydantic_function_tool', 'anthropic.beta_tool', 'anthropic.beta_async_tool', 'anthropic.lib.tools.beta_tool',
  'langchain_core.utils.function_calling.convert_to_openai_tool', 'semantic_kernel.connectors.ai.function_choice_behavior.FunctionChoiceBehavior',
  'semantic_kernel.connectors.ai.FunctionChoiceBehavior', 'haystack.tools', 'haystack.components.tools.ToolInvoker', 'autogen.register_function',
  'autogen_core.tools.FunctionTool', 'autogen_agentchat.tools',
  'langchain_core.utils.function_calling.convert_to_openai_function', 'transformers.utils.get_json_schema',
  'openai.types.chat.ChatCompletionToolParam', 'openai.types.shared_params.FunctionDefinition', 'anthropic.types.ToolParam',
  'mistralai.models.Tool', 'mistralai.models.Function', 'mistral_common.protocol.instruct.tool_calls.Tool',
  'mistral_common.protocol.instruct.tool_calls.Function',
];

/** LangChain chat-model and LLM classes (embeddings classes excluded on purpose). */
const LANGCHAIN_LLMS = [
  'langchain.chat_models', 'langchain.llms', 'langchain_community.chat_models', 'langchain_community.llms',
  'langchain_openai.ChatOpenAI', 'langchain_openai.AzureChatOpenAI', 'langchain_openai.OpenAI', 'langchain_openai.AzureOpenAI',
  'langchain_openai.chat_models', 'langchain_openai.llms', 'langchain_anthropic.chat_models',
  'langchain_google_vertexai.model_garden', 'langchain_google_vertexai.ChatAnthropicVertex', 'langchain_google_vertexai.VertexAIModelGarden',
  'langchain_google_vertexai.chat_models', 'langchain_google_vertexai.llms',
  'langchain_anthropic.ChatAnthropic', 'langchain_anthropic.AnthropicLLM', 'langchain_google_genai.ChatGoogleGenerativeAI',
  'langchain_google_genai.GoogleGenerativeAI', 'langchain_google_vertexai.ChatVertexAI', 'langchain_google_vertexai.VertexAI',
  'langchain_ollama.ChatOllama', 'langchain_ollama.OllamaLLM', 'langchain_mistralai.ChatMistralAI', 'langchain_groq.ChatGroq',
  'langchain_cohere.ChatCohere', 'langchain_aws.ChatBedrock', 'langchain_aws.ChatBedrockConverse', 'langchain_aws.BedrockLLM',
  'langchain_huggingface.HuggingFacePipeline', 'langchain_huggingface.HuggingFaceEndpoint', 'langchain_huggingface.ChatHuggingFace',
  'langchain_together.ChatTogether', 'langchain_fireworks.ChatFireworks', 'langchain_deepseek.ChatDeepSeek', 'langchain_xai.ChatXAI',
  'langchain_nvidia_ai_endpoints.ChatNVIDIA', 'langchain_perplexity.ChatPerplexity', 'langchain_litellm',
  'langchain_cerebras.ChatCerebras', 'langchain_ibm.ChatWatsonx', 'langchain_ibm.WatsonxLLM',
];

/** LlamaIndex vector indexes and stores, in the current package layout and the older one (`GPTVectorStoreIndex`). */
const LLAMAINDEX_VECTOR_INDEXES = [
  'llama_index.vector_stores', 'llama_index.core.vector_stores', 'llama_index.core.VectorStoreIndex', 'llama_index.VectorStoreIndex',
  'llama_index.core.indices.VectorStoreIndex', 'llama_index.core.indices.vector_store', 'llama_index.indices.vector_store',
  'llama_index.GPTVectorStoreIndex', 'llama_index.GPTSimpleVectorIndex',
];

/** LangChain vector stores, in the community package and the partner packages. */
const LANGCHAIN_VECTORSTORES = [
  'langchain.vectorstores', 'langchain_community.vectorstores', 'langchain_core.vectorstores', 'langchain_chroma',
  'langchain_pinecone', 'langchain_qdrant', 'langchain_postgres', 'langchain_milvus', 'langchain_weaviate',
  'langchain_elasticsearch', 'langchain_mongodb.vectorstores', 'langchain_mongodb.MongoDBAtlasVectorSearch', 'langchain_redis',
  'langchain_astradb', 'langchain_aws.vectorstores', 'langchain.indexes.VectorstoreIndexCreator',
];

export const LLM_TOOLS = defineTools([
  { id: 'openai', name: 'OpenAI', pypi: ['openai'], imports: ['openai'], signals: ['llm_integration'] },
  { id: 'anthropic', name: 'Anthropic', pypi: ['anthropic'], imports: ['anthropic'], signals: ['llm_integration'] },
  { id: 'google-genai', name: 'Google GenAI', pypi: ['google-genai', 'google-generativeai'], imports: ['google.genai', 'google.generativeai'], signals: ['llm_integration'], aliases: ['gemini'] },
  { id: 'vertex-ai-llm', name: 'Vertex AI generative models', pypi: ['google-cloud-aiplatform'], imports: ['vertexai.generative_models', 'vertexai.language_models', 'vertexai.preview.generative_models', 'vertexai.preview.language_models'], signals: ['llm_integration'] },
  { id: 'cohere', name: 'Cohere', pypi: ['cohere'], imports: ['cohere'], signals: ['llm_integration'] },
  { id: 'mistral', name: 'Mistral', pypi: ['mistralai'], imports: ['mistralai'], signals: ['llm_integration'], endpoints: /\/\/api\.mistral\.ai(\/|$)/ },
  { id: 'groq', name: 'Groq', pypi: ['groq'], imports: ['groq'], signals: ['llm_integration'], endpoints: /\/\/api\.groq\.com(\/|$)/ },
  { id: 'together', name: 'Together AI', pypi: ['together'], imports: ['together'], signals: ['llm_integration'], endpoints: /\/\/api\.together\.(xyz|ai)(\/|$)/ },
  { id: 'litellm', name: 'LiteLLM', pypi: ['litellm'], imports: ['litellm'], signals: ['llm_integration'] },
  { id: 'ollama', name: 'Ollama', pypi: ['ollama'], imports: ['ollama'], signals: ['llm_integration'], endpoints: /:11434(\/|$)|\/\/ollama(:\d+)?(\/|$)/ },
  { id: 'vllm', name: 'vLLM', pypi: ['vllm'], imports: ['vllm'], signals: ['llm_integration'] },
  { id: 'llama-cpp', name: 'llama.cpp', pypi: ['llama-cpp-python'], imports: ['llama_cpp'], signals: ['llm_integration'] },
  { id: 'ctransformers', name: 'CTransformers', pypi: ['ctransformers'], imports: ['ctransformers'], signals: ['llm_integration'] },
  { id: 'gpt4all', name: 'GPT4All', pypi: ['gpt4all'], imports: ['gpt4all'], signals: ['llm_integration'] },
  { id: 'mlx-lm', name: 'MLX LM', pypi: ['mlx-lm'], imports: ['mlx_lm'], signals: ['llm_integration'] },
  // `fireworks.LLM` is the current SDK's class; the bare `fireworks` package name is also FireWorks, a workflow manager.
  { id: 'fireworks', name: 'Fireworks AI', pypi: ['fireworks-ai'], imports: ['fireworks.client', 'fireworks.LLM'], signals: ['llm_integration'], endpoints: /\/\/api\.fireworks\.ai(\/|$)/ },
  { id: 'ai21', name: 'AI21', pypi: ['ai21'], imports: ['ai21'], signals: ['llm_integration'] },
  // Meta's Llama API (`llama_api_client`) and the older third-party Llama API SDK (`LlamaAPI(key).run(request)`).
  { id: 'llama-api', name: 'Llama API', pypi: ['llama-api-client', 'llamaapi'], imports: ['llama_api_client', 'llamaapi'], signals: ['llm_integration'], endpoints: /\/\/api\.llama(-api)?\.com(\/|$)/ },
  { id: 'cerebras', name: 'Cerebras Inference', pypi: ['cerebras-cloud-sdk'], imports: ['cerebras.cloud.sdk'], signals: ['llm_integration'], endpoints: /\/\/api\.cerebras\.ai(\/|$)/ },
  { id: 'xai', name: 'xAI Grok API', pypi: ['xai-sdk'], imports: ['xai_sdk'], signals: ['llm_integration'], endpoints: /\/\/api\.x\.ai(\/|$)/ },
  // DeepSeek is reached through the OpenAI SDK's base URL, or LangChain's package for it.
  { id: 'deepseek', name: 'DeepSeek API', pypi: ['langchain-deepseek'], imports: ['langchain_deepseek'], signals: ['llm_integration'], endpoints: /\/\/api\.deepseek\.com(\/|$)/ },
  {
    id: 'watsonx-ai', name: 'IBM watsonx.ai', pypi: ['ibm-watsonx-ai'], signals: ['llm_integration'], aliases: ['watsonx', 'watsonx.ai'],
    imports: ['ibm_watsonx_ai.foundation_models.ModelInference', 'ibm_watsonx_ai.foundation_models.Model', 'ibm_watson_machine_learning.foundation_models.Model', 'ibm_watson_machine_learning.foundation_models.ModelInference'],
  },
  { id: 'g4f', name: 'GPT4Free', pypi: ['g4f'], imports: ['g4f'], signals: ['llm_integration'], aliases: ['g4f'] },
  { id: 'tensorrt-llm', name: 'TensorRT-LLM', pypi: ['tensorrt-llm'], imports: ['tensorrt_llm'], signals: ['llm_integration'] },
  { id: 'exllamav2', name: 'ExLlamaV2', pypi: ['exllamav2'], imports: ['exllamav2'], signals: ['llm_integration'] },
  // Replicate runs any hosted model: an LLM call only when the model run is a language model (lib/llm.ts › hostedModelRuns).
  { id: 'replicate', name: 'Replicate', pypi: ['replicate'], imports: ['replicate'], signals: [] },
  { id: 'azure-ai-inference', name: 'Azure AI Inference', pypi: ['azure-ai-inference'], imports: ['azure.ai.inference'], signals: ['llm_integration'] },
  // Azure AI Foundry projects: chat completions and agents through the project's connections.
  { id: 'azure-ai-projects', name: 'Azure AI Foundry projects', pypi: ['azure-ai-projects'], imports: ['azure.ai.projects'], signals: ['llm_integration'] },
  { id: 'dashscope', name: 'DashScope (Qwen)', pypi: ['dashscope'], imports: ['dashscope'], signals: ['llm_integration'] },
  { id: 'zhipuai', name: 'Zhipu AI', pypi: ['zhipuai'], imports: ['zhipuai'], signals: ['llm_integration'] },
  { id: 'sglang', name: 'SGLang', pypi: ['sglang'], imports: ['sglang'], signals: ['llm_integration'] },
  { id: 'tgi-client', name: 'Text Generation Inference client', pypi: ['text-generation'], imports: ['text_generation'], signals: ['llm_integration'] },
  { id: 'hf-inference', name: 'Hugging Face Inference', pypi: [], imports: ['huggingface_hub.InferenceClient', 'huggingface_hub.AsyncInferenceClient'], signals: ['llm_integration'], calls: ['huggingface_hub.InferenceClient', 'huggingface_hub.AsyncInferenceClient'] },
  { id: 'langchain', name: 'LangChain', pypi: ['langchain', 'langchain-core', 'langchain-community', 'langchain-openai', 'langchain-anthropic'], imports: ['langchain', 'langchain_core', 'langchain_community', 'langchain_openai', 'langchain_anthropic'], signals: [] },
  { id: 'langchain-llm', name: 'LangChain chat models', pypi: ['langchain-openai', 'langchain-anthropic', 'langchain-google-genai', 'langchain-ollama', 'langchain-mistralai', 'langchain-groq', 'langchain-aws', 'langchain-huggingface'], imports: LANGCHAIN_LLMS, signals: ['llm_integration'], calls: LANGCHAIN_LLMS },
  { id: 'llamaindex', name: 'LlamaIndex', pypi: ['llama-index', 'llama-index-core'], imports: ['llama_index'], signals: [] },
  { id: 'llamaindex-llm', name: 'LlamaIndex LLMs', pypi: [], imports: ['llama_index.llms', 'llama_index.core.llms'], signals: ['llm_integration'], calls: ['llama_index.llms', 'llama_index.core.llms'] },
  // Haystack: generators (2.x) and PromptNode (1.x) call an LLM; its embedding retrievers and document stores are the vector index.
  {
    id: 'haystack-llm', name: 'Haystack generators', pypi: ['haystack-ai', 'farm-haystack'], signals: ['llm_integration'],
    imports: ['haystack.components.generators', 'haystack_integrations.components.generators', 'haystack.nodes.PromptNode', 'haystack.nodes.prompt'],
    calls: ['haystack.components.generators', 'haystack_integrations.components.generators', 'haystack.nodes.PromptNode', 'haystack.nodes.prompt'],
  },
  {
    id: 'haystack-stores', name: 'Haystack document stores', pypi: [], signals: ['rag'],
    imports: ['haystack.document_stores', 'haystack_integrations.document_stores'], calls: ['haystack.document_stores', 'haystack_integrations.document_stores'],
  },
  // NeMo Guardrails' `LLMRails(config).generate(...)` runs the configured LLM behind the rails.
  { id: 'nemo-guardrails-llm', name: 'NeMo Guardrails LLMRails', pypi: [], imports: [], signals: ['llm_integration'], calls: ['nemoguardrails.LLMRails', 'nemoguardrails.rails.LLMRails', 'nemoguardrails.rails.llm.llmrails.LLMRails'] },
  { id: 'dspy', name: 'DSPy', pypi: ['dspy', 'dspy-ai'], imports: ['dspy'], signals: ['prompt_management', 'llm_integration'] },
  { id: 'langgraph', name: 'LangGraph', pypi: ['langgraph'], imports: ['langgraph'], signals: ['agents_tool_use'] },
  { id: 'crewai', name: 'CrewAI', pypi: ['crewai'], imports: ['crewai'], signals: ['agents_tool_use', 'llm_integration'] },
  { id: 'autogen', name: 'AutoGen', pypi: ['autogen', 'pyautogen', 'autogen-agentchat'], imports: ['autogen', 'autogen_agentchat'], signals: ['agents_tool_use', 'llm_integration'] },
  { id: 'smolagents', name: 'smolagents', pypi: ['smolagents'], imports: ['smolagents'], signals: ['agents_tool_use', 'llm_integration'] },
  { id: 'openai-agents', name: 'OpenAI Agents SDK', pypi: ['openai-agents'], imports: ['agents.Agent', 'agents.Runner', 'agents.function_tool', 'agents.handoff', 'agents.mcp'], signals: ['agents_tool_use', 'llm_integration'] },
  { id: 'pydantic-ai', name: 'Pydantic AI', pypi: ['pydantic-ai', 'pydantic-ai-slim'], imports: ['pydantic_ai'], signals: ['agents_tool_use', 'llm_integration'] },
  { id: 'semantic-kernel', name: 'Semantic Kernel', pypi: ['semantic-kernel'], imports: ['semantic_kernel'], signals: ['agents_tool_use', 'llm_integration'] },
  { id: 'agno', name: 'Agno (phidata)', pypi: ['agno', 'phidata'], imports: ['agno', 'phi.agent', 'phi.assistant'], signals: ['agents_tool_use', 'llm_integration'] },
  { id: 'strands-agents', name: 'Strands Agents', pypi: ['strands-agents'], imports: ['strands'], signals: ['agents_tool_use', 'llm_integration'] },
  { id: 'google-adk', name: 'Google Agent Development Kit', pypi: ['google-adk'], imports: ['google.adk'], signals: ['agents_tool_use', 'llm_integration'] },
  // Tools declared through a provider SDK's own helpers: Gemini function
  // declarations, OpenAI's `pydantic_function_tool`, Anthropic's `@beta_tool`,
  // LangChain's converter to the OpenAI tool format, Haystack tools, the
  // SDKs' typed tool parameters (OpenAI, Anthropic, Mistral), Hugging Face's
  // `get_json_schema` for chat templates' `tools=`.
  {
    id: 'llm-tool-declarations', name: 'LLM SDK tool declarations', pypi: [], signals: ['agents_tool_use'],
    imports: LLM_TOOL_DECLARATIONS, calls: LLM_TOOL_DECLARATIONS,
  },
  { id: 'mcp', name: 'Model Context Protocol', pypi: ['mcp', 'fastmcp', 'langchain-mcp-adapters'], imports: ['mcp', 'fastmcp', 'langchain_mcp_adapters'], signals: ['agents_tool_use'] },
  // One grouping per library: a grouping names one product, so LlamaIndex agent code never reads as LangChain's.
  {
    id: 'langchain-agents', name: 'LangChain tools and agents', pypi: [], imports: ['langchain.agents'], signals: ['agents_tool_use'],
    calls: ['*.bind_tools', 'langchain.agents', 'langchain_core.tools', 'langchain.tools.tool', 'langchain.tools.StructuredTool', 'langchain.tools.BaseTool'],
  },
  { id: 'langgraph-agents', name: 'LangGraph prebuilt agents', pypi: [], imports: ['langgraph.prebuilt'], signals: ['agents_tool_use'], calls: ['langgraph.prebuilt'] },
  {
    id: 'llamaindex-agents', name: 'LlamaIndex tools and agents', pypi: [], imports: ['llama_index.core.agent', 'llama_index.agent'], signals: ['agents_tool_use'],
    calls: ['llama_index.core.agent', 'llama_index.agent', 'llama_index.core.tools.FunctionTool'],
  },
  // LangChain's and LlamaIndex's FAISS stores run FAISS itself: the index is built and searched by it.
  { id: 'faiss', name: 'FAISS', pypi: ['faiss-cpu', 'faiss-gpu'], imports: ['faiss', '*.vectorstores.FAISS', '*.vectorstores.faiss', 'llama_index.vector_stores.faiss'], signals: ['rag'] },
  { id: 'chroma', name: 'Chroma', pypi: ['chromadb'], imports: ['chromadb'], signals: ['rag'] },
  { id: 'pinecone', name: 'Pinecone', pypi: ['pinecone', 'pinecone-client'], imports: ['pinecone'], signals: ['rag'] },
  { id: 'qdrant', name: 'Qdrant', pypi: ['qdrant-client'], imports: ['qdrant_client'], signals: ['rag'] },
  { id: 'weaviate', name: 'Weaviate', pypi: ['weaviate-client'], imports: ['weaviate'], signals: ['rag'] },
  { id: 'milvus', name: 'Milvus', pypi: ['pymilvus'], imports: ['pymilvus'], signals: ['rag'] },
  { id: 'pgvector', name: 'pgvector', pypi: ['pgvector'], imports: ['pgvector'], signals: ['rag'] },
  { id: 'lancedb', name: 'LanceDB', pypi: ['lancedb'], imports: ['lancedb'], signals: ['rag'] },
  { id: 'hnswlib', name: 'hnswlib', pypi: ['hnswlib'], imports: ['hnswlib'], signals: ['rag'] },
  { id: 'annoy', name: 'Annoy', pypi: ['annoy'], imports: ['annoy'], signals: ['rag'] },
  { id: 'txtai', name: 'txtai', pypi: ['txtai'], imports: ['txtai'], signals: ['rag'] },
  { id: 'azure-ai-search', name: 'Azure AI Search vectors', pypi: ['azure-search-documents'], imports: ['azure.search.documents.models.VectorizedQuery', 'azure.search.documents.models.VectorQuery'], signals: ['rag'], calls: ['azure.search.documents.models.VectorizedQuery', 'azure.search.documents.models.VectorQuery'] },
  { id: 'langchain-vectorstores', name: 'LangChain vector stores', pypi: ['langchain-chroma', 'langchain-pinecone', 'langchain-qdrant', 'langchain-postgres'], imports: LANGCHAIN_VECTORSTORES, signals: ['rag'], calls: LANGCHAIN_VECTORSTORES },
  { id: 'llamaindex-vectorstores', name: 'LlamaIndex vector indexes', pypi: [], imports: LLAMAINDEX_VECTOR_INDEXES, signals: ['rag'], calls: LLAMAINDEX_VECTOR_INDEXES },
  { id: 'ragas', name: 'Ragas', pypi: ['ragas'], imports: ['ragas'], signals: ['llm_evals'] },
  { id: 'deepeval', name: 'DeepEval', pypi: ['deepeval'], imports: ['deepeval'], signals: ['llm_evals'] },
  { id: 'promptfoo', name: 'promptfoo', pypi: [], imports: [], signals: ['llm_evals'], files: ['**/promptfooconfig.yaml', '**/promptfooconfig.yml'] },
  { id: 'trulens', name: 'TruLens', pypi: ['trulens', 'trulens-eval'], imports: ['trulens', 'trulens_eval'], signals: ['llm_evals'] },
  { id: 'inspect-ai', name: 'Inspect', pypi: ['inspect-ai'], imports: ['inspect_ai'], signals: ['llm_evals'] },
  { id: 'openai-evals', name: 'OpenAI Evals', pypi: ['evals'], imports: ['evals.api', 'evals.eval', 'evals.elsuite', 'evals.record', 'evals.registry'], signals: ['llm_evals'] },
  { id: 'openevals', name: 'OpenEvals', pypi: ['openevals', 'agentevals'], imports: ['openevals', 'agentevals'], signals: ['llm_evals'] },
  { id: 'lm-eval', name: 'LM Evaluation Harness', pypi: ['lm-eval'], imports: ['lm_eval'], signals: ['llm_evals'] },
  { id: 'langsmith-evals', name: 'LangSmith evaluations', pypi: [], imports: ['langsmith.evaluation', 'langsmith.evaluate', 'langsmith.aevaluate'], signals: ['llm_evals'], calls: ['langsmith.evaluate', 'langsmith.aevaluate', 'langsmith.evaluation', 'langsmith.Client.evaluate', 'langsmith.Client.aevaluate'] },
  { id: 'langchain-evaluation', name: 'LangChain evaluators', pypi: [], imports: ['langchain.evaluation'], signals: ['llm_evals'] },
  { id: 'phoenix-evals', name: 'Phoenix evals', pypi: ['arize-phoenix-evals'], imports: ['phoenix.evals'], signals: ['llm_evals'] },
  { id: 'opik-evals', name: 'Opik evaluation', pypi: [], imports: ['opik.evaluation'], signals: ['llm_evals'], calls: ['opik.evaluation', 'opik.evaluate'] },
  { id: 'azure-ai-evaluation', name: 'Azure AI Evaluation', pypi: ['azure-ai-evaluation'], imports: ['azure.ai.evaluation', 'promptflow.evals'], signals: ['llm_evals'] },
  { id: 'mlflow-genai-evals', name: 'MLflow GenAI evaluation', pypi: [], imports: ['mlflow.metrics.genai', 'mlflow.genai.scorers'], signals: ['llm_evals'], calls: ['mlflow.metrics.genai', 'mlflow.genai.evaluate', 'mlflow.genai.scorers'] },
  { id: 'guardrails-ai', name: 'Guardrails AI', pypi: ['guardrails-ai'], imports: ['guardrails.Guard', 'guardrails.hub', 'guardrails.validators', 'guardrails.validator_base'], signals: ['guardrails'], calls: ['guardrails.Guard'] },
  { id: 'nemo-guardrails', name: 'NeMo Guardrails', pypi: ['nemoguardrails'], imports: ['nemoguardrails'], signals: ['guardrails'] },
  { id: 'llm-guard', name: 'LLM Guard', pypi: ['llm-guard'], imports: ['llm_guard'], signals: ['guardrails'] },
  { id: 'instructor', name: 'Instructor', pypi: ['instructor'], imports: ['instructor'], signals: ['guardrails'] },
  { id: 'outlines', name: 'Outlines', pypi: ['outlines'], imports: ['outlines'], signals: ['guardrails'] },
  { id: 'presidio', name: 'Presidio', pypi: ['presidio-analyzer', 'presidio-anonymizer'], imports: ['presidio_analyzer', 'presidio_anonymizer'], signals: ['guardrails'] },
  { id: 'rebuff', name: 'Rebuff', pypi: ['rebuff'], imports: ['rebuff'], signals: ['guardrails'] },
  {
    id: 'structured-output', name: 'LLM structured output validation', pypi: [], imports: ['langchain.output_parsers.PydanticOutputParser', 'langchain.output_parsers.OutputFixingParser', 'langchain.output_parsers.RetryOutputParser', 'langchain.output_parsers.RetryWithErrorOutputParser', 'langchain_core.output_parsers.PydanticOutputParser'], signals: ['guardrails'],
    calls: ['*.with_structured_output', 'langchain.output_parsers.PydanticOutputParser', 'langchain.output_parsers.OutputFixingParser', 'langchain.output_parsers.RetryOutputParser', 'langchain.output_parsers.RetryWithErrorOutputParser', 'langchain_core.output_parsers.PydanticOutputParser', '*.completions.parse', '*.responses.parse'],
  },
  {
    id: 'openai-agents-guardrails', name: 'OpenAI Agents SDK guardrails', pypi: [], signals: ['guardrails'],
    imports: ['agents.input_guardrail', 'agents.output_guardrail', 'agents.InputGuardrail', 'agents.OutputGuardrail', 'agents.GuardrailFunctionOutput'],
  },
  { id: 'moderation', name: 'Moderation API', pypi: [], imports: [], signals: ['guardrails'], calls: ['*.moderations.create', 'openai.Moderation.create', 'mistralai.*.moderate', '*.classifiers.moderate'] },
  { id: 'langfuse', name: 'Langfuse', pypi: ['langfuse'], imports: ['langfuse'], signals: ['observability'] },
  { id: 'langsmith', name: 'LangSmith', pypi: ['langsmith'], imports: ['langsmith'], signals: [] },
  { id: 'arize-phoenix', name: 'Arize Phoenix', pypi: ['arize-phoenix'], imports: ['phoenix'], signals: ['observability'] },
  { id: 'helicone', name: 'Helicone', pypi: ['helicone'], imports: ['helicone'], signals: ['observability'] },
  { id: 'opik', name: 'Opik', pypi: ['opik'], imports: ['opik'], signals: ['observability'] },
  { id: 'langchain-hub', name: 'LangChain Hub prompts', pypi: [], imports: ['langchain.hub'], signals: ['prompt_management'], calls: ['langchain.hub.pull', 'langchainhub', '*.pull_prompt', '*.push_prompt'] },
  { id: 'promptlayer', name: 'PromptLayer', pypi: ['promptlayer'], imports: ['promptlayer'], signals: ['prompt_management'] },
  { id: 'mlflow-prompts', name: 'MLflow prompt registry', pypi: [], imports: [], signals: ['prompt_management'], calls: ['mlflow.genai.load_prompt', 'mlflow.genai.register_prompt', 'mlflow.load_prompt', 'mlflow.register_prompt'] },
  { id: 'prompt-files', name: 'Prompt template files', pypi: [], imports: [], signals: ['prompt_management'], calls: ['langchain_core.prompts.load_prompt', 'langchain.prompts.load_prompt', '*.PromptTemplate.from_file', '*.ChatPromptTemplate.from_file'], files: ['**/*.prompt', '**/*.prompty'] },
]);
