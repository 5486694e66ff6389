// The limits, name patterns and small fact readers of lib/model-reach.ts:
// how far a handler's calls and imports are followed, the names of a model,
// a FastAPI dependency, the app's state, a startup hook and the request, and
// which calls build a model object (an ML or LLM library's class, not its
// helpers) and which name a call is made on.
import { matchesAny, SERVING, TOOLS } from '../../catalog/index.js';
import type { CallFact, FunctionFact, ImportFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { callsIn as callsInScope, lastSegment } from './code.js';
import type { ModuleIndex } from './local-modules.js';
import { modelCalls, modelUnpickles } from './web-api.js';

/** Local-import hops searched for the class of an object whose method a handler calls (`llm_client.generate(...)` on an injected client). */
export const MODULE_HOPS = 2;
/** Call hops followed from the handler to a model call (handler → service function → helper → model). */
export const CALL_DEPTH = 3;
/** Imports followed up from a route module to the app that includes it (`app.py` → `api/router.py` → `routers/chat.py`). */
export const APP_HOPS = 2;

/** A FastAPI dependency: `Depends(provider)`, `Security(provider)`. */
export const DEPENDS = /(^|\.)(Depends|Security)$/;
/** What the app keeps in its state, read in a handler: `request.app.state.<x>`, `request.state.<x>`, Flask's `current_app.<x>`. */
export const STATE_READ = /^(?:[\w?]+\.)*app\.state\.(\w+)|^\w*req\w*\.state\.(\w+)|^(?:websocket|ws)\.state\.(\w+)|^(?:flask\.)?current_app\.(\w+)/;
/** Names of a model, an LLM pipeline or an agent, for the state or a provider (a database, a user, settings are not). */
export const MODEL_NAME = /model|llm|agent|chain|graph|pipeline|predict|classif|regress|estimator|clf|embed|retriev|rag|generat|chat|bot|tokeni[sz]er|vector|assistant|workflow|crew|detector|recogni|inference/i;
/** Parameter types of the request itself: a handler that takes one can read the app's state. */
const REQUEST_TYPE = /(^|\.)(Request|WebSocket|HTTPConnection)$/;
/** App constructors: the app, not a router or a response. */
export const ROUTER_OR_RESPONSE = /(APIRouter|Blueprint|JsonResponse)$/;
/** Startup hooks by decorator: `@app.on_event("startup")`, Flask's `before_first_request`, Quart's `before_serving`, Sanic's `before_server_start`. */
export const STARTUP_DECORATOR = /(^|\.)(before_first_request|before_serving|before_server_start|on_startup)$/;
/** Startup hooks by name: `lifespan`, `startup_event`, `on_startup`, `load_model_on_startup`. */
export const STARTUP_NAME = /lifespan|startup/i;
/** Names of the app and its helpers: a handler calling `app.logger.info(...)` runs no model even where the app's factory loads one. */
export const NOT_MODEL_OBJECT = /^(app|application|server|router|logger|log|settings|config)$/i;
/**
 * What those libraries build beside models: a graph's checkpointer or store, chat memory, document loaders and
 * splitters, prompt templates, output parsers, connection pools (`PostgresSaver(pool).setup()` runs no model).
 */
const NOT_MODEL_CLASS = /(Saver|Checkpointer|Store|Docstore|Memory|History|Splitter|Loader|Template|Parser|Document|Pool|Connection|Settings|Config)$/;
/** Signals whose libraries build a model, an LLM or an LLM pipeline (a vector database's own client is no model). */
const MODEL_SIGNALS = new Set(['classical_ml', 'deep_learning', 'hf_transformers', 'llm_integration']);

let builders: string[] | undefined;

/** Import patterns of the libraries whose objects are models or LLM pipelines: the ML and LLM tools, and model runtimes (LangChain, LlamaIndex). */
function modelLibraries(): string[] {
  builders ??= [...TOOLS.filter((t) => t.signals.some((s) => MODEL_SIGNALS.has(s))).flatMap((t) => t.imports), ...SERVING.MODEL_USE_IMPORTS];
  return builders;
}

/** A call that builds a model or an LLM pipeline object with an ML or LLM library (`Ollama(...)`, `RetrievalQA.from_chain_type(...)`). */
export function builtByLibrary(call: CallFact): boolean {
  return matchesAny(call.name, modelLibraries()) && !NOT_MODEL_CLASS.test(lastSegment(call.name));
}

/** The name a call is made on: `recommender` of `recommender.recommend(x)`, `index` of `index.as_query_engine().query(q)`. */
export function objectOf(call: CallFact): string | undefined {
  if (call.name.startsWith('?')) return call.receiver?.split(/[.([]/)[0];
  const dot = call.name.indexOf('.');
  return dot > 0 ? call.name.slice(0, dot) : undefined;
}

/** The local module a dotted call names (`pkg.scorer.score`, `.utils.helper`), and how many names follow it. */
export function modulesOf(index: ModuleIndex, file: PyFile, call: string): { targets: readonly PyFile[]; rest: number } {
  const parts = call.split('.');
  for (let k = parts.length - 1; k >= 1; k--) {
    const module = parts.slice(0, k).join('.');
    if (module.replace(/^\.+/, '') === '') continue;
    const targets = index.resolveImport({ module, text: '', line: 0 } as ImportFact, file);
    if (targets.length > 0) return { targets, rest: parts.length - k };
  }
  return { targets: [], rest: 0 };
}

export function qualified(fn: FunctionFact): string {
  return fn.className ? `${fn.className}.${fn.name}` : fn.name;
}

/** The calls made in a function's own body (nested functions excluded), or at module level. */
export function callsIn(file: PyFile, scope: string | undefined): readonly CallFact[] {
  return callsInScope(file, scope);
}

/** Startup hooks of an app module by decorator or name (`@app.on_event("startup")`, `lifespan`), where `global model` is set. */
export function startupHooks(file: PyFile): FunctionFact[] {
  return file.facts.functions.filter(
    (fn) =>
      !fn.className &&
      (STARTUP_NAME.test(fn.name) || fn.decorators.some((d) => STARTUP_DECORATOR.test(d.name) || (lastSegment(d.name) === 'on_event' && d.strings.includes('startup')))),
  );
}

export function takesRequest(fn: FunctionFact): boolean {
  return fn.paramTypes?.some((t) => REQUEST_TYPE.test(t)) ?? false;
}

/**
 * A method of a class that loads its model once, in a setup method (`self.model = joblib.load(...)` in `__init__`,
 * LitServe's `setup`), and calls on its own object (`self.model.predict(x)`, `self.pipeline(text)`): the facts keep
 * no attribute assignments, so the model the class loads is the one the method runs.
 */
export function runsOwnModel(file: PyFile, fn: FunctionFact): boolean {
  if (fn.className === undefined || !fn.calls.some((c) => c.startsWith('self.'))) return false;
  const setups = new Set(SERVING.MODEL_SETUP_METHODS.map((m) => `${fn.className}.${m}`));
  const model = new Set([...modelCalls(file), ...modelUnpickles(file)]);
  return file.facts.calls.some((c) => c.inFunction !== undefined && setups.has(c.inFunction) && (model.has(c) || builtByLibrary(c)));
}

/**
 * The function calls a method on a parameter named for a model (MODEL_NAME) while one of its parameters is typed
 * with an ML or LLM library's model class (`def search(client: QdrantClient, model: SentenceTransformer, query)`
 * calling `model.encode(query)`): it runs the model it is given. A parameter typed with a vector database's client
 * or a settings class, or a method on a parameter named otherwise (`client.search(...)`), does not count.
 */
export function callsModelParam(file: PyFile, fn: FunctionFact): boolean {
  const params = new Set(fn.params ?? []);
  if (params.size === 0 || !(fn.paramTypes ?? []).some((t) => modelClass(file, t))) return false;
  return callsInScope(file, qualified(fn)).some((c) => {
    const object = objectOf(c);
    return object !== undefined && params.has(object) && MODEL_NAME.test(object);
  });
}

/** A type annotation's name that means an ML or LLM library's model class, as the file imports it (`SentenceTransformer`, `sentence_transformers.SentenceTransformer`). */
function modelClass(file: PyFile, type: string): boolean {
  const built = (name: string) => builtByLibrary({ name, strings: [], kwargs: [], line: 0 } as CallFact);
  if (type.includes('.')) {
    const [head, ...rest] = type.split('.');
    const imp = file.facts.imports.find((i) => !i.name && (i.alias ?? i.module) === head);
    return built(imp ? [imp.module, ...rest].join('.') : type);
  }
  const imp = file.facts.imports.find((i) => i.name !== undefined && (i.alias ?? i.name) === type);
  return imp !== undefined && built(`${imp.module}.${imp.name}`);
}

