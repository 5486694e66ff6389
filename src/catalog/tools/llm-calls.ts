// The LLM detectors' knowledge beyond imports: which calls generate text,
// retrieve from a vector index, call tools, score outputs or constrain them.
// Data only; the matching is in src/signals/helpers/llm.ts and the detectors.

/** Hugging Face pipelines that generate text with a language model. */
export const HF_TEXT_GENERATION = /^(text-generation|text2text-generation|conversational|image-text-to-text)$/;
/**
 * Generative language-model classes: Hugging Face's, KerasHub/KerasNLP
 * causal LMs (`keras_hub.models.CausalLM.from_preset("gemma3_1b")`), and
 * Unsloth's loaders of Hugging Face LMs (`FastLanguageModel.from_pretrained`);
 * `.generate()` on one in the same file is an LLM call; so is an image-text-to-text
 * model (a vision-language model on a language-model backbone: SmolVLM, Idefics, Qwen-VL). Conditional
 * generators that transcribe speech, caption images or make music (Whisper,
 * BLIP, Pix2Struct, Florence-2, MusicGen) are no language models.
 */
const NOT_LM_GENERATORS = '(?:Whisper|Speech2Text|Blip|Pix2Struct|Florence2|Musicgen|MusicgenMelody|Pop2Piano|SeamlessM4T|SeamlessM4Tv2|TFWhisper|TFBlip|FlaxWhisper)For';
export const HF_GENERATIVE_MODEL = new RegExp(
  String.raw`^(transformers\.(AutoModelForCausalLM|AutoModelForSeq2SeqLM|TFAutoModelForCausalLM|AutoModelForImageTextToText|AutoModelForVision2Seq|\w+ForImageTextToText|\w+ForCausalLM|\w*LMHeadModel|(?!${NOT_LM_GENERATORS})\w+ForConditionalGeneration)|(keras_hub|keras_nlp)\.models\.\w*(CausalLM|Seq2SeqLM)|unsloth\.(FastLanguageModel|FastModel|FastVisionModel))(\.|$)`,
);
/**
 * Encoder-decoder text models (`AutoModelForSeq2SeqLM`, BART, mBART, PLBart,
 * T5, mT5, LongT5, Pegasus, LED, Marian, M2M100, NLLB, FSMT, ProphetNet;
 * KerasHub's `BartSeq2SeqLM`): translation, summarisation and other
 * text-to-text task models. Generating with one is model inference, not an
 * LLM call (held-out BU BARTpho-VietBana: a fine-tuned mBART translator, its
 * BLEU model evaluation), unless the checkpoint is an instruction-tuned,
 * general-purpose LM prompted for any task (SEQ2SEQ_INSTRUCT). BlenderBot, a
 * conversational model, is not among them.
 */
export const HF_SEQ2SEQ_MODEL =
  /(^|\.)(TF|Flax)?(AutoModelForSeq2SeqLM|(Bart|MBart|PLBart|Mvp|Pegasus|PegasusX|BigBirdPegasus|LED|T5|MT5|UMT5|LongT5|SwitchTransformers|ProphetNet|XLMProphetNet|M2M100|NllbMoe|FSMT|Marian)ForConditionalGeneration|MarianMTModel)(\.|$)|^(keras_hub|keras_nlp)\.models\.\w*Seq2SeqLM(\.|$)/;
/**
 * Checkpoints of instruction-tuned encoder-decoder LMs, prompted zero- or
 * few-shot like any LLM (held-out AU: `google/flan-t5-base` prompted to
 * summarise): FLAN-T5 and Flan-UL2 (and models tuned from them, LaMini-Flan-T5,
 * Flan-Alpaca, a local `./flan-...-checkpoint`), T0, mT0, UL2, LaMini-T5,
 * FastChat-T5, Tk-Instruct, InstructCodeT5+, Aya-101. A name or path, never
 * prose: a string with a space in it is none.
 */
export const SEQ2SEQ_INSTRUCT = /^\S*((^|[^a-z])flan([-_]|t5)|\/(t0|mt0-[\w.-]+|ul2)$|(^|[/_.-])(t0pp|t0_3b)([/_.:-]|$)|lamini|fastchat-t5|tk-instruct|instructcodet5|aya-101)\S*$/i;
/**
 * A generative LM put in inference mode where it is loaded: torch's `.eval()`
 * (no arguments), or Unsloth's `FastLanguageModel.for_inference(model)`. The
 * model is loaded to run, not to be trained: an LLM call even when the code
 * decodes token by token from its logits rather than through `.generate()`.
 */
export const INFERENCE_MODE = /(^|\.)eval$|^unsloth\.(FastLanguageModel|FastModel|FastVisionModel)\.for_inference$/;
/** A cloud client for an LLM service named by string (`boto3.client("bedrock-runtime")`). */
export const LLM_SERVICE_CLIENTS = ['boto3.client', 'boto3.session.Session.client', '*.client'];
export const LLM_SERVICE_NAMES = /^bedrock(-runtime|-agent-runtime)?$/;
/** Clients that take a provider's base URL (OpenAI-compatible SDKs and wrappers) and HTTP clients: a tool's `endpoints` URL in a file using one is use of the tool. */
export const ENDPOINT_CLIENTS = ['openai', 'langchain_openai', 'langchain_community.chat_models', 'litellm', 'llama_index.llms', 'instructor', 'pydantic_ai', 'requests', 'httpx', 'aiohttp', 'urllib.request'];
/**
 * Requests to LLM HTTP APIs made without an SDK: an HTTP client's
 * (`requests.post("http://localhost:11434/api/generate")`, `client.post`,
 * `urllib.request.Request(url, data)`) or the project's own helper named for
 * one (`post_json(url, payload)`, `http_post(...)`, `_request("POST", url)`).
 */
export const LLM_HTTP_CALLS = /^(requests|httpx|aiohttp)\.|^urllib\.request\.(Request|urlopen)$|(^|\.)_*(http_|send_|make_|do_|api_|async_)?(post|request)(_json)?$/;
/** A model id that names a generative language-model family (`mistralai/Mistral-7B-Instruct`, `google/flan-t5-large`, `power-greg/super-fast-llm`). */
const LM_FAMILY = /(llm|gpt|llama|mistral|mixtral|falcon|gemma|qwen|zephyr|bloom|starcoder|vicuna|deepseek|chatglm|stablelm|pythia|dolly|claude|granite|[/_.-](t5|mt5|opt|mpt|phi-?\d)([/_.:-]|$))/;
/**
 * The Hugging Face Inference API serving a generative language model: a
 * text-generation task path, or a model whose id names an LM family. The
 * same API serving an image or OCR model (`stable-diffusion-xl`, `trocr`) is no LLM.
 */
const HF_INFERENCE_LLM = new RegExp(`(api-inference\\.huggingface\\.co|router\\.huggingface\\.co\\/hf-inference)\\/(pipeline\\/(text-generation|text2text-generation)\\/|models\\/[^\\s?#]*?${LM_FAMILY.source})`);
/** A hosted model run (Replicate `owner/name[:version]`) of a language model. */
export const LM_MODEL_ID = new RegExp(`^[\\w.-]+\\/[^\\s]*?${LM_FAMILY.source}`, 'i');
/** Runs of a hosted model by reference: Replicate's module functions. */
export const HOSTED_MODEL_RUNS = /^replicate\.(run|async_run|stream|async_stream|predictions\.create|models\.predictions\.create)$/;
/**
 * LangChain integration packages beyond the catalogue's list (`langchain_crynux`,
 * `langchain_upstage`, `langchain_sambanova`): every `langchain_*` package but the
 * core, its text splitters and its test kits, which hold no provider's model.
 */
export const LANGCHAIN_PACKAGE = /^langchain_(?!(core|text_splitters|tests|standard_tests)$)\w+$/;
/**
 * A chat-model or LLM class of such a package, by name (`ChatCrynux`,
 * `AzureChatOpenAI`, `ChatLiteLLM`, `OllamaLLM`) or by module (`<pkg>.chat_models.X`,
 * `<pkg>.llms.X`). Names of what surrounds a chat model are none: chat message
 * histories, prompt templates, caches, callbacks, embeddings, retrievers, agents.
 */
export const LANGCHAIN_MODEL_CLASS = /^[A-Z]\w*Chat(?![a-z])\w*$|^Chat[A-Z0-9]\w*$|^[A-Z]\w*LLM$/;
export const LANGCHAIN_MODEL_MODULES = ['chat_models', 'llms'];
export const NOT_LANGCHAIN_MODEL = /Message|History|Prompt|Template|Loader|Memory|Session|Generation|Result|Chunk|Cache|Callback|Handler|Embedding|Retriever|Store|Parser|Tool|Agent|Chain|Wrapper|Rerank|Evaluat|Tracer|Router|Fake|Mock|Error|Exception|Config|Settings|Params/;
/** LangChain's base classes of a chat model or LLM: a subclass of one in the project's code is its own LLM class. */
export const LANGCHAIN_MODEL_BASES = /^(langchain_core\.language_models|langchain\.chat_models\.base|langchain\.llms\.base|langchain\.schema\.language_model|langchain\.llms|langchain\.chat_models)(\.\w+)*\.(BaseChatModel|SimpleChatModel|BaseLLM|LLM)$/;
/** Test doubles by name (`FakeChatModel`, `MockLLM`, `EchoLLM`): no model behind them. */
export const DOUBLE_NAMES = /^_*(Fake|Mock|Dummy|Stub|Echo|Test)|(Fake|Mock|Dummy|Stub)[A-Z]/;
/**
 * What is done with a LangChain model: it is run (`.invoke`, `.ainvoke`,
 * `.stream`, `.batch`, `.generate`), wrapped to run
 * (`.with_structured_output(...)`, `.bind_tools(...)`), or handed to a chain
 * or an agent as `llm=`.
 */
export const RUNNABLE_METHODS = /(^|\.)(invoke|ainvoke|stream|astream|astream_events|batch|abatch|predict|apredict|predict_messages|generate|agenerate|call_as_llm|with_structured_output|bind_tools|with_fallbacks|with_retry)$/;
export const MODEL_KWARGS = ['llm', 'chat_model', 'llm_model'];
/**
 * Paths that only LLM APIs serve, whatever the host: OpenAI-compatible chat
 * and completions (vLLM, LM Studio, NVIDIA, OpenRouter, ... behind a base URL
 * kept elsewhere: `f"{settings.base_url}/chat/completions"`) and Ollama's
 * generate. lib/llm-http.ts decides when a request to one counts.
 */
export const LLM_API_PATHS = /\/(v\d+\/)?chat\/completions\/?(\?|$)|\/v\d+\/completions\/?(\?|$)|\/api\/generate\/?(\?|$)/i;
/** Paths other web APIs serve too (an app's own `/api/chat`): Ollama's chat, Anthropic's messages. They count only with an LLM request body. */
export const LLM_BODY_PATHS = /\/api\/chat\/?(\?|$)|\/v1\/messages\/?(\?|$)/i;
/** An LLM request body: a model and what it is asked (`{"model": ..., "messages": [...]}`, `{"model": ..., "prompt": ...}`). */
export const LLM_BODY_MODEL_KEY = 'model';
export const LLM_BODY_INPUT_KEYS = ['messages', 'prompt'];
/** HTTP clients made with a base URL (`httpx.AsyncClient(base_url=...)`): their requests may give only the path. */
export const BASE_URL_CLIENTS = /^(httpx\.(Async)?Client|aiohttp\.ClientSession)$/;
/** LLM API hosts, and paths that name their provider (Azure OpenAI deployments, Gemini's `:generateContent`): any request to one is an LLM call. */
export const LLM_ENDPOINTS = new RegExp(
  `${/api\.openai\.com|api\.anthropic\.com|generativelanguage\.googleapis\.com|api\.mistral\.ai|api\.groq\.com|api\.together\.(xyz|ai)|api\.deepseek\.com|api\.perplexity\.ai|api\.x\.ai|api\.cerebras\.ai|api\.fireworks\.ai\/inference|api\.llama(-api)?\.com|api\.cohere\.(ai|com)\/v\d\/(chat|generate)|integrate\.api\.nvidia\.com|openrouter\.ai\/api|:11434\/api\/(generate|chat)|openai\.azure\.com|\/openai\/deployments\/[^/]+\/(chat\/)?completions|inference\.ai\.azure\.com|aiplatform\.googleapis\.com\/.*\/publishers\/|:(stream)?[gG]enerateContent\b|bedrock-runtime\.[\w-]+\.amazonaws\.com/.source}|${HF_INFERENCE_LLM.source}`,
  'i',
);

/** Chat or completion calls; `tools=` on one of them is function calling. */
export const CHAT_METHODS = /(^|\.)(create|acreate|parse|create_chat_completion|chat|achat|completion|acompletion|generate_content|generate_content_async|send_message|converse|stream|invoke|ainvoke|bind)$/;
/** Instructor's chat calls returning a structured reply (`client.chat.completions.create_with_completion(...)`): they run the LLM too. */
export const STRUCTURED_CHAT_METHODS = /(^|\.)(create_with_completion|create_partial|create_iterable)$/;
export const TOOL_KWARGS = ['tools', 'functions', 'tool_choice', 'function_call', 'toolConfig', 'tool_config'];
/**
 * More chat calls that take `tools=`, for tool calling only: Mistral's
 * `chat.complete`, Hugging Face `chat_completion` and chat templates, the
 * OpenAI and Anthropic SDKs' tool runners.
 */
export const TOOL_CHAT_METHODS = /(^|\.)(complete|complete_async|stream_async|chat_completion|apply_chat_template|run_tools|tool_runner)$/;
/**
 * A tool's result handed back to the model, which answers a tool call the
 * model made: dict keys of an OpenAI chat `tool` message (`tool_call_id`),
 * an Anthropic `tool_result` block (`tool_use_id`), a Bedrock Converse
 * `toolResult` (`toolUseId`), a Gemini `function_response` part; and Gemini's
 * function-response constructors (`Part.from_function_response`, `FunctionResponse`).
 */
export const TOOL_RESULT_KEYS = ['tool_call_id', 'tool_use_id', 'toolUseId', 'function_response'];
export const TOOL_RESULT_CALLS = /(^|\.)(from_function_response|FunctionResponse)$/;
/** Keyword arguments that give an agent tools: tools, MCP servers and toolsets (OpenAI Agents SDK, Pydantic AI). */
export const AGENT_TOOL_KWARGS = ['tools', 'mcp_servers', 'toolsets'];
/** Decorators that turn a function into a tool an LLM can call (`@mcp.tool()`, `@agent.tool`, `@function_tool`, AutoGen's `@assistant.register_for_llm()`, Anthropic's `@beta_tool` and `@beta_async_tool`). */
export const TOOL_DECORATORS = /(^|\.)(tool|tool_plain|function_tool|kernel_function|register_for_llm|register_for_execution|beta_tool|beta_async_tool)$/;

/** Scoring LLM outputs through an evaluation platform (LangSmith `client.aevaluate`, Langfuse experiments). */
export const EVAL_PLATFORM_CALLS = /(^|\.)(evaluate|aevaluate|run_experiment|run_on_dataset|arun_on_dataset)$/;
export const EVAL_PLATFORMS = ['langsmith', 'langfuse', 'opik', 'braintrust', 'phoenix'];
/** Functions of an evaluation harness: they score, grade, judge or validate answers. */
export const EVAL_FUNCTIONS = /score|grade|judge|evaluat|validate|correctness|accuracy/i;
/** A labelled example's reference answer, read by key (`case.get("expectation")`, `row["ground_truth"]`): what a hand-written harness scores against. */
export const REFERENCE_KEYS = /^(ground_?truth|expected(_[a-z]+)?|expectation|reference(_answer)?|gold(_[a-z]+)?|answer_key|ideal(_answer)?)$/i;
/**
 * A grading function of a hand-written harness, by name: it scores, grades or
 * evaluates answers (`eval_boxed_accuracy_results`, `score_answers`); not a
 * `validate`/`check` of the application's reply (guardrails).
 */
export const GRADING_FUNCTIONS = /score|grade|judge|evaluat|(^|_)evals?(_|$)|correctness|accuracy|(^|_)acc(_|$)/i;
/**
 * A grading function's parameter holding the reference answers (`math_gold_answers`, `ground_truth`, `expected_outputs`);
 * `expected_format` is no answer, and a classifier's `labels`/`targets`/`y_true` (model_evaluation) are left out.
 */
export const REFERENCE_PARAM = /(^|_)(gold|ground_?truths?|references?|refs?|expected|correct)(_(answers?|outputs?|labels?|solutions?|values?|responses?|texts?|strs?))?$/i;
/** A grading function's parameter holding the generated answers (`model_answers`, `predictions`, `completions`). */
export const ANSWER_PARAM = /(^|_)(preds?|predictions?|predicted|outputs?|completions?|generations?|generated|responses?|answers?|hyps?|hypothes[ie]s)(_(strs?|texts?))?$/i;
/** Calls that aggregate per-example results into one score (`sum(results) / len(results)`, `np.mean(correct)`). */
export const AGGREGATES = /(^|\.)(sum|mean|nanmean|fmean|average|count_nonzero)$/;
/** Test doubles: a test that mocks the LLM grades nothing. */
export const MOCKING = ['unittest.mock', 'mock', 'pytest_mock', 'respx', 'vcr', 'pytest_recording'];
/** Metrics that score predictions against labels (a hand-written harness over an LLM's answers). */
export const LABEL_METRICS = ['sklearn.metrics', 'evaluate.load', 'rouge_score', 'nltk.translate.bleu_score', 'sacrebleu', 'bert_score'];

/** Structured-output keyword arguments (with a pydantic model defined in the same file). */
export const STRUCTURED_KWARGS = ['response_format', 'response_model', 'text_format', 'output_type', 'result_type', 'response_schema'];
/** Safety classifier models named in a call (`meta-llama/Llama-Guard-3-8B`, `llama-guard3`); a model id has no spaces, an error message does. */
export const SAFETY_MODELS = /^\S*(llama[-_]?guard|shieldgemma|prompt[-_]?guard|granite-guardian)\S*$/i;
/**
 * Functions and classes named for screening what goes in or out of an LLM, beside GUARD_FUNCTIONS and
 * CHECK_FUNCTIONS: a guard model run in one screens (`llama_guard_check`, `classify_safety`, `class SafetyGuard`,
 * `screen`); lib/guard-models.ts.
 */
export const SCREENING_SCOPES = /guard|safe|moderat|screen|shield|harm|toxic|jailbreak|injection/i;
/** A guard model's verdict read as one (`result.startswith("unsafe")`): its output says `safe`, or `unsafe` and the categories. */
export const SAFETY_VERDICTS = /^\s*(un)?safe\s*$|^\s*unsafe\b/i;
/**
 * Functions of the application's own checks on LLM input or output: a
 * moderation or prompt-injection filter (often an LLM call itself), PII
 * scrubbing, named for it or for anonymising, pseudonymising, de-identifying
 * or redacting whatever they are given (`anonymize_text`, `redact_email`:
 * held-out CE replaces e-mails, phones and names before the GPT call; a bare
 * `mask` is a tensor's). They count in code that calls an LLM or that such
 * code imports.
 */
export const GUARD_FUNCTIONS = /moderat(e|ion)|guardrail|jailbreak|prompt_?injection|(redact|scrub|mask|anonymi[sz]e)_?pii|(^|_)(anonymi[sz]|pseudonymi[sz]|de_?identif|redact)|pii_?(filter|redact|scrub|mask|detect)|(is|check)_(safe|unsafe|toxic|harmful|appropriate)(_|$)|content_?filter|safety_?check|sanitize_prompt|(score|check|detect|classify)_?toxicity/i;
/**
 * The application's own checks named for what they screen (used like
 * GUARD_FUNCTIONS, in LLM code, and only when something calls them): the
 * user's input or prompt (`validate_user_input`, `sanitize_query`,
 * `check_prompt`), the model's output (`validate_llm_output`,
 * `verify_answer`, `is_valid_json`, `validate_sql`), the tool calls it makes
 * (`_validate_tool_name`, `sanitize_arguments`) and text sanitised for it
 * (`sanitize_text`). Not `validate_response` alone (an HTTP response), a
 * filename or a config.
 */
export const CHECK_FUNCTIONS = new RegExp(
  [
    '^_*(validate|verify|check|screen|scan|saniti[sz]e|filter)_(user_)?(input|prompt|query|question|message)s?$',
    '^_*(validate|verify|check|screen|scan|saniti[sz]e|filter)_(llm_|model_|agent_|ai_)?(output|answer|completion|reply|generation)s?$',
    '^_*(validate|verify|check)_(llm|model|agent|ai)_response$',
    '^_*(validate|verify|check|saniti[sz]e)_tool_(name|call|calls|args|arguments|input|inputs|params|parameters)$',
    '^_*saniti[sz]e_(arguments|args|text|content|html|markdown|response)$',
    '^_*(is_valid|validate|check)_(json|sql)(_output|_query|_response)?$',
    '^_*is_valid_(output|answer|response|input|prompt|query)$',
  ].join('|'),
  'i',
);
/**
 * The application's own post-checks of its LLM's answers, named for what
 * they look for (used like CHECK_FUNCTIONS): hallucinations
 * (`check_hallucination`, `detect_hallucinations`, `hallucination_checker`),
 * grounding and faithfulness (`is_grounded`, `verify_grounding`,
 * `check_faithfulness`), the answer's citations (`validate_citations`,
 * `filter_invalid_citations`), the answer's safety
 * (`check_response_safety`), and the self-RAG grader that sends an
 * ungrounded answer back to generation (`grade_generation_v_documents_and_question`).
 * A check verb is required: `hallucination_rate`, `evaluate_faithfulness` or
 * `compute_groundedness` score an evaluation, they do not check the reply.
 */
export const ANSWER_CHECKS = new RegExp(
  [
    '(^|_)(check|detect|verify|validate|guard|flag|screen|scan|filter|catch|prevent|block|strip|remove|mitigate)(_[a-z0-9]+)*_hallucinat[a-z_]*$',
    '(^|_)hallucinat[a-z]*_(check|checker|guard|filter|detector|detection|flag|flags|warning|warnings)$',
    '^_*(is|check|verify|validate|ensure|enforce|assert)_([a-z0-9]+_)*(grounded|grounding|groundedness|faithful|faithfulness)$',
    '^_*(grounding|groundedness|faithfulness)_(check|guard|filter|gate)$',
    '^_*(check|verify|validate|filter|screen)_([a-z0-9]+_)*citations?$',
    '^_*citations?_(check|guard|filter|validation|validator|verification|verifier)$',
    '^_*(check|verify|validate|screen)_(response|answer|output|reply|generation|completion)_safety$',
    '^_*grade_generation(_[a-z_]+)?$',
  ].join('|'),
  'i',
);
/** Classes of the same post-checks (`HallucinationChecker`, `CitationValidator`, `GroundingGuard`), counted where the LLM code builds one. */
export const ANSWER_CHECKERS = /(Hallucinat[A-Za-z]*|Grounding|Groundedness|Faithfulness|Citations?|Answer|LLMOutput)(Checker|Guard|Guardrails?|Validator|Verifier|Detector|Filter)$/;
/**
 * An LLM judge of the app's own reply (`judge_response`, `llm_judge`,
 * `grade_answer`): a guardrail only where its verdict changes what the user
 * gets (lib/llm-checks.ts judgedReplies); elsewhere it is an evaluation.
 */
export const JUDGE_FUNCTIONS = /(^|_)judge(_|$)|^_*grade_(answer|response|reply|output|generation)s?$/i;
/** Functions that evaluate rather than serve: a check called only from them runs in an evaluation. */
export const EVALUATION_CALLERS = /(^|_|\.)(evals?|evaluate|evaluation|evaluator|benchmark|benchmarks)(_|$)|(^|\.)(test_\w*|\w*Evaluator\.\w+)$/i;
/**
 * Validation of data against a schema: pydantic (`Model.model_validate_json(text)`,
 * v1 `parse_raw`/`parse_obj`, `TypeAdapter(...).validate_python`) and
 * jsonschema (`jsonschema.validate`, a validator's `iter_errors`). Counts for
 * guardrails only where a retry runs it on the LLM's output (lib/llm-retries.ts).
 */
export const SCHEMA_VALIDATION = /(^|\.)(model_validate|model_validate_json|parse_raw|parse_obj|parse_obj_as|validate_json|validate_python)$|^jsonschema\.(.*\.)?(validate|iter_errors)$/;
/** Structured-output calls that parse the LLM's reply into a schema: they validate it, and count when the app retries or repairs on failure. */
export const STRUCTURED_CALLS = /(^|\.)(with_structured_output|PydanticOutputParser)$|(^|\.)(completions|responses)\.parse$/;
/** Output parsers that repair or re-ask on a parse failure (LangChain): validation with retry by themselves. */
export const RETRYING_PARSERS = /OutputFixingParser|RetryOutputParser|RetryWithErrorOutputParser/;
/** Keyword arguments of a structured call that retry on a validation failure (Instructor's `max_retries=`, Pydantic AI's `output_retries=`). */
export const VALIDATION_RETRY_KWARGS = ['max_retries', 'retries', 'max_validation_retries', 'output_retries'];
/**
 * Agents that validate the model's final answer against the output type they
 * are given and ask the model again when it fails, as Instructor does:
 * Pydantic AI's `Agent(output_type=Report)` (`result_type=` in early releases; the
 * keywords are in STRUCTURED_KWARGS), retried `output_retries` times, 1 by
 * default (https://ai.pydantic.dev/output/). The OpenAI Agents SDK's
 * `Agent(output_type=...)` raises instead of asking again, and LangChain's
 * `with_structured_output` parses once: neither is here.
 */
export const VALIDATING_AGENTS = /^pydantic_ai\.(agent\.)?Agent$/;
/** The same framework's modules: a run given its own output type (`agent.run(q, output_type=Report)`) counts in a file that imports one. */
export const VALIDATING_AGENT_MODULES = ['pydantic_ai'];
export const VALIDATING_AGENT_RUNS = /(^|\.)(run|run_sync|run_stream|iter)$/;
/** Markers that wrap the output type (`output_type=ToolOutput(Report)`): the same validation, through a tool or the provider's JSON mode. */
export const AGENT_OUTPUT_WRAPPERS = /^pydantic_ai\.(output\.)?(ToolOutput|NativeOutput|PromptedOutput)$/;
/** Decorators that retry a function on failure: tenacity `@retry`, backoff `@on_exception`, stamina, the app's own `@with_retry`. */
export const RETRY_DECORATORS = /(^|\.|_)retry(_\w+)?$|(^|\.)(on_exception|on_predicate|retry_async|async_retry|retrying)$/i;
/** Names bounding a hand-written retry loop (`for attempt in range(max_retries)`, `range(MAX_ATTEMPTS)`). */
export const RETRY_NAMES = /retr(y|ies)|attempts?|(^|_)(n_?|num_?|max_?)?tries(_|$)/i;

/** Files that evaluate rather than run the application: structured output there is an evaluation judge. */
export const EVAL_PATH = /(^|\/)(evals?|evaluate|evaluations?|evaluators?|benchmarks?)(\/|\.py$)|(^|\/)(eval|evaluate|evaluation)_[^/]*\.py$|_(eval|evals|evaluation)\.py$/i;

/**
 * Agent frameworks whose use alone is not tool use (signals.md: an agent
 * framework used as a fixed pipeline of steps, with no tool ever given to the
 * model, does not count): a LangGraph `StateGraph` of plain nodes, a CrewAI
 * crew or a Pydantic AI / OpenAI Agents SDK agent without tools. A tool given
 * to the model is. MCP and LangChain's tool-calling agents are tools by
 * themselves.
 */
export const PIPELINE_FRAMEWORKS = ['langgraph', 'crewai', 'autogen', 'smolagents', 'openai-agents', 'pydantic-ai', 'semantic-kernel', 'agno', 'strands-agents', 'google-adk'];
/** Constructors of agents and tasks: `tools=` on one gives the model tools (`Agent(tools=[search])`, `create_react_agent(llm, tools=...)`). */
export const AGENT_CONSTRUCTORS = /(^|\.)([A-Z]\w*|\w*[Aa]gent\w*)$/;
/** Tool classes an application subclasses to give a model a tool. */
export const TOOL_BASES = /^(crewai(_tools)?|langchain(_core|_community)?|llama_index(\.core)?|smolagents|haystack|autogen_core|agno|phi)\.(\w+\.)*(BaseTool|StructuredTool|Tool|Toolkit)$/;
/** Calls of a cloud LLM service's runtime client (Bedrock `invoke_model`, `converse`). */
export const LLM_SERVICE_CALLS = /(^|\.)(invoke_model|invoke_model_with_response_stream|converse|converse_stream|invoke_agent|retrieve_and_generate)$/;
