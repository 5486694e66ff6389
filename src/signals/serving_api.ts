import { posix } from 'node:path';
import { matchesAny, SERVING } from '../catalog/index.js';
import { defineDetector, type DetectResult } from './define.js';
import type { CallFact, ManifestFact } from '../parse/types.js';
import { importTarget, type DetectContext, type PyFile } from './context.js';
import { codeEvidence, configEvidence, fileEvidence } from './evidence.js';
import { ModuleIndex, moduleIndexOf } from './lib/local-modules.js';
import { createsVectorEndpoint } from './lib/vector-endpoints.js';
import { apiEvidence, handlerCallInto, modelUseEvidence, routeHandlers, runsModel } from './lib/web-api.js';
import type { Evidence } from './types.js';

/** Local imports followed from an API file to find the model it serves (routes → service → model loader). */
const HOPS = 2;
/** Cloud ML descriptors (SageMaker, Vertex AI, Azure ML YAML) that serve a model when they define an endpoint. */
const CLOUD_ML_MANIFESTS = new Set(['sagemaker', 'vertex', 'azureml']);

/** Code that only model serving writes: a BentoML service, a Ray Serve deployment, a TorchServe handler, `.deploy()` to a managed endpoint. */
function servingCode(file: PyFile): Evidence[] {
  const out: Evidence[] = [];
  const names = SERVING.MODEL_SERVING_NAMES;
  for (const c of file.facts.calls) if (matchesAny(c.name, names) && !isDecorator(file, c) && !createsVectorEndpoint(file, c)) out.push(codeEvidence(file.path, c, `${c.name}()`, 'call'));
  for (const fn of file.facts.functions) {
    for (const d of fn.decorators) if (matchesAny(d.name, names)) out.push(codeEvidence(file.path, d, `@${d.name}`, 'decorator'));
  }
  for (const cls of file.facts.classes) {
    const base = cls.bases.find((b) => matchesAny(b, names));
    if (base) out.push(codeEvidence(file.path, cls, `class ${cls.name}(${base})`, 'class'));
    for (const d of cls.decorators) if (matchesAny(d.name, names)) out.push(codeEvidence(file.path, d, `@${d.name}`, 'decorator'));
  }
  for (const i of file.facts.imports) {
    if (matchesAny(importTarget(i), SERVING.MODEL_SERVER_CLIENTS)) out.push(codeEvidence(file.path, i, i.text, 'import'));
  }
  const cloud = file.facts.imports.some((i) => matchesAny(importTarget(i), SERVING.MANAGED_ENDPOINT_SDKS) || matchesAny(i.module, SERVING.MANAGED_ENDPOINT_SDKS));
  if (cloud) for (const c of file.facts.calls) if (c.name.endsWith('.deploy')) out.push(codeEvidence(file.path, c, `${c.name}()`, 'call'));
  return out;
}

/** `@serve.deployment(...)` is read as a call too; it is cited once, as the decorator. */
function isDecorator(file: PyFile, call: CallFact): boolean {
  const at = (d: { line: number; cell?: number; name: string }) => d.line === call.line && d.cell === call.cell && d.name === call.name;
  return file.facts.functions.some((fn) => fn.decorators.some(at)) || file.facts.classes.some((cls) => cls.decorators.some(at));
}

/**
 * A managed deployment that serves no model: it names no model, and its
 * scoring script, in the repository, neither runs one nor reaches one through
 * local imports (a FastAPI app answering "hello" deployed to an Azure ML
 * online endpoint). A script not in the repository is not known, and counts.
 */
function servesNoModel(ctx: DetectContext, path: string, m: ManifestFact, index: ModuleIndex): boolean {
  if (m.model || !m.script) return false;
  const script = ctx.python.find((f) => f.path === posix.join(posix.dirname(path), m.script as string));
  return script !== undefined && ![script, ...index.reachable(script, HOPS)].some(runsModel);
}

/** Model servers in deployment files: KServe/Seldon objects, SageMaker endpoints, TF Serving or Triton images and commands. */
function servingDeployments(ctx: DetectContext, index: ModuleIndex): Evidence[] {
  const out: Evidence[] = [];
  const endpoints: Evidence[] = [];
  let deployments = 0;
  let modelless = 0;
  for (const file of ctx.files) {
    for (const m of file.manifests ?? []) {
      // An endpoint, or the production variants of an endpoint config (a SageMaker request shape).
      const endpoint = CLOUD_ML_MANIFESTS.has(m.kind) && /endpoint|onlinedeployment|productionvariants/i.test(m.text);
      if (!endpoint && !(SERVING.MODEL_SERVING_MANIFESTS as readonly string[]).includes(m.kind)) continue;
      const evidence = configEvidence(file.path, m, `${m.kind} ${m.text}`);
      if (m.kind === 'azureml' && /onlinedeployment/i.test(m.text)) {
        deployments += 1;
        if (servesNoModel(ctx, file.path, m, index)) modelless += 1;
        else out.push(evidence);
      } else if (m.kind === 'azureml') endpoints.push(evidence);
      else out.push(evidence);
    }
    for (const c of file.configs ?? []) {
      const image = c.key === 'compose:image' && SERVING.MODEL_SERVER_IMAGE.test(c.text);
      if (image || (c.key === 'compose:command' && SERVING.MODEL_SERVER_COMMAND.test(c.text))) out.push(configEvidence(file.path, c, c.text));
    }
    for (const i of file.docker ?? []) {
      const image = i.keyword === 'FROM' && SERVING.MODEL_SERVER_IMAGE.test(i.args);
      if (image || (['CMD', 'ENTRYPOINT', 'RUN'].includes(i.keyword) && SERVING.MODEL_SERVER_COMMAND.test(i.args))) {
        out.push(configEvidence(file.path, i, `${i.keyword} ${i.args}`));
      }
    }
  }
  for (const file of ctx.matching(SERVING.MODEL_SERVING_FILES)) out.push(fileEvidence(file.path));
  // An Azure ML endpoint counts unless every deployment the repository gives it serves no model.
  if (deployments === 0 || modelless < deployments) out.push(...endpoints);
  return out;
}

function detectServing(ctx: DetectContext): DetectResult {
  // Type stubs (`.pyi`) declare an API but run nothing.
  const own = ctx.python.filter((f) => !f.test && !f.path.endsWith('.pyi'));
  const index = moduleIndexOf(ctx.python);
  const evidence = [...own.flatMap(servingCode), ...servingDeployments(ctx, index)];
  const modelless: string[] = [];
  for (const file of own) {
    const handlers = routeHandlers(file);
    const use = modelUseEvidence(file, handlers);
    if (use) {
      const api = apiEvidence(file);
      if (api) evidence.push(api, use);
      continue;
    }
    const served = servedElsewhere(file, handlers, index);
    const api = apiEvidence(file, served?.inFunction ? new Set([served.inFunction]) : undefined);
    if (!api) continue;
    // The model runs in another module: cite the handler's call into it, or only the route.
    if (served === undefined) modelless.push(api.location);
    // The route is the endpoint; its call into the model's module (often a helper: a token count) is cited after it.
    else evidence.push(api, ...(served.call ? [{ ...codeEvidence(file.path, served.call, `${served.call.name}()`, 'call'), secondary: true as const }] : []));
  }
  if (evidence.length > 0 || modelless.length === 0) return evidence;
  const shown = modelless.slice(0, 3).join(', ');
  return { evidence, note: `web API without a model: no ML or LLM use reachable from ${shown}${modelless.length > 3 ? ', ...' : ''}` };
}

/**
 * A model run in a module the API file reaches through local imports, and
 * the call in one of its route handlers that leads there (through the
 * modules on the way); undefined when no reached module runs a model.
 */
function servedElsewhere(file: PyFile, handlers: ReadonlySet<string>, index: ModuleIndex): { call?: CallFact; inFunction?: string } | undefined {
  const reached = index.reachable(file, HOPS);
  const model = reached.find(runsModel);
  if (!model) return undefined;
  const leading = reached.filter((r) => r === model || index.reachable(r, HOPS - 1).includes(model));
  const call = handlerCallInto(file, handlers, leading);
  return { call, inFunction: call?.inFunction };
}

export const servingApi = defineDetector({
  id: 'serving_api',
  area: 'deployment',
  rule: 'a model, an ML function or an LLM pipeline is exposed over a network API: FastAPI, Flask, Django REST, BentoML, Ray Serve, TorchServe handlers, Triton model repository, KServe / Seldon predictors, LitServe, gRPC servicers, AWS Lambda handlers that call a model, managed endpoints deployed from code (SageMaker, Vertex AI, Azure ML). A web API that serves no model or LLM is absent: that is web development, not ML serving.',
  // Serving packages declared and never used are hints (run.ts); what serves a model is decided here.
  uses: 'declared',
  detect: detectServing,
});
