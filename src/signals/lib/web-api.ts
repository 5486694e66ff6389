// Two questions the serving_api detector asks of one Python file: does it
// define a network API (an app, a route, a handler), and does it load or
// call a model (an ML or LLM library, a model file, a model server)?
import { matchesAny, SERVING, TOOLS } from '../../catalog/index.js';
import { CHAT_METHODS, LLM_SERVICE_CALLS, STRUCTURED_CHAT_METHODS, LLM_SERVICE_CLIENTS, LLM_SERVICE_NAMES } from '../../catalog/tools/llm-calls.js';
import type { CallFact, ClassFact, DecoratorFact, FunctionFact } from '../../parse/types.js';
import { importTarget, type PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import { importsAny, lastSegment } from './code.js';
import { isLlmHttpCall } from './llm-http.js';
import { modelEndpoints } from './model-endpoints.js';
import type { Evidence } from '../types.js';
import { perFile } from '../per-file.js';

/** Routes whose path or function name says they run a model come first as evidence. */
const MODEL_ROUTE = /predict|infer|classif|generat|chat|complet|embed|detect|recogn|score|rank|summar|translat|answer|ask|query|search|sentiment|forecast|recommend|invoke/i;
const ML_SIGNALS = new Set(['classical_ml', 'deep_learning', 'hf_transformers', 'llm_integration', 'rag']);

let modelImports: string[] | undefined;

/** Import patterns that mean a model is loaded or called: the catalogue's ML and LLM tools, and model runtimes. */
function modelImportPatterns(): string[] {
  modelImports ??= [
    ...TOOLS.filter((t) => t.signals.some((s) => ML_SIGNALS.has(s))).flatMap((t) => t.imports),
    ...SERVING.MODEL_USE_IMPORTS,
  ];
  return modelImports;
}

function routeDecorator(fn: FunctionFact): DecoratorFact | undefined {
  return fn.decorators.find((d) => (SERVING.ROUTE_DECORATORS as readonly string[]).includes(lastSegment(d.name)));
}

/** The name a call records for its enclosing function: `Class.method` for methods. */
function qualified(fn: FunctionFact): string {
  return fn.className ? `${fn.className}.${fn.name}` : fn.name;
}

/**
 * Calls that run a model: the serving catalogue's model calls, and, in a file
 * that imports an ML or LLM library, its chat/completion methods
 * (`client.chat.completions.create`, `llm.invoke`, `bedrock.converse`), and
 * a cloud LLM service's client (`boto3.client("bedrock-runtime")`) with its
 * runtime calls (`invoke_model`, `converse_stream`), and requests to an LLM
 * HTTP API (lib/llm-http.ts).
 */
export const modelCalls = perFile(findModelCalls, { warm: servedFile });

/** The files serving_api asks about (its own files: not tests, not type stubs). */
function servedFile(file: PyFile): boolean {
  return !file.test && !file.path.endsWith('.pyi');
}

function findModelCalls(file: PyFile): CallFact[] {
  const llm = importsAny(file, modelImportPatterns());
  const service = (c: CallFact) => matchesAny(c.name, LLM_SERVICE_CLIENTS) && c.strings.some((s) => LLM_SERVICE_NAMES.test(s));
  const cloud = file.facts.calls.some(service);
  return file.facts.calls.filter(
    (c) =>
      matchesAny(c.name, SERVING.MODEL_USE_CALLS) ||
      service(c) ||
      (cloud && LLM_SERVICE_CALLS.test(c.name)) ||
      isLlmHttpCall(file, c) ||
      (llm && c.name.includes('.') && (CHAT_METHODS.test(c.name) || STRUCTURED_CHAT_METHODS.test(c.name))),
  );
}

/** Routes whose handler runs a model rank first, then those that take input (POST, WebSocket) and whose path or name says they run one. */
function routeRank(fn: FunctionFact, d: DecoratorFact, running: ReadonlySet<string>): number {
  const modelLike = MODEL_ROUTE.test(fn.name) || d.strings.some((s) => MODEL_ROUTE.test(s));
  const takesInput = ['post', 'websocket', 'route', 'api_route'].includes(lastSegment(d.name));
  return (running.has(qualified(fn)) ? 4 : 0) + (modelLike ? 2 : 0) + (takesInput ? 1 : 0);
}

/**
 * The functions of a file that handle requests: route handlers, Lambda handlers, the HTTP methods of handler
 * classes (`class Chat(flask_restx.Resource): def post(self)`, a DRF view's `create`, a gRPC servicer's RPCs) and
 * model servers' handlers (lib/model-endpoints.ts) (qualified names, as calls record them).
 */
export function routeHandlers(file: PyFile): Set<string> {
  const classes = file.facts.classes.filter(isHandlerClass);
  const servicers = new Set(classes.filter((c) => c.bases.some((b) => b.endsWith('Servicer'))).map((c) => c.name));
  const handlerClasses = new Set(classes.map((c) => c.name));
  // An HTTP verb or a DRF viewset action; any public method of a gRPC servicer.
  const method = (fn: FunctionFact) =>
    fn.className !== undefined && handlerClasses.has(fn.className) && (SERVING.HANDLER_METHODS.test(fn.name) || (servicers.has(fn.className) && !fn.name.startsWith('_')));
  const served = modelEndpoints(file).map((e) => qualified(e.fn));
  return new Set([...file.facts.functions.filter((fn) => routeDecorator(fn) !== undefined || isLambdaHandler(file, fn) || method(fn)).map(qualified), ...served]);
}

const isHandlerClass = (c: ClassFact) => c.bases.some((b) => matchesAny(b, SERVING.API_HANDLER_BASES) || b.endsWith('Servicer'));

/**
 * A Lambda handler: `lambda_handler`, or `handler` in a file named for one, or a `handler` that reads the request
 * from its `event` (`event.get("queryStringParameters")`): `index.handler` named in a CDK stack or SAM template.
 */
function isLambdaHandler(file: PyFile, fn: FunctionFact): boolean {
  if (fn.className) return false;
  const base = file.path.slice(file.path.lastIndexOf('/') + 1);
  return fn.name === 'lambda_handler' || (fn.name === 'handler' && (/lambda|handler/i.test(base) || fn.calls.includes('event.get')));
}

/**
 * Where a file defines a network API: a model-like route first (one whose
 * handler runs a model in this file, or is among `serving`), then any route,
 * a model server's handler (lib/model-endpoints.ts), handler class, Lambda
 * handler or app.
 */
export function apiEvidence(file: PyFile, serving: ReadonlySet<string> = new Set()): Evidence | undefined {
  const { functions, classes, calls } = file.facts;
  const lambda = functions.find((fn) => isLambdaHandler(file, fn));
  const endpoint = servedEndpoint(file, serving);
  if (!importsAny(file, SERVING.API_FRAMEWORK_IMPORTS)) {
    if (endpoint) return endpoint;
    return lambda ? codeEvidence(file.path, lambda, `def ${lambda.name}(event, context)`, 'function', 'aws-lambda') : undefined;
  }
  const routes = functions.flatMap((fn) => {
    const d = routeDecorator(fn);
    return d ? [{ fn, d }] : [];
  });
  const running = new Set([...serving, ...modelCalls(file).flatMap((c) => (c.inFunction ? [c.inFunction] : []))]);
  const route = routes.sort((a, b) => routeRank(b.fn, b.d, running) - routeRank(a.fn, a.d, running))[0];
  if (route) {
    const arg = route.d.strings[0] ? `("${route.d.strings[0]}")` : '';
    return codeEvidence(file.path, route.d, `@${route.d.name}${arg}`, 'decorator');
  }
  if (endpoint) return endpoint;
  const handler = classes.find(isHandlerClass);
  if (handler) return codeEvidence(file.path, handler, `class ${handler.name}(${handler.bases.join(', ')})`, 'class');
  if (lambda) return codeEvidence(file.path, lambda, `def ${lambda.name}(event, context)`, 'function', 'aws-lambda');
  const app = calls.find((c) => matchesAny(c.name, SERVING.API_APP_CALLS));
  return app ? codeEvidence(file.path, app, `${app.name}()`, 'call') : undefined;
}

/** A model server's handler that runs a model in this file (or is among `serving`) first, then one named for inference, then the first. */
function servedEndpoint(file: PyFile, serving: ReadonlySet<string>): Evidence | undefined {
  const endpoints = modelEndpoints(file);
  if (endpoints.length === 0) return undefined;
  const running = new Set([...serving, ...modelCalls(file).flatMap((c) => (c.inFunction ? [c.inFunction] : []))]);
  const rank = (fn: FunctionFact) => (running.has(qualified(fn)) ? 2 : 0) + (MODEL_ROUTE.test(fn.name) ? 1 : 0);
  return [...endpoints].sort((a, b) => rank(b.fn) - rank(a.fn))[0].evidence;
}

/**
 * A `pickle.load` that loads a model: the file names a pickled file
 * (`open("model.pkl", "rb")`), or the call sits in a function named for a
 * model. A bare `pickle.loads(data)` is as likely a cache or a session.
 */
function modelUnpickled(file: PyFile): CallFact | undefined {
  return modelUnpickles(file)[0];
}

/** Every `pickle.load` of a file that loads a model (see `modelUnpickled`). */
export function modelUnpickles(file: PyFile): CallFact[] {
  const loads = file.facts.calls.filter((c) => matchesAny(c.name, SERVING.GENERIC_LOAD_CALLS));
  if (loads.length === 0) return [];
  const named = file.facts.calls.some((c) => c.strings.some((s) => SERVING.MODEL_PICKLE_HINT.test(s)));
  return named ? loads : loads.filter((c) => c.inFunction !== undefined && SERVING.MODEL_FUNCTION_HINT.test(c.inFunction));
}

/**
 * The call in a route handler that hands the request to the repository's
 * own code that runs the model elsewhere (`classify(text)`,
 * `service.reply(message)`): a call naming a function, method or class that
 * one of `modules` defines. The handler's own line, not a line of another file.
 */
export function handlerCallInto(file: PyFile, handlers: ReadonlySet<string>, modules: readonly PyFile[]): CallFact | undefined {
  const defined = new Set(modules.flatMap((m) => [...m.facts.functions.map((f) => f.name), ...m.facts.classes.map((c) => c.name)]));
  return file.facts.calls.find((c) => c.inFunction !== undefined && handlers.has(c.inFunction) && c.name.split('.').some((s) => defined.has(s)));
}

/**
 * Where a file loads or runs a model: a model call (one inside a route
 * handler first: the line that serves the model, not the import above it),
 * a request to a model server, or an ML/LLM import.
 */
export function modelUseEvidence(file: PyFile, handlers: ReadonlySet<string> = new Set()): Evidence | undefined {
  // Whether something is found does not depend on `handlers` (they only choose which call is cited).
  return runsModel(file) ? findModelUse(file, handlers) : undefined;
}

/** Whether a file loads or runs a model (`modelUseEvidence` finds something), remembered by file. */
export const runsModel = perFile((file: PyFile): boolean => findModelUse(file, new Set()) !== undefined, { warm: servedFile });

function findModelUse(file: PyFile, handlers: ReadonlySet<string>): Evidence | undefined {
  const calls = modelCalls(file);
  const call = calls.find((c) => c.inFunction !== undefined && handlers.has(c.inFunction)) ?? calls[0] ?? modelUnpickled(file);
  if (call) return codeEvidence(file.path, call, `${call.name}()`, 'call');
  const server = file.facts.calls.find((c) => c.strings.some((s) => SERVING.MODEL_SERVER_URL.test(s)));
  if (server) return codeEvidence(file.path, server, `${server.name}("${server.strings.find((s) => SERVING.MODEL_SERVER_URL.test(s))}")`, 'call');
  const patterns = modelImportPatterns();
  // An import whose name the file never uses is no model (real-people review: an auth route whose module imported
  // langgraph and never used it was read as serving an LLM).
  const imp = file.facts.imports.find((i) => !i.unused && (matchesAny(i.module, patterns) || matchesAny(importTarget(i), patterns)));
  return imp ? codeEvidence(file.path, imp, imp.text, 'import') : undefined;
}
