// Pydantic (and marshmallow) classes count when an API module that serves a
// model or an LLM (found as serving_api finds it) defines or imports them and
// takes requests through them (a handler's parameter, or a validating call)
// in a handler (a route, or a model server's: a BentoML api, a LitServe or
// KServe request method, lib/model-endpoints.ts) that itself runs the model
// (lib/model-reach.ts: directly,
// through the local module it calls, through a FastAPI dependency, through
// an object the app builds at startup and keeps in its state, or through an
// object built from a model at import or in the function (a recommender
// wrapping unpickled models, an LLM index, a chain), or through a function
// it hands the model to (`def search(model: SentenceTransformer, q)`); a CRUD route beside the
// chat route does not): request bodies flow into inference, free text
// included (dev-set convention), and so do the schemas their fields hold
// (`requests: List[Item]`). Django REST framework serializers count the
// same way when the handler gives them the request's data
// (`Serializer(data=request.data)`); one rendering a result does not. A response model (`response_model=`)
// validates what goes out, not data going in. They also count when their
// name says they describe records or features, in an ML project, outside LLM
// code, and they describe features (a constrained field or a validator, two
// fields beyond ids, not only a chat message's text and role, or one typed
// feature field): a chat record wrapping the user's message is no data
// validation. In a data pipeline of a project that trains or runs a model
// (data flowing into training or inference), a schema counts when records go
// through it (`Record(**row)`, `Record.model_validate(r)`, the call meaning
// that class, not a namesake defined elsewhere); one built from named fields
// is an output, and a web app's CRUD code building rows counts nowhere. Settings classes never count; LLM structured-output
// schemas belong to guardrails. A hand-written check of a dataset against a
// schema file counts too (lib/schema-checks.ts), and so do Evidently's
// data-quality tests (lib/evidently-tests.ts). Type stubs (`.pyi`) run
// nothing and are not evidence.
import { matchesAny, TOOLS } from '../catalog/index.js';
import {
  CONSTRAINED_TYPE,
  FEATURE_SCHEMA_NAME,
  FIELD_CONSTRAINTS,
  KEY_FIELD,
  LLM_LIBRARIES,
  MESSAGE_FIELD,
  SCHEMA_BASES,
  SERIALIZER_BASES,
  SETTINGS_BASES,
  SETTINGS_NAME,
  UNTYPED_FIELD,
  VALIDATION_PATTERNS,
  VALIDATOR_DECORATOR,
} from '../catalog/tools/validation-calls.js';
import type { CallFact, ClassFact, FieldFact, FunctionFact } from '../parse/types.js';
import type { DetectContext, PyFile } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence } from './evidence.js';
import { callEvidence, importsAny, lastSegment } from './lib/code.js';
import { dataStep } from './lib/data.js';
import { evidentlyDataTests } from './lib/evidently-tests.js';
import { schemaChecks } from './lib/schema-checks.js';
import { ImportedNames } from './lib/imported-names.js';
import { absoluteOf, ModuleIndex, moduleIndexOf } from './lib/local-modules.js';
import { endpointSiblings } from './lib/model-endpoints.js';
import { ModelReach } from './lib/model-reach.js';
import { apiEvidence, routeHandlers, runsModel } from './lib/web-api.js';
import type { Evidence } from './types.js';

/** Imports of classical and deep learning libraries: the project trains or runs models of its own. */
const ML_LIBRARIES = TOOLS.filter((t) => t.signals.some((s) => s === 'classical_ml' || s === 'deep_learning')).flatMap((t) => t.imports);

export const dataValidation = defineDetector({
  id: 'data_validation',
  area: 'mlops',
  rule: 'data flowing into training or inference is validated by a schema or expectations: Great Expectations, pandera, TFDV, deepchecks data checks, soda, or pydantic models of dataset records or model features. Request-body schemas of a web API that serves no model do not count.',
  uses: 'import',
  patterns: VALIDATION_PATTERNS,
  detect: (ctx, found) => {
    const training = ctx.projectsWhere((f) => importsAny(f, ML_LIBRARIES));
    return [...found.filter((e) => !isPanderaTyping(e)), ...schemaClasses(ctx, training), ...schemaChecks(ctx, (path) => ctx.inProjects(path, training)), ...evidentlyDataTests(ctx)];
  },
});

/** pandera's typing module alone: `Series[bool]` annotations validate nothing without a schema or `check_types`. */
function isPanderaTyping(e: Evidence): boolean {
  return e.tool === 'pandera' && /^(from\s+pandera\.typing\b|import\s+pandera\.typing\b)/.test(e.match);
}

interface Schema {
  file: PyFile;
  cls: ClassFact;
  /** A Django REST framework serializer: it takes a request in only as `Serializer(data=...)`. */
  serializer?: true;
}

/** Classes deriving (within the repository too) from a schema base, minus settings classes. */
function schemas(ctx: DetectContext): Schema[] {
  const all = ctx.python.filter((f) => !f.test && !f.path.endsWith('.pyi')).flatMap((file) => file.facts.classes.map((cls) => ({ file, cls })));
  const schemaNames = new Set<string>();
  const serializerNames = new Set<string>();
  const settingsNames = new Set<string>();
  // The classes themselves: a plain class or an ORM table named like a schema elsewhere (`Transaction`) is none.
  const schemaClasses = new Set<ClassFact>();
  const serializerClasses = new Set<ClassFact>();
  const settingsClasses = new Set<ClassFact>();
  const derives = (cls: ClassFact, bases: readonly string[], local: Set<string>): boolean =>
    cls.bases.some((b) => matchesAny(b, bases) || local.has(lastSegment(b)));
  for (let round = 0; round < 4; round++) {
    for (const { cls } of all) {
      const kind = derives(cls, SETTINGS_BASES, settingsNames)
        ? ([settingsNames, settingsClasses] as const)
        : derives(cls, SCHEMA_BASES, schemaNames)
          ? ([schemaNames, schemaClasses] as const)
          : derives(cls, SERIALIZER_BASES, serializerNames)
            ? ([serializerNames, serializerClasses] as const)
            : undefined;
      kind?.[0].add(cls.name);
      kind?.[1].add(cls);
    }
  }
  const found = all.filter(({ cls }) => (schemaClasses.has(cls) || serializerClasses.has(cls)) && !settingsClasses.has(cls) && !SETTINGS_NAME.test(cls.name));
  return found.map((s) => (serializerClasses.has(s.cls) && !schemaClasses.has(s.cls) ? { ...s, serializer: true as const } : s));
}

/**
 * Own modules exposing an API that runs a model or an LLM, directly or through local imports (as serving_api
 * decides), or whose handlers reach one through a dependency or the app's state (lib/model-reach.ts).
 */
function modelServingFiles(ctx: DetectContext, index: ModuleIndex, reach: ModelReach): PyFile[] {
  return ctx.python.filter((f) => {
    if (f.test || f.notebook || f.path.endsWith('.pyi') || apiEvidence(f) === undefined) return false;
    if (runsModel(f) || index.reachable(f, 2).some(runsModel)) return true;
    const handlers = routeHandlers(f);
    return f.facts.functions.some((fn) => handlers.has(qualified(fn)) && reach.handler(f, fn));
  });
}

/** The API module defines the schema, or imports it (by name, directly or re-exported, or its module). */
function usedBy(api: PyFile, schema: Schema, names: ImportedNames): boolean {
  if (api.path === schema.file.path) return true;
  const imported = names.of(api);
  return imported.has(`${schema.file.path}#${schema.cls.name}`) || imported.has(`${schema.file.path}#*`);
}

function schemaClasses(ctx: DetectContext, training: ReadonlySet<string>): Evidence[] {
  const candidates = schemas(ctx);
  if (candidates.length === 0) return [];
  const index = moduleIndexOf(ctx.python);
  const reach = new ModelReach(ctx.python, index);
  const apis = modelServingFiles(ctx, index, reach);
  const names = new ImportedNames(index);

  // Data code that is no web API (whose own schemas count when it serves a model, above), in a project that trains
  // or runs a model: records validated on their way into training or inference. A web app's CRUD building its
  // ORM rows from request bodies (`Transaction(**data.model_dump())`) validates no data a model sees.
  const pipelines = ctx.sourceFiles.filter(
    (f) => ctx.inProjects(f.path, training) && !importsAny(f, LLM_LIBRARIES) && isDataCode(f) && apiEvidence(f) === undefined,
  );
  const out: Evidence[] = [];
  const byName = new Map<string, Schema>();
  for (const s of candidates) if (!byName.has(s.cls.name)) byName.set(s.cls.name, s);
  // The request schema of a handler that runs the model validates inference input, free text included
  // (signals.md: "pydantic models of dataset records or model features"; the dev set labels a lone `text` field
  // of a prediction request borderline present). A body beside the model, whose handler runs none, does not count.
  const served = nested(
    candidates.filter((s) => apis.some((api) => usedBy(api, s, names) && takesInput(api, s).some((fn) => [fn, ...endpointSiblings(api, fn)].some((f) => reach.handler(api, f))))),
    byName,
  );
  for (const s of candidates) {
    const describes = describesFeatures(s, byName);
    // In a repository of several projects, the schema's own project must train or run a model.
    const features = !s.serializer && describes && ctx.inProjects(s.file.path, training) && FEATURE_SCHEMA_NAME.test(s.cls.name) && !importsAny(s.file, LLM_LIBRARIES);
    const applied = s.serializer ? undefined : firstApplied(s, pipelines, index);
    if (served.has(s) || features || applied) out.push(codeEvidence(s.file.path, s.cls, `class ${s.cls.name}(${s.cls.bases.join(', ')})`, 'class'));
    if (applied) out.push(callEvidence(applied.file, applied.call));
  }
  return out;
}

/** The schemas and those their fields hold (`requests: List[FraudRequest]` in a batch request): validated with them. */
function nested(schemas: readonly Schema[], byName: ReadonlyMap<string, Schema>): Set<Schema> {
  const out = new Set(schemas);
  for (const s of out) {
    for (const f of fieldsOf(s, byName)) for (const name of f.type.match(/\w+/g) ?? []) {
      const inner = byName.get(name);
      if (inner && !inner.serializer) out.add(inner);
    }
  }
  return out;
}

/** The schema's fields, its local bases' first (`MessageCreate(MessageBase)` has MessageBase's `content`). */
function fieldsOf(s: Schema, byName: ReadonlyMap<string, Schema>, seen = new Set<string>()): FieldFact[] {
  if (seen.has(s.cls.name)) return [];
  seen.add(s.cls.name);
  const inherited = s.cls.bases.flatMap((b) => {
    const base = byName.get(lastSegment(b));
    return base ? fieldsOf(base, byName, seen) : [];
  });
  return [...inherited, ...(s.cls.fields ?? [])];
}

function constrained(field: FieldFact): boolean {
  return CONSTRAINED_TYPE.test(field.type) || (field.call?.kwargs.some((k) => FIELD_CONSTRAINTS.includes(k)) ?? false);
}

/**
 * The schema describes model features rather than wrapping a chat message:
 * a constrained field (`Field(ge=0)`, `Literal[...]`, `conint`), a validator,
 * at least two fields beyond keys (`session_id`, `user_id`), not all of
 * them the message itself (its text, role, history), or one typed feature
 * field (`instances: List[List[float]]`). A chat request
 * (`message`, `session_id`) or a message record (`content`, `role`,
 * `thread_id`) carries free text into a prompt; nothing about it is checked.
 */
function describesFeatures(s: Schema, byName: ReadonlyMap<string, Schema>): boolean {
  const fields = fieldsOf(s, byName).filter((f) => !KEY_FIELD.test(f.name));
  if (fields.some(constrained)) return true;
  if (s.file.facts.functions.some((fn) => fn.className === s.cls.name && fn.decorators.some((d) => VALIDATOR_DECORATOR.test(d.name)))) return true;
  const features = fields.filter((f) => !MESSAGE_FIELD.test(f.name));
  // One field may be the features themselves (`instances: List[List[float]]`, `amount: float`), never one of free text.
  return (fields.length >= 2 && features.length > 0) || features.some((f) => f.type !== '' && !UNTYPED_FIELD.test(f.type));
}

/**
 * The functions of the API module that take data in through the schema: a
 * parameter annotated with it, or a call in their body that builds or
 * validates it; a DRF serializer given the request's data
 * (`InputSerializer(data=request.data)`, then `is_valid()`), not one
 * rendering a result (`OutputSerializer(prediction)`).
 */
function takesInput(api: PyFile, schema: Schema): FunctionFact[] {
  const name = schema.cls.name;
  const takes = (c: CallFact) => (schema.serializer ? lastSegment(c.name) === name && c.kwargs.includes('data') : buildsSchema(c, name));
  const building = new Set(api.facts.calls.filter((c) => c.inFunction !== undefined && takes(c)).map((c) => c.inFunction));
  return api.facts.functions.filter((f) => (!schema.serializer && f.paramTypes?.includes(name) === true) || building.has(qualified(f)));
}

function qualified(fn: FunctionFact): string {
  return fn.className ? `${fn.className}.${fn.name}` : fn.name;
}

/**
 * `Item.model_validate(row)`, `Item.parse_obj(data)`, `Item(**payload)`: the
 * request goes through the schema. Built from named fields
 * (`Prediction(label=y, score=p)`) it is a response being composed.
 */
function buildsSchema(call: CallFact, name: string): boolean {
  const parts = call.name.split('.');
  const last = parts[parts.length - 1];
  return (last === name && call.kwargs.length === 0) || (VALIDATES.test(last) && parts[parts.length - 2] === name);
}

/** Code that reads or transforms data (a feature or data pipeline step). */
function isDataCode(file: PyFile): boolean {
  const step = dataStep(file);
  return step.reads.length > 0 || step.transforms.length > 0;
}

const VALIDATES = /^(model_validate|model_validate_json|parse_obj|parse_raw|validate|from_orm)$/;

/**
 * Where a data pipeline validates records with the schema: `SalesRecord(**row)`,
 * `SalesRecord.model_validate(row)`. Built from named fields
 * (`Summary(total=n, mean=m)`) it is an output being composed from results.
 */
function firstApplied(s: Schema, pipelines: readonly PyFile[], index: ModuleIndex): { file: PyFile; call: CallFact } | undefined {
  for (const file of pipelines) {
    const call = file.facts.calls.find((c) => buildsSchema(c, s.cls.name) && !meansOtherClass(c, file, s, index));
    if (call) return { file, call };
  }
  return undefined;
}

/**
 * The call names a class of the same name defined elsewhere: `app.models.Transaction(**row)` resolves to
 * `app/models.py`, which defines its own `Transaction`, so it does not apply `ui/schemas.py`'s. A name that
 * resolves to no module of the repository, or to one that only re-exports, is taken at its word.
 */
function meansOtherClass(call: CallFact, file: PyFile, s: Schema, index: ModuleIndex): boolean {
  const parts = call.name.split('.');
  const at = parts.lastIndexOf(s.cls.name);
  const module = parts.slice(0, at).join('.');
  if (!module) return file !== s.file && file.facts.classes.some((c) => c.name === s.cls.name);
  const dotted = module.startsWith('.') ? absoluteOf(module, file.path) : module;
  const target = dotted ? index.resolve(dotted, file) : undefined;
  return target !== undefined && target !== s.file && target.facts.classes.some((c) => c.name === s.cls.name);
}
