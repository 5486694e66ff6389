// Evidence: a held-out split or cross-validation call (a partition only where
// a model is given it and scored: after it in a notebook, anywhere in the
// repository for a module's), a metric computed on data other than the
// training set (scikit-learn metrics, torchmetrics, `evaluate.load`), Keras
// `model.evaluate()`, `fit()` or a trainer given validation data (a Hugging
// Face trainer's `eval_dataset` only with metrics or an evaluation schedule in
// its arguments: the default strategy never evaluates), or a trainer's
// evaluate/validate/test run, a fastai Learner given `metrics=`
// beside the data it holds out (a DataBlock, a splitter, a DataLoaders
// factory), an Ultralytics model's `val()` or `train(data=...)` (which
// validates on the val split every epoch; a data file named by a path must be
// committed: lib/ultralytics-validations.ts), or a hand-written evaluation function
// in a neural-network file that scores predictions (`def test(model, loader)`
// computing a loss or accuracy, a Lightning `validation_step`), or a test or
// validation split loaded from a dataset API and scored in the same file
// (lib/held-out.ts), or held-out targets scored by hand against predictions
// from the held-out inputs (`np.mean(predict(model, Xval) != yval)`,
// `cost(Xval, yval, theta)`, or `(predicted == labels).sum()` in a loop over
// `test_loader`) or from a forecaster fitted on training data
// (`calc.mae(y_test, model.predict(h))`: lib/held-out-scores.ts), or a metric of the
// author's own (`ndcg_at_k`) computed where a held-out split is read by name
// (`val_df = pd.read_parquet(".../val.parquet")`, lib/held-out-metrics.ts;
// where the repository fits a model), or an RL agent scored
// over episodes of an environment it is not trained on (Stable-Baselines3's
// EvalCallback/evaluate_policy given an evaluation environment, RLlib's
// evaluation workers, or a rollout by hand on a held-out environment:
// lib/rollouts.ts), an evaluation routine of the author's own given held-out
// data by its configuration (lib/evaluation-configs.ts), or a framework's
// command-line evaluation (`!yolo mode=val`, `python val.py ...`: lib/cli-evaluations.ts).
// A function's name alone, a call of a repository function that does nothing
// (lib/empty-functions.ts), pairwise distances, kernels and scorer factories are not an evaluation; nor is an LLM application
// graded by an LLM-evaluation library (Ragas, DeepEval, TruLens,
// LangSmith...: llm_evals), so a file importing one is not read for
// evaluation functions or held-out sets by name.
import { BOOSTER_TRAIN, EVAL_SCHEDULE_KWARGS, EVAL_ARGMAX, EVAL_FUNCTION_NAMES, EVAL_METRIC_CALLS, EVAL_MODE_CALLS, EVAL_SCORE_CALL, FASTAI_HELD_OUT_DATA, FASTAI_LEARNER, METRIC_CALLS, MODEL_FIT, MODEL_USE, NEURAL_IMPORTS, NOT_METRIC, PARTITION_CALLS, PLAIN_METHODS, RL_AGENTS, RL_EVALUATIONS, RLLIB_EVAL_SETTINGS, RLLIB_EVALUATION, SPLIT_CALLS, TRAINER, TRAINER_ARGUMENTS, TRAINER_EVAL_CALLS, TRAINER_EVAL_KWARGS, TRAINER_METRIC_KWARGS, VALIDATION_KWARGS } from '../catalog/tools/ml-evaluation-calls.js';
import { getTool, matchesAny, toolsFor } from '../catalog/index.js';
import type { CallFact, FunctionFact } from '../parse/types.js';
import type { DetectContext, PyFile } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence } from './evidence.js';
import { callEvidence, importsAny, lastSegment } from './lib/code.js';
import { cliEvaluations } from './lib/cli-evaluations.js';
import { evaluationConfigs } from './lib/evaluation-configs.js';
import { callsEmptyFunction, citesEmptyCall, meansEmpty } from './lib/empty-functions.js';
import { heldOutEvaluations } from './lib/held-out.js';
import { heldOutMetrics } from './lib/held-out-metrics.js';
import { HELD_OUT_ENV, HELD_OUT_NAME_PART } from './lib/held-out-names.js';
import { heldOutScores } from './lib/held-out-scores.js';
import { llmWithin } from './lib/llm-reach.js';
import { moduleIndexOf } from './lib/local-modules.js';
import { loggedAsTraining, scoresModel, scoresTrainingData } from './lib/training-scores.js';
import { ultralyticsValidations } from './lib/ultralytics-validations.js';
import { heldOutRollouts } from './lib/rollouts.js';
import { perFile } from './per-file.js';
import type { Evidence } from './types.js';

const KERAS = ['tensorflow', 'keras', 'tf_keras'];
/** A name for held-out data (`y_test`, `val_labels`, `X_holdout`); not `cv`, a fold count or splitter. */
const HELD_OUT_ARG = HELD_OUT_NAME_PART;

/**
 * The LLM-evaluation libraries (llm_evals' catalogue tools): a file that
 * grades an LLM pipeline with one scores an application's answers, not a
 * trained model on held-out data, so its `run_evaluation()` or `eval_data`
 * is no model evaluation.
 */
const LLM_EVAL_MODULES = toolsFor('llm_evals').flatMap((id) => getTool(id).imports);
/**
 * Metric calls: METRIC_CALLS and the catalogue's evaluation libraries (this signal's tools: motmetrics, COCOeval,
 * jiwer, sacrebleu...), so a library added as one catalogue line is read like scikit-learn's metrics.
 */
const METRICS = [...METRIC_CALLS, ...toolsFor('model_evaluation').flatMap((id) => getTool(id).imports)];
const SCORING_CALLS = [...EVAL_METRIC_CALLS, ...METRICS];

function isEvaluation(call: CallFact, keras: boolean): boolean {
  if (matchesAny(call.name, SPLIT_CALLS)) return true;
  if (matchesAny(call.name, METRICS)) return !NOT_METRIC.test(call.name);
  if (/(^|\.)fit$/.test(call.name) || BOOSTER_TRAIN.test(call.name)) return call.kwargs.some((k) => VALIDATION_KWARGS.includes(k));
  if (TRAINER.test(call.name)) return call.kwargs.some((k) => TRAINER_EVAL_KWARGS.includes(k));
  if (TRAINER_EVAL_CALLS.test(call.name)) return true;
  return keras && /(^|\.)evaluate$/.test(call.name);
}

/** Arguments that schedule evaluation (`eval_strategy="steps"`, `do_eval=True`), not switch it off (`"no"`, `False`). */
function schedulesEvaluation(call: CallFact): boolean {
  const valueOf = (k: string) => call.strings[(call.passedAs ?? []).indexOf(k)];
  return call.kwargs.some((k) => EVAL_SCHEDULE_KWARGS.includes(k) && !(call.consts ?? []).includes(`${k}=False`) && (call.passedAs?.includes(k) ? valueOf(k) !== 'no' : true));
}

/**
 * A trainer given an evaluation set evaluates on it when given metrics, or
 * when its file schedules evaluation or builds no trainer arguments of its own
 * (TRAINER_ARGUMENTS). Other held-out keywords (`val_dataloaders`) count as given.
 */
function trainerEvaluates(file: PyFile, call: CallFact): boolean {
  if (!TRAINER.test(call.name) || !call.kwargs.includes('eval_dataset') || call.kwargs.some((k) => TRAINER_METRIC_KWARGS.includes(k))) return true;
  const built = file.facts.calls.filter((c) => TRAINER_ARGUMENTS.test(c.name) && c.kwargs.length > 0);
  return built.length === 0 || built.some(schedulesEvaluation);
}

/** A split that only partitions the data (PARTITION_CALLS), not one that also fits and scores a model. */
function isPartition(call: CallFact): boolean {
  return matchesAny(call.name, SPLIT_CALLS) && PARTITION_CALLS.test(call.name);
}

/** Whether `a` comes after `b` in the file (a notebook: by cell, then line). */
function after(a: CallFact, b: CallFact): boolean {
  return (a.cell ?? 0) > (b.cell ?? 0) || ((a.cell ?? 0) === (b.cell ?? 0) && a.line > b.line);
}

/** A call that trains, predicts with or scores a model (MODEL_USE), not a split. */
function usesModel(call: CallFact): boolean {
  return !isPartition(call) && MODEL_USE.test(lastSegment(call.name));
}

/** What one file gives: its evidence, and a module's partitions that count if the repository trains a model elsewhere. */
interface FileFindings {
  evidence: Evidence[];
  /** A fastai Learner's or an RL agent's evaluation: a model the file builds, whatever LLM it also runs. */
  agents: Evidence[];
  handedOn: Evidence[];
  /** Metrics computed where no model is given anything: they count only if the repository fits a model. */
  metricsOnly?: Evidence[];
  /** Calls that train, predict with or score a model (usesModel), outside tests. */
  trains: CallFact[];
  /** Calls that fit or train a model (not only predict or score with one), outside tests. */
  fits: CallFact[];
  /** Some call trains, predicts with or scores a model, or hands it a splitter (givesModel). */
  givesModel: boolean;
  /** Calls that score a model or its predictions, not on training data (lib/training-scores.ts), outside tests. */
  scores: CallFact[];
}

/** A call that trains, predicts with or scores a model, or is handed a splitter by scikit-learn's `cv=` (`tune(clf, cv=cv)`). */
function givesModel(call: CallFact): boolean {
  return usesModel(call) || call.kwargs.includes('cv');
}

/**
 * Evaluation calls of the file. A partition counts only beside another
 * evaluation or a call that gives the data to a model (givesModel). A
 * notebook runs from top to bottom, so that call must come after the split:
 * a notebook that splits its data and stops before any model evaluates
 * nothing. A module's split may be handed on (a pipeline's data step), so it
 * counts if the repository trains a model and scores one somewhere (a metric,
 * a model's score, an evaluation found in some file): a split handed to an
 * evaluation step whose body is `pass` is scored nowhere.
 */
function fileEvaluations(file: PyFile): Pick<FileFindings, 'evidence' | 'handedOn' | 'metricsOnly'> {
  const keras = importsAny(file, KERAS);
  // A metric of the training data (`accuracy_score(y_train, ...)`, a `training_score()` method, a value logged as
  // `training_r2`) is no held-out evaluation.
  const onTraining = (c: CallFact) => matchesAny(c.name, METRICS) && (scoresTrainingData(c) || loggedAsTraining(c, file.facts.calls));
  const calls = file.facts.calls.filter((c) => isEvaluation(c, keras) && trainerEvaluates(file, c) && !onTraining(c));
  const all = { evidence: calls.map((c) => callEvidence(file, c)), handedOn: [] };
  // Metrics alone, in a file that gives no model anything, score columns of a table (a dataset's answers against its
  // references, an LLM's replies): an evaluation of a model only where the repository trains one, like a module's split.
  // A metric given held-out data by name (`rmse(y_test, y_pred)`) is an evaluation whatever else the file does.
  const heldOutArgs = calls.some((c) => (c.names ?? []).some((n) => HELD_OUT_ARG.test(n)));
  if (calls.length > 0 && !heldOutArgs && calls.every((c) => matchesAny(c.name, METRICS)) && !file.facts.calls.some(givesModel)) return { evidence: [], handedOn: [], metricsOnly: all.evidence };
  const split = calls.find(isPartition);
  if (!split || calls.some((c) => !isPartition(c))) return all;
  // "Splits with metrics": a split the file gives a model but never scores it after counts only where another file scores one.
  // A call of a function of the file that does nothing (`evaluate(model)` beside `def evaluate(model): pass`) scores nothing.
  const scored = file.facts.calls.some((c) => scoresModel(c, METRICS) && !meansEmpty(file, c.name) && (!file.notebook || after(c, split)));
  if (file.notebook) {
    if (!file.facts.calls.some((c) => givesModel(c) && after(c, split))) return { evidence: [], handedOn: [] };
    return scored ? all : { evidence: [], handedOn: all.evidence };
  }
  return file.facts.calls.some(givesModel) && scored ? all : { evidence: [], handedOn: all.evidence };
}

/** Lightning-style step methods beside a `training_step`: the framework runs them on held-out data. */
const HELD_OUT_STEPS = ['validation_step', 'test_step'];

function isHandWrittenEvaluation(fn: FunctionFact, trainingClasses: Set<string>): boolean {
  if (!EVAL_FUNCTION_NAMES.test(fn.name)) return false;
  if (fn.className && HELD_OUT_STEPS.includes(fn.name) && trainingClasses.has(fn.className)) return true;
  return scoresPredictions(fn.calls.filter((c) => !NOT_METRIC.test(c)));
}

/**
 * The body scores predictions: a metric, a loss or an accuracy, or predicted
 * classes taken in inference mode. Inference mode alone is prediction, and a
 * method merely named `eval` (a kernel's `k.eval(X, Y)`) is no evaluation.
 * `eval(...)`, the builtin, is not `model.eval()`.
 */
function scoresPredictions(calls: string[]): boolean {
  const dotted = calls.filter((c) => c.includes('.'));
  if (dotted.some((c) => matchesAny(c, SCORING_CALLS)) || calls.some((c) => EVAL_SCORE_CALL.test(c) && !PLAIN_METHODS.test(lastSegment(c)))) return true;
  return dotted.some((c) => matchesAny(c, EVAL_ARGMAX)) && dotted.some((c) => matchesAny(c, EVAL_MODE_CALLS));
}

/** Evaluation functions the author wrote in a file that uses a neural-network framework. */
function handWrittenEvaluations(file: PyFile): Evidence[] {
  if (file.test || !importsAny(file, NEURAL_IMPORTS)) return [];
  const training = new Set(file.facts.functions.filter((f) => f.className && f.name === 'training_step').map((f) => f.className as string));
  return file.facts.functions
    .filter((fn) => isHandWrittenEvaluation(fn, training))
    .map((fn) => codeEvidence(file.path, fn, `def ${fn.className ? `${fn.className}.` : ''}${fn.name}()`, 'function'));
}

/** A call of fastai's: resolved under `fastai`, or a bare name in a file that star-imports fastai. */
function isFastai(call: CallFact, starred: boolean): boolean {
  return call.name.startsWith('fastai.') || (starred && /^\w+(\.from_\w+)?$/.test(call.name));
}

/** A fastai Learner given `metrics=`, and the held-out data it is scored on, built in the same file. */
function fastaiEvaluations(file: PyFile): Evidence[] {
  const starred = file.facts.imports.some((i) => i.name === '*' && (i.module === 'fastai' || i.module.startsWith('fastai.')));
  const calls = file.facts.calls.filter((c) => isFastai(c, starred));
  const learner = calls.find((c) => FASTAI_LEARNER.test(c.name) && c.kwargs.includes('metrics'));
  const data = learner && calls.find((c) => FASTAI_HELD_OUT_DATA.test(c.name));
  return data ? [callEvidence(file, data), callEvidence(file, learner)] : [];
}

/** The environment an RL evaluation is given by name: a positional name for one, else the last (`EvalCallback(eval_env)`, `evaluate_policy(model, test_world)`). */
function evaluationEnv(call: CallFact): string | undefined {
  return call.names?.find((n) => /env/i.test(n)) ?? call.names?.at(-1);
}

/**
 * An RL agent scored over episodes of an environment it is not trained on:
 * Stable-Baselines3's EvalCallback or evaluate_policy given an environment
 * named for evaluation or other than the agent's own; RLlib's evaluation
 * workers switched on (`evaluation_interval`).
 */
function rlEvaluations(file: PyFile): Evidence[] {
  const calls = file.facts.calls;
  const trained = new Set(calls.filter((c) => RL_AGENTS.test(c.name)).flatMap((c) => c.names ?? []));
  const heldOut = (env: string | undefined) => env !== undefined && (HELD_OUT_ENV.test(env) || (trained.size > 0 && !trained.has(env)));
  const sb3 = calls.filter((c) => matchesAny(c.name, RL_EVALUATIONS) && heldOut(evaluationEnv(c)));
  const rllib = importsAny(file, ['ray.rllib'])
    ? calls.filter((c) => (RLLIB_EVALUATION.test(c.name) && c.kwargs.some((k) => RLLIB_EVAL_SETTINGS.includes(k))) || c.keys?.some((k) => RLLIB_EVAL_SETTINGS.includes(k)))
    : [];
  return [...sb3, ...rllib].map((c) => callEvidence(file, c));
}

/** Import steps from a file to the LLM code whose answers it may score: an evaluation module over the app's pipeline over its provider. */
const LLM_HOPS = 2;
function detectEvaluation(ctx: DetectContext, found: Evidence[]): Evidence[] {
  const files = ctx.python.map(evaluationsIn);
  // A call of a repository function that does nothing (a pipeline's `evaluate_model` step whose body is `pass`) trains or
  // scores nothing, whatever its name says (lib/empty-functions.ts).
  const index = moduleIndexOf(ctx.python);
  const real = (i: number) => (c: CallFact) => !callsEmptyFunction(index, ctx.python[i], c);
  const fitsModel = files.map((f, i) => f.fits.some(real(i)));
  // A split handed on to another file, or given a model that is never scored after it, counts where a model is trained
  // and scored: a metric, a model's score or a scoring call that does something, or an evaluation found in some file.
  const evaluates = (f: FileFindings, i: number) => f.scores.some(real(i)) || f.evidence.some((e) => !citesEmptyCall(index, ctx.python[i], e)) || f.agents.length > 0;
  const trained = files.some((f, i) => f.trains.some(real(i))) && files.some(evaluates);
  const fitted = fitsModel.includes(true);
  // A file that runs an LLM (itself or through the repository's modules, lib/llm-reach.ts) and fits no model scores the
  // LLM's answers (`sentence_bleu(reference, answer)` beside `answer = ask(question)`): llm_evals, not a model evaluated on
  // held-out data. Like metrics apart from a model, what it scores counts only where the repository fits a model (one it
  // fine-tunes and then generates with).
  const llmAnswers = new Set(ctx.python.filter((f, i) => !fitsModel[i] && llmWithin(ctx, f, LLM_HOPS)).map((f) => f.path));
  // A metric library's own calls (`evaluate.load("bleu")`, the tool rule's `found`) the same way: in a file that gives
  // no model anything they count only where the repository fits one.
  const giving = new Set(ctx.python.filter((f, i) => files[i].givesModel && !llmAnswers.has(f.path)).map((f) => f.path));
  const tools = found.filter((e) => fitted || giving.has(e.path));
  const inFiles = ctx.python.flatMap((file, i) => {
    const f = files[i];
    const evidence = f.evidence.filter((e) => !citesEmptyCall(index, file, e));
    const scored = [...evidence, ...(trained ? f.handedOn : []), ...(fitted ? (f.metricsOnly ?? []) : [])];
    return [...(llmAnswers.has(file.path) && !fitted ? [] : scored), ...f.agents];
  });
  return [...inFiles, ...tools, ...ultralyticsValidations(ctx), ...cliEvaluations(ctx), ...heldOutRollouts(ctx.python), ...evaluationConfigs(ctx.python)];
}

const evaluationsIn = perFile((file: PyFile): FileFindings => {
  const llmEval = importsAny(file, LLM_EVAL_MODULES);
  const { evidence, handedOn, metricsOnly: computed } = fileEvaluations(file);
  // Metrics of the author's own on a held-out split the code reads by name count, like metrics apart from a model, where the repository fits one.
  const metricsOnly = [...(computed ?? []), ...(llmEval ? [] : heldOutMetrics(file))];
  return {
    evidence: [
      ...evidence,
      ...(llmEval ? [] : handWrittenEvaluations(file)),
      ...(file.test || llmEval ? [] : heldOutEvaluations(file)),
      ...(file.test || llmEval ? [] : heldOutScores(file)),
    ],
    agents: [...fastaiEvaluations(file), ...rlEvaluations(file)],
    handedOn,
    ...(metricsOnly.length > 0 ? { metricsOnly } : {}),
    trains: file.test ? [] : file.facts.calls.filter(usesModel),
    fits: file.test ? [] : file.facts.calls.filter((c) => MODEL_FIT.test(lastSegment(c.name))),
    givesModel: file.facts.calls.some(givesModel),
    scores: file.test ? [] : file.facts.calls.filter((c) => scoresModel(c, METRICS)),
  };
});

export const modelEvaluation = defineDetector({
  id: 'model_evaluation',
  area: 'ml',
  rule: 'the model is evaluated on held-out data: train/test or cross-validation splits with metrics (`train_test_split`, `cross_val_score`, `KFold`, metrics on a validation set).',
  uses: 'import',
  detect: detectEvaluation,
});
