// The author's own model classes (custom_model_code, deep_learning): classes
// deriving from a framework's model base (catalog › MODEL_BASES), and one
// level down, from such a class of the repository.
import { MODEL_BASES } from '../../catalog/tools/ml-calls.js';
import type { ClassFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';

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
  const local = ctx.localModules;
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
