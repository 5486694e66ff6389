// An LLM HTTP API called without an SDK (signals.md › llm_integration: an LLM
// is called from code). A request (`requests.post`, `client.post` on an
// `httpx.Client`, `urllib.request.Request`, the project's own `post_json`)
// given the API's URL, written in the call or passed by name
// (lib/call-strings.ts), counts when the URL
// - names a provider's host (`api.openai.com`, `integrate.api.nvidia.com`); or
// - ends in a path only LLM APIs serve (`/chat/completions`, Ollama's
//   `/api/generate`) after a base: a host, or an interpolated base URL
//   (`f"{settings.base_url}/chat/completions"`); or
// - ends in a path other web APIs serve too (Ollama's `/api/chat`,
//   Anthropic's `/v1/messages`), after a base, and the request carries an LLM
//   body: `model` and `messages` or `prompt` keys in the call or in the
//   function that sends it.
// A path with no base is the application's own route (its decorator, a test
// client) unless the file's HTTP client is made with a `base_url` (and no
// in-process transport). A URL only logged or printed is no request.
import {
  BASE_URL_CLIENTS,
  LLM_API_PATHS,
  LLM_BODY_INPUT_KEYS,
  LLM_BODY_MODEL_KEY,
  LLM_BODY_PATHS,
  LLM_ENDPOINTS,
  LLM_HTTP_CALLS,
} from '../../catalog/tools/llm-calls.js';
import type { CallFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { callStrings } from './call-strings.js';

/** True when `call` is a request to an LLM HTTP API (see the rules above). */
export function isLlmHttpCall(file: PyFile, call: CallFact): boolean {
  if (!LLM_HTTP_CALLS.test(call.name)) return false;
  const urls = callStrings(call);
  if (urls.some((s) => LLM_ENDPOINTS.test(s))) return true;
  const paths = urls.filter((s) => LLM_API_PATHS.test(s) || LLM_BODY_PATHS.test(s));
  if (paths.length === 0 || isDecorator(file, call)) return false;
  const based = paths.filter((s) => hasBase(s) || clientHasBase(file));
  return based.some((s) => LLM_API_PATHS.test(s)) || (based.length > 0 && hasLlmBody(file, call));
}

/** Something before the path: a scheme and host, or an interpolated base (`{self.base_url}`); not a bare `/route`. */
function hasBase(url: string): boolean {
  return /^(\w+:\/\/[^/\s]+|\{[^}]+\}|[\w.-]+(:\d+)?)\//.test(url);
}

/** A client made with a base URL; one given a `transport` (`httpx.ASGITransport(app=app)`) calls the application itself. */
function clientHasBase(file: PyFile): boolean {
  return file.facts.calls.some((c) => BASE_URL_CLIENTS.test(c.name) && c.kwargs.includes('base_url') && !c.kwargs.includes('transport'));
}

/** `@app.post("/api/chat")` serves the path, it calls nothing (decorators are read as calls too). */
function isDecorator(file: PyFile, call: CallFact): boolean {
  const at = (d: { line: number; cell?: number; name: string }) => d.line === call.line && d.cell === call.cell && d.name === call.name;
  return file.facts.functions.some((fn) => fn.decorators.some(at)) || file.facts.classes.some((cls) => cls.decorators.some(at));
}

/** A model and its input among the keys of the call's dict argument or, when it is given none, of the dicts its function builds (`payload = {...}`). */
function hasLlmBody(file: PyFile, call: CallFact): boolean {
  const fn = call.inFunction ? file.facts.functions.find((f) => (f.className ? `${f.className}.${f.name}` : f.name) === call.inFunction) : undefined;
  const keys = new Set(call.keys ?? fn?.dictKeys ?? []);
  return keys.has(LLM_BODY_MODEL_KEY) && LLM_BODY_INPUT_KEYS.some((k) => keys.has(k));
}
