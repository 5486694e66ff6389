// Models written from scratch in NumPy (custom_model_code): a class of the
// author's with a fit-like and a predict-like method whose methods do the
// maths with numpy (`np.dot`, `np.exp`, `np.linalg`, weights from
// `np.random`). A class that hands the work to another library's model
// (`self.model.fit(...)`, any scikit-learn/PyTorch/... call), a data class,
// or a metric function does not count. Test files and test doubles do not.
import type { ClassFact, FunctionFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';

/** Methods that learn the parameters (or, for a network, propagate the gradient back). */
const FIT_LIKE = /^(fit|partial_fit|train|backward|backprop\w*|back_propagat\w*)$/;
/** Methods that apply the learnt parameters. */
const PREDICT_LIKE = /^(predict|predict_proba|forward|feedforward|feed_forward|classify)$/;
/** numpy maths: products, activations, reductions, linear algebra, parameter initialisation (not I/O, not `array`, not seeding). */
const NUMPY_MATHS = /^numpy\.(dot|matmul|einsum|inner|outer|tensordot|exp|log|log1p|tanh|sqrt|square|power|abs|sign|maximum|minimum|clip|where|sum|mean|var|std|argmax|argmin|argsort|bincount|cov|transpose|zeros|ones|zeros_like|ones_like|full|eye|linalg\.\w+|random\.(randn|rand|normal|uniform|standard_normal|choice|permutation|default_rng))$/;
/** `X.dot(w)` on an array. */
const ARRAY_DOT = /^[A-Za-z_][\w.]*\.dot$/;
/** Calls into other modelling libraries, or loading a pickled model: the class wraps someone else's model. */
const OTHER_MODEL_LIBRARY = /^(sklearn|torch|tensorflow|keras|tf_keras|jax|flax|xgboost|lightgbm|catboost|statsmodels|transformers|sentence_transformers|ultralytics|onnxruntime|tflite_runtime|openvino|pycaret|h2o|prophet|pmdarima|autogluon|mlflow|joblib|scipy\.optimize)(\.|$)|^(pickle|dill|cloudpickle)\.loads?$/;
/** Fitting or running a model held elsewhere (`self.model.fit`, `clf.predict`, `super().fit`): only the class's own `self.fit` is its own. */
const DELEGATED = /\.(fit|partial_fit|fit_transform|predict|predict_proba|train|forward|evaluate|compile)$/;
/** Arrays filled with constants or noise: parameter initialisation, not yet maths. */
const INITIALISER = /^numpy\.(zeros|ones|zeros_like|ones_like|full|eye|random\.\w+)$/;
const TEST_DOUBLE = /^(Mock|Fake|Dummy|Stub)/;

function isOwnCall(name: string): boolean {
  return /^self\.\w+$/.test(name) || !name.includes('.');
}

/** Bases that leave the class the author's own: none, `object`, an ABC, a generic, or a class of the repository. */
function plainBases(cls: ClassFact, local: ReadonlySet<string>): boolean {
  return cls.bases.every(
    (b) => b === 'object' || /^(abc\.)?ABC$/.test(b) || /^typing\.Generic/.test(b) || !b.includes('.') || b.startsWith('.') || local.has(b.split('.')[0]),
  );
}

/** The numpy maths a class's methods do, or undefined when the class is not a from-scratch model. */
function numpyModel(file: PyFile, cls: ClassFact, local: ReadonlySet<string>): { fit: string; predict: string } | undefined {
  if (TEST_DOUBLE.test(cls.name) || !plainBases(cls, local)) return undefined;
  const methods: FunctionFact[] = file.facts.functions.filter((f) => f.className === cls.name && f.line > cls.line);
  const fit = methods.find((m) => FIT_LIKE.test(m.name) && !m.placeholder);
  const predict = methods.find((m) => PREDICT_LIKE.test(m.name) && !m.placeholder);
  if (!fit || !predict) return undefined;
  const calls = methods.flatMap((m) => m.calls);
  if (calls.some((c) => OTHER_MODEL_LIBRARY.test(c) || (DELEGATED.test(c) && !isOwnCall(c)))) return undefined;
  const maths = (m: FunctionFact) => m.calls.filter((c) => NUMPY_MATHS.test(c) || ARRAY_DOT.test(c));
  const distinct = new Set(methods.flatMap(maths).map((c) => (ARRAY_DOT.test(c) ? 'dot' : c)));
  // The maths is the model's: in the method that learns or the one that predicts, more than one operation, not only initialisers.
  if (distinct.size < 2 || [...distinct].every((c) => INITIALISER.test(c)) || (maths(fit).length === 0 && maths(predict).length === 0)) return undefined;
  return { fit: fit.name, predict: predict.name };
}

/** From-scratch NumPy model classes outside tests, at their class line. */
export function numpyModelClasses(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  const local = ctx.localModules;
  for (const file of ctx.python) {
    if (file.test || !file.facts.calls.some((c) => c.name.startsWith('numpy.'))) continue;
    for (const cls of file.facts.classes) {
      const model = numpyModel(file, cls, local);
      if (model) out.push(codeEvidence(file.path, cls, `class ${cls.name} (NumPy: ${model.fit}, ${model.predict})`, 'class'));
    }
  }
  return out;
}
