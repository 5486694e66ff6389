// Request handlers of model servers, read beside the web frameworks' routes
// (lib/web-api.ts): a BentoML service's `@bentoml.api` methods and the
// `@svc.api` functions of a `svc = bentoml.Service(...)`, and the methods
// through which a model server hands a request to a class of the project's
// own (LitServe's `LitAPI.predict`, KServe's and MLServer's `predict`, a
// TorchServe handler's `handle`, Cog's `BasePredictor.predict`, a Ray Serve
// deployment's `__call__`, Triton's `TritonPythonModel.execute`). Such a
// handler is an endpoint as a FastAPI route is: what it takes flows into
// the model (data_validation), what it returns is a prediction
// (observability). The catalogue lists them (SERVING.MODEL_ENDPOINT_*,
// MODEL_HANDLER_CLASSES).
import { matchesAny, SERVING } from '../../catalog/index.js';
import type { ClassFact, FunctionFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import { perFile } from '../per-file.js';
import type { Evidence } from '../types.js';
import { importsAny, lastSegment } from './code.js';

export interface ModelEndpoint {
  fn: FunctionFact;
  /** The decorator, or the method of the handler class. */
  evidence: Evidence;
}

/** The file's model-server request handlers, in file order. */
export const modelEndpoints = perFile(findEndpoints, { warm: (f) => !f.test && importsAny(f, SERVER_MODULES) });

/** Modules a model-server handler file imports (the catalogue's decorators, service calls and handler classes). */
const SERVER_MODULES = [
  ...SERVING.MODEL_ENDPOINT_DECORATORS,
  ...SERVING.MODEL_SERVICE_CALLS,
  ...SERVING.MODEL_HANDLER_CLASSES.flatMap((k) => [...(k.bases ?? []), ...(k.decorators ?? []), ...(k.module ? [k.module] : [])]),
].map((n) => n.split('.')[0]);

function findEndpoints(file: PyFile): ModelEndpoint[] {
  if (!importsAny(file, SERVER_MODULES)) return [];
  const services = new Set(file.facts.calls.filter((c) => matchesAny(c.name, SERVING.MODEL_SERVICE_CALLS)).flatMap((c) => c.bound ?? []));
  const out: ModelEndpoint[] = [];
  for (const fn of file.facts.functions) {
    const d = fn.decorators.find((x) => matchesAny(x.name, SERVING.MODEL_ENDPOINT_DECORATORS) || serviceMethod(x.name, services));
    if (d) {
      out.push({ fn, evidence: codeEvidence(file.path, d, `@${d.name}`, 'decorator') });
      continue;
    }
    const cls = fn.className === undefined ? undefined : handlerClass(file, fn.className);
    if (cls?.methods.includes(fn.name)) out.push({ fn, evidence: codeEvidence(file.path, fn, `def ${cls.cls.name}.${fn.name}`, 'function') });
  }
  return out;
}

/** `@svc.api` on a service the file builds (`svc = bentoml.Service("fraud")`). */
function serviceMethod(name: string, services: ReadonlySet<string>): boolean {
  const parts = name.split('.');
  return parts.length === 2 && services.has(parts[0]) && (SERVING.MODEL_SERVICE_METHODS as readonly string[]).includes(lastSegment(name));
}

/** The class, when a model server calls its request methods: by base, decorator or fixed name (see the catalogue). */
function handlerClass(file: PyFile, name: string): { cls: ClassFact; methods: readonly string[] } | undefined {
  const cls = file.facts.classes.find((c) => c.name === name);
  if (!cls) return undefined;
  const spec = SERVING.MODEL_HANDLER_CLASSES.find(
    (k) =>
      (k.bases !== undefined && cls.bases.some((b) => matchesAny(b, k.bases ?? []))) ||
      (k.decorators !== undefined && cls.decorators.some((d) => matchesAny(d.name, k.decorators ?? []))) ||
      (k.name === cls.name && k.module !== undefined && importsAny(file, [k.module])),
  );
  return spec ? { cls, methods: spec.methods } : undefined;
}

/**
 * The other request methods of the handler class that `fn` belongs to: the server pipes a request through them
 * (LitServe's `decode_request` → `predict`), so what one takes in, another may give the model.
 */
export function endpointSiblings(file: PyFile, fn: FunctionFact): FunctionFact[] {
  const endpoints = modelEndpoints(file).map((e) => e.fn);
  if (fn.className === undefined || !endpoints.includes(fn)) return [];
  return endpoints.filter((f) => f !== fn && f.className === fn.className);
}
