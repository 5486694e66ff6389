// What shows prompts kept as artefacts (prompt_management): template files and
// prompt folders, prompt registries read at run time, the repository's own
// prompt loaders and the reads they make, chat messages and the keywords that
// hand a model its system prompt. Data only, like llm-calls.ts (split from it);
// src/signals/prompt_management.ts and src/signals/lib/ match it.

/** Prompt artefacts: template files, prompt folders and prompt modules. */
export const PROMPT_FILES = ['**/*.prompt', '**/*.prompty', '**/*prompt*.{jinja,jinja2,j2,mustache,hbs,tmpl}', '**/prompts/**', '**/prompt/**', '**/prompt_templates/**', '**/prompt-templates/**'];
/** Prompt files that are documentation or coding-assistant instructions (`.github/prompts/`, `docs/`), not the application's prompts. */
export const NOT_APP_PROMPTS = /(^|\/)(\.[^/]+|docs?|notes?)\//i;
export const PROMPT_FILE_EXT = /\.(txt|md|ya?ml|json|jinja2?|j2|tmpl|mustache|hbs|prompty?|toml)$/i;
/** A prompt file opened by path (`open("prompts/system.txt")`, `Path("prompt_qa.yaml")`). */
export const PROMPT_PATH = /(^|\/)prompts?(_templates?)?\/[^/]+\.\w+$|(^|\/)[^/]*prompt[^/]*\.(txt|md|ya?ml|json|j2|jinja2?|tmpl)$/i;
/** CrewAI's agent and task definitions (role, goal, backstory, task descriptions): prompt templates kept in YAML, in a repository that uses CrewAI. */
export const CREW_PROMPT_FILES = ['**/config/agents.{yaml,yml}', '**/config/tasks.{yaml,yml}'];
/** Prompt registries read at run time (Langfuse, LangSmith, MLflow). */
export const PROMPT_REGISTRY_CALLS = /(^|\.)(get_prompt|pull_prompt|load_prompt)$/;
export const PROMPT_REGISTRIES = ['langfuse', 'langsmith', 'mlflow', 'promptlayer', 'opik', 'phoenix'];
/**
 * The repository's own loaders of prompts kept as data: named for fetching a prompt, a role, a persona, system
 * instructions or a template (`get_role`, `load_system_prompt`, `fetch_persona`); lib/prompt-loaders.ts.
 */
export const PROMPT_LOADERS = /^_*(get|load|fetch|read|retrieve|pull|find|lookup|resolve)_([a-z0-9]+_)*?(prompt|role|persona|instruction|system_message|template)s?$/i;
/** Reads of a data file (`open`, `Path.read_text`, `yaml.safe_load`, `pkgutil.get_data`). */
export const FILE_READS = /^(open|io\.open|pkgutil\.get_data)$|(^|\.)(read_text|read_bytes)$|^(json|yaml|toml|tomllib|tomli)\.(load|safe_load)$/;
/** Reads of a stored document or row (`self.db.get(name)`, `collection.find_one(...)`, `table.get_item(...)`): the method, on a receiver named for a store. */
export const STORE_READ_METHODS = /^(get|get_item|read_item|get_document|find_one|find|query|execute|fetchone|fetchall|get_object|download_blob|download_as_text|hget|hgetall|select|scalar|first)$/;
export const STORE_NAMES = /db|database|store|storage|collection|container|table|repo|cache|redis|cosmos|mongo|dynamo|firestore|bucket|blob|s3|kv|vault|session|cursor|conn|client/i;
/** Chat messages built for the model: message classes and prompt builders that take a system message. */
export const CHAT_MESSAGES = /(^|\.)(SystemMessage|HumanMessage|ChatMessage|SystemMessagePromptTemplate|from_messages|ChatPromptTemplate|Content)$/;
/** Keywords that hand a model its system prompt (Anthropic `system=`, Gemini `system_instruction=`, Agents SDK `instructions=`). */
export const SYSTEM_KWARGS = ['system', 'system_prompt', 'system_instruction', 'system_message', 'instructions'];
