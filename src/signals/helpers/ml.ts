// Shared rules of the "Machine learning and data" and "LLM" detectors: a
// catalogue tool's use (unless a local module of the same name shadows it),
// declared-only hints, and the author's own model classes.
import { getTool, normalizePackage, TOOLS } from '../../catalog/index.js';
import { MODEL_BASES } from '../../catalog/tools/ml-calls.js';
import type { CallFact, ClassFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';

const LOCAL_MODULES = new WeakMap<DetectContext, Set<string>>();

/** Module names the repository defines itself: every folder on the path of a `.py` file, and each file's stem. */
export function localModules(ctx: DetectContext): Set<string> {
  let names = LOCAL_MODULES.get(ctx);
  if (names) return names;
  names = new Set<string>();
  for (const file of ctx.python) {
    if (file.notebook) continue;
    const parts = file.path.split('/');
    const stem = parts.pop()?.replace(/\.pyi?$/, '');
    for (const dir of parts) names.add(dir);
    if (stem && stem !== '__init__') names.add(stem);
  }
  LOCAL_MODULES.set(ctx, names);
  return names;
}

function rootsOf(patterns: readonly string[]): string[] {
  return patterns.filter((p) => !p.startsWith('*')).map((p) => p.split('.')[0]);
}

/**
 * A tool whose every import root is one of the repository's own modules, and
 * which is not declared, is shadowed: `import datasets` then means the local
 * `datasets/` package, not Hugging Face Datasets.
 */
export function isShadowed(ctx: DetectContext, id: string): boolean {
  const tool = getTool(id);
  const roots = rootsOf([...tool.imports, ...(tool.calls ?? [])]);
  if (roots.length === 0) return false;
  const local = localModules(ctx);
  if (!roots.every((r) => local.has(r))) return false;
  return ctx.declared(tool.pypi.map(normalizePackage)).length === 0;
}

/** Evidence that the tools are used (imports and catalogue calls), optionally of some kinds or in some files only. */
export function toolUses(
  ctx: DetectContext,
  ids: readonly string[],
  keep: (e: Evidence) => boolean = () => true,
): Evidence[] {
  return ids.flatMap((id) => (isShadowed(ctx, id) ? [] : ctx.tool(id).uses.filter(keep)));
}

/** Declared-only hints: tools declared as dependencies and never used (as run.ts does for catalogue tools). */
export function declaredHints(ctx: DetectContext, ids: readonly string[]): Evidence[] {
  return ids.flatMap((id) => (ctx.tool(id).uses.length > 0 ? [] : ctx.tool(id).declared));
}

/** The evidence, or when there is none, the declared-only hints of the tools. */
export function orHints(ctx: DetectContext, evidence: Evidence[], ids: readonly string[]): Evidence[] {
  return evidence.length > 0 ? evidence : declaredHints(ctx, ids);
}

/** Evidence for a call fact. */
export function callEvidence(file: PyFile, call: CallFact, tool?: string): Evidence {
  return codeEvidence(file.path, call, `${call.name}()`, 'call', tool);
}

/** The first call of a file whose name matches, if any. */
export function firstCall(file: PyFile, test: (c: CallFact) => boolean): CallFact | undefined {
  return file.facts.calls.find(test);
}

export interface ModelClass {
  file: PyFile;
  cls: ClassFact;
  family: string;
  /** A neural-network module (deep_learning), not a scikit-learn estimator. */
  neural: boolean;
  /** Subclass of one of the author's own model classes rather than of a framework base. */
  inherited: boolean;
}

function directModel(cls: ClassFact): { family: string; neural: boolean } | undefined {
  for (const base of cls.bases) {
    const spec = MODEL_BASES.find((m) => m.base.test(base) && (!m.needs || cls.methods.includes(m.needs)));
    if (spec) return spec;
  }
  return undefined;
}

const MODELS = new WeakMap<DetectContext, ModelClass[]>();

/**
 * The author's own model classes outside tests: subclasses of a framework
 * model base (MODEL_BASES), and, one level down, subclasses of such a local
 * class (`class Encoder(BaseEncoder)` where `BaseEncoder(BaseEstimator)`).
 */
export function modelClasses(ctx: DetectContext): ModelClass[] {
  const cached = MODELS.get(ctx);
  if (cached) return cached;
  const files = ctx.python.filter((f) => !f.test);
  const direct: ModelClass[] = [];
  for (const file of files) {
    for (const cls of file.facts.classes) {
      const spec = directModel(cls);
      if (spec) direct.push({ file, cls, family: spec.family, neural: spec.neural, inherited: false });
    }
  }
  const byName = new Map(direct.map((m) => [m.cls.name, m]));
  const local = localModules(ctx);
  const isLocalName = (base: string): boolean => !base.includes('.') || base.startsWith('.') || local.has(base.split('.')[0]);
  const inherited: ModelClass[] = [];
  for (const file of files) {
    for (const cls of file.facts.classes) {
      if (direct.some((m) => m.cls === cls)) continue;
      const parent = cls.bases.filter(isLocalName).map((b) => byName.get(b.slice(b.lastIndexOf('.') + 1))).find(Boolean);
      if (parent && parent.cls !== cls) inherited.push({ file, cls, family: parent.family, neural: parent.neural, inherited: true });
    }
  }
  const all = [...direct, ...inherited];
  MODELS.set(ctx, all);
  return all;
}

/** Evidence for a model class: its `class` line. */
export function classEvidence(model: ModelClass): Evidence {
  const bases = model.cls.bases.join(', ');
  return codeEvidence(model.file.path, model.cls, `class ${model.cls.name}(${bases})`, 'class');
}

/** Catalogue tools that name a signal among their `signals`. */
export function signalTools(id: string): string[] {
  return TOOLS.filter((t) => (t.signals as readonly string[]).includes(id)).map((t) => t.id);
}
