// What shows a model being evaluated: held-out splits, metrics, trainers given
// validation data, evaluation of RL agents, fastai and Ultralytics models, and
// evaluation functions written by hand. Data only, like ml-calls.ts (split
// from it); src/signals/model_evaluation.ts and src/signals/lib/ match it.

/** Held-out splits and cross-validation. */
export const SPLIT_CALLS = [
  'sklearn.model_selection.train_test_split', 'sklearn.cross_validation.train_test_split', 'sklearn.model_selection.cross_val_score',
  'sklearn.model_selection.cross_validate', 'sklearn.model_selection.cross_val_predict', 'sklearn.model_selection.KFold',
  'sklearn.model_selection.StratifiedKFold', 'sklearn.model_selection.GroupKFold', 'sklearn.model_selection.StratifiedGroupKFold',
  'sklearn.model_selection.TimeSeriesSplit', 'sklearn.model_selection.ShuffleSplit', 'sklearn.model_selection.StratifiedShuffleSplit',
  'sklearn.model_selection.RepeatedKFold', 'sklearn.model_selection.RepeatedStratifiedKFold', 'sklearn.model_selection.LeaveOneOut',
  'sklearn.model_selection.LeaveOneGroupOut', 'sklearn.model_selection.GroupShuffleSplit', 'sklearn.model_selection.learning_curve',
  'sklearn.model_selection.validation_curve', 'sklearn.cross_validation', '*.train_test_split', 'xgboost.cv', 'lightgbm.cv', 'catboost.cv',
  'pyspark.ml.tuning.CrossValidator', 'pyspark.ml.tuning.TrainValidationSplit', '*.randomSplit',
  // Surprise (recommenders) and LightFM hold out ratings the same way.
  'surprise.model_selection.cross_validate', 'surprise.model_selection.KFold', 'surprise.model_selection.RepeatedKFold',
  'surprise.model_selection.ShuffleSplit', 'surprise.model_selection.LeaveOneOut', 'surprise.model_selection.PredefinedKFold',
  'surprise.model_selection.split', 'surprise.model_selection.validation', 'lightfm.cross_validation',
  // split-folders copies a folder of images, one sub-folder per class, into train/val(/test) folders on disk
  // (`splitfolders.ratio(src, output=dst, ratio=(.8, .2))`, `splitfolders.fixed(...)`): a partition like train_test_split.
  'splitfolders.ratio', 'splitfolders.fixed', 'split_folders.ratio', 'split_folders.fixed',
];
/**
 * Of SPLIT_CALLS, those that only partition the data (a train/test split, a
 * K-fold or shuffle splitter), as against those that also fit and score a
 * model (`cross_val_score`, `learning_curve`, `xgboost.cv`, `CrossValidator`).
 * A partition is evidence only in a file that trains, predicts with or scores
 * a model (MODEL_USE): a split made and never given to a model is no evaluation.
 */
export const PARTITION_CALLS = /(^|\.)(train_test_split|random_train_test_split|\w*KFold|\w*ShuffleSplit|TimeSeriesSplit|LeaveOne\w*Out|randomSplit|split)$|^split_?folders\.(ratio|fixed)$/;
/**
 * A model trained, used to predict, or scored, by the last segment of a call's
 * name: `fit`, `train`, `partial_fit`, `predict*`, `score`, `evaluate`,
 * `backward`, or the author's own (`fit_model`, `svmTrain`, `trainLinearReg`).
 * `fit_transform` is preprocessing.
 */
export const MODEL_USE = /^(fit|train)(?!_?transform)([A-Z_]\w*)?$|[a-z](Train|Fit)$|^(predict|score|evaluate)\w*$|^(partial_fit|fit_generator|train_on_batch|decision_function|backward)$/;
/** Calls that fit or train a model: MODEL_USE without predicting or scoring. */
export const MODEL_FIT = /^(fit|train)(?!_?transform)([A-Z_]\w*)?$|[a-z](Train|Fit)$|^(partial_fit|fit_generator|train_on_batch|backward)$/;
/**
 * Metric functions; `sklearn.metrics.pairwise` (distances) and scorer
 * factories are not an evaluation. Hugging Face `evaluate.load` is the
 * `hf-evaluate` tool, so a local `evaluate.py` does not pass for it.
 */
export const METRIC_CALLS = [
  'sklearn.metrics', 'torchmetrics', 'keras.metrics', 'tensorflow.keras.metrics', 'pyspark.ml.evaluation', 'pyspark.mllib.evaluation',
  // Recommenders' and survival models' metrics (Surprise's accuracy.rmse, LightFM's precision_at_k, implicit's ranking metrics).
  'surprise.accuracy', 'lightfm.evaluation', 'implicit.evaluation', 'sksurv.metrics',
  // Vision frameworks' evaluators, run on a named held-out dataset (detectron2's COCOEvaluator and inference_on_dataset,
  // MMDetection/MMEngine metrics), and PyTorch Ignite's metrics.
  'detectron2.evaluation', 'mmdet.evaluation', 'mmengine.evaluator', 'mmseg.evaluation', 'mmpretrain.evaluation', 'ignite.metrics',
  // Forecasting libraries' error metrics (darts' mse/rmse/mape on a held-out series, sktime's, Nixtla's losses).
  'darts.metrics', 'sktime.performance_metrics', 'utilsforecast.losses',
];
/**
 * A metric function of the author's own, by its name: a classification,
 * ranking or regression score (`token_f1`, `exact_match`, `compute_rmse`,
 * `precision_at_k`, `ndcg_at_k`, `dcg_at_k`, `hit_rate`, `mrr`). Read by
 * hand-written evaluations (model_evaluation, llm_evals).
 */
export const OWN_METRIC = /(^|_)(f1|accuracy|precision|recall|exact_match|bleu|rouge\w*|n?dcg|mrr|hit_?rate|hit_?ratio|auc|rmse|mae|mse|mape)(_score)?(_at_(k|\d+))?$|(^|_)hits?_at_(k|\d+)$/i;
export const NOT_METRIC = /^sklearn\.metrics\.(pairwise|make_scorer|get_scorer|euclidean_distances|pairwise_distances\w*|\w*_kernel)\b/;
/** Keyword arguments of `fit()` (Keras, Lightning's `trainer.fit`), or of a booster's `train()`, that hold data out for validation. */
export const VALIDATION_KWARGS = ['validation_data', 'validation_split', 'eval_set', 'valid_sets', 'evals', 'val_dataloaders'];
export const BOOSTER_TRAIN = /^(lightgbm|xgboost|catboost)\.train$/;
/** A trainer given an evaluation set (`Trainer(eval_dataset=...)`), or a trainer's validation and test runs. */
export const TRAINER = /(^|\.)\w*Trainer$/;
export const TRAINER_EVAL_KWARGS = ['eval_dataset', 'val_dataloaders', 'valid_dataset'];
export const TRAINER_EVAL_CALLS = /(^|\.)trainer\.(evaluate|validate|test)$/i;
/**
 * A Hugging Face-style trainer given `eval_dataset` scores it only when given
 * metrics (`compute_metrics=`) or when its arguments schedule evaluation: the
 * default strategy is "no", so `TrainingArguments(...)` (or TRL's
 * `SFTConfig(...)`) built with keywords and none of EVAL_SCHEDULE_KWARGS (or
 * `eval_strategy="no"`, `do_eval=False`) leaves the set unused. Arguments built
 * elsewhere (a config file, a parser) are not known, and count.
 */
export const TRAINER_ARGUMENTS = /(^|\.)\w*TrainingArguments$|^trl\.(\w+\.)*\w*Config$/;
export const EVAL_SCHEDULE_KWARGS = ['eval_strategy', 'evaluation_strategy', 'do_eval', 'eval_steps'];
export const TRAINER_METRIC_KWARGS = ['compute_metrics'];
/**
 * Reinforcement learning holds out environments, not rows: an agent scored
 * over episodes of an environment it is not trained on (a separately seeded
 * or configured instance). Stable-Baselines3's `EvalCallback(eval_env)` and
 * `evaluate_policy(model, eval_env)` (and sb3-contrib's maskable ones) run
 * such episodes; the environment is held out when it is named for evaluation
 * (`eval_env`, `test_env`) or differs from the one the agent is built on
 * (RL_AGENTS). RLlib's `config.evaluation(evaluation_interval=...)` (or an
 * `"evaluation_interval"` config key) runs evaluation episodes on workers of
 * their own, in a file using RLlib.
 */
export const RL_EVALUATIONS = [
  'stable_baselines3.common.callbacks.EvalCallback', 'stable_baselines3.common.evaluation.evaluate_policy', 'stable_baselines3.EvalCallback',
  'sb3_contrib.common.maskable.callbacks.MaskableEvalCallback', 'sb3_contrib.common.maskable.evaluation.evaluate_policy',
];
export const RL_AGENTS = /^(stable_baselines3|sb3_contrib)(\.\w+)?\.[A-Za-z]*(PPO|A2C|DQN|SAC|TD3|DDPG|TQC|QRDQN|TRPO|ARS|CrossQ)$/;
export const RLLIB_EVALUATION = /(^|\.)evaluation$/;
export const RLLIB_EVAL_SETTINGS = ['evaluation_interval'];

/**
 * fastai computes a Learner's `metrics` on the validation set of its
 * DataLoaders, which fastai always holds out: a `DataBlock` (RandomSplitter,
 * 20%, by default, or its `splitter=`), a `*DataLoaders.from_*` factory
 * (`valid_pct`, a `valid` folder), a splitter (`IndexSplitter(valid_idx)`).
 * A learner given `metrics=` in a file that builds such data is an
 * evaluation on held-out data; names are matched on fastai's resolved names,
 * or bare after fastai's `from fastai.vision.all import *`.
 */
export const FASTAI_LEARNER = /(^|\.)(Learner|vision_learner|cnn_learner|unet_learner|tabular_learner|text_classifier_learner|language_model_learner|collab_learner|TabularLearner|TextLearner)$/;
export const FASTAI_HELD_OUT_DATA = /(^|\.)(\w*Splitter|DataBlock|\w*DataLoaders\.from_\w+)$/;

/**
 * Ultralytics validates a model on the `val` split of its data file (or
 * `split="test"`): `model.val(...)`, and every epoch of
 * `model.train(data=...)` unless `val=False` (its data file must name a
 * `val` split). Counted as a method of a local object in a file that builds
 * an Ultralytics model with one of these; a `.val()` or `.train()` of
 * anything else is a name alone.
 */
export const ULTRALYTICS_MODELS = ['ultralytics.YOLO', 'ultralytics.YOLOWorld', 'ultralytics.YOLOE', 'ultralytics.RTDETR', 'ultralytics.NAS', 'ultralytics.models'];

/**
 * A framework's command-line evaluation, run from a notebook's shell escape
 * (`!yolo val ...`), a shell script, a Makefile recipe, a CI step or a Python
 * command list (`subprocess.run([...])`): the program, or for `python X.py` and
 * `bash X.sh` the script, and words the command must hold (one word per
 * pattern) and must not. `tool` is the catalogue tool, when it is one.
 */
export interface CliEvaluation {
  tool?: string;
  program: RegExp;
  words: readonly RegExp[];
  notWords?: RegExp;
}
export const CLI_EVALUATIONS: readonly CliEvaluation[] = [
  // Ultralytics: `yolo val`, `yolo detect val`, `yolo task=detect mode=val model=best.pt data=...`.
  { tool: 'ultralytics', program: /^yolo$/, words: [/^(mode=)?val$/] },
  // ... and `yolo train data=...`, which validates on the data file's val split every epoch, unless `val=False`.
  { tool: 'ultralytics', program: /^yolo$/, words: [/^(mode=)?train$/, /^data=/], notWords: /^val=(false|0)$/i },
  // YOLOv5/v7/v9 repositories' val.py (v7's test.py) scoring weights on a data file's val split.
  { program: /(^|\/)(val|test)\.py$/, words: [/^--weights\b/, /^--data\b/] },
  // Detectron2's train_net.py in evaluation mode.
  { program: /(^|\/)\w*train_net\.py$/, words: [/^--eval-only$/] },
  // Hugging Face example scripts (`run_glue.py --do_eval`), which score the validation split.
  { tool: 'transformers', program: /(^|\/)run_\w+\.py$/, words: [/^--do_eval$/] },
  // OpenMMLab's test tool (MMDetection, MMSegmentation...): a config and a checkpoint.
  { program: /(^|\/)tools\/(dist_)?test\.(py|sh)$/, words: [/\.py$/, /\.pth$/] },
  // The TensorFlow Object Detection API's trainer in evaluation mode.
  { program: /(^|\/)model_main(_tf2)?\.py$/, words: [/^--checkpoint_dir\b/] },
  // AllenNLP, Ludwig and fairseq evaluation commands.
  { program: /^allennlp$/, words: [/^evaluate$/] },
  { program: /^ludwig$/, words: [/^(evaluate|experiment)$/] },
  { program: /^fairseq-validate$/, words: [] },
];

/**
 * A hand-written evaluation (PyTorch's `def test(model, test_loader)`,
 * `validate(...)`, `train_and_evaluate(...)`, Lightning's `validation_step`):
 * a function so named, in a file that uses a neural-network framework, whose
 * body scores predictions: a metric library (EVAL_METRIC_CALLS), a loss,
 * criterion, accuracy or metric call (EVAL_SCORE_CALL), or predicted classes
 * (`argmax`) taken with the model in inference mode (EVAL_MODE_CALLS). The
 * name alone is not evidence: a model file's `def test(): print(net(x).shape)`
 * smoke check, or a kernel's `def eval(self, X, Y)` building a Gram matrix,
 * scores nothing.
 */
export const EVAL_FUNCTION_NAMES = /^(evaluate|eval|validate|validation|test|val|valid)(_(model|net|network|step|epoch|one_epoch|loop|fn|batch|loss|accuracy|metrics|split|set|data))?$|^(run|do)_(eval|evaluation|validation|test)$|^train_and_(evaluate|eval|validate|test)$/;
export const EVAL_METRIC_CALLS = ['*.update_state', 'sklearn.metrics', 'torchmetrics'];
export const EVAL_MODE_CALLS = ['*.eval', 'torch.no_grad', 'torch.inference_mode'];
export const EVAL_ARGMAX = ['*.argmax'];
/** Calls in such a function that score the predictions (`criterion(output, y)`, `accuracy(...)`, `F.nll_loss`). */
export const EVAL_SCORE_CALL = /loss|criterion|accura|metric|(^|\.)(eq|psnr|ssim|iou|f1_score|perplexity|auc)$/i;
/**
 * String, dict and list methods: called on a name that matches EVAL_SCORE_CALL
 * (`metric.title()`, `metrics.get("f1")`, `losses.append(x)`) they format,
 * read or collect a value and compute no score.
 */
export const PLAIN_METHODS = /^(title|upper|lower|capitalize|format|join|split|rsplit|strip|lstrip|rstrip|replace|startswith|endswith|get|items|keys|values|append|extend|insert|pop|copy|setdefault|sort|__\w+__)$/;
/** Frameworks whose files a hand-written evaluation is looked for in. */
export const NEURAL_IMPORTS = ['torch', 'tensorflow', 'keras', 'tf_keras', 'jax', 'flax', 'lightning', 'pytorch_lightning', 'mxnet', 'paddle'];
