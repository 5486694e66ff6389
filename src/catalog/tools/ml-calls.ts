// The ML and data detectors' knowledge beyond imports: which base classes,
// calls and method names show a model being defined, trained or evaluated,
// and which calls read, transform or write data. Data only; the detectors
// and src/signals/lib/ match it. Which tools count for a signal is the tools'
// own `signals` (tools/ml.ts).

/** Helpers in model modules that fit nothing (`sklearn.tree.export_graphviz`, `plot_tree`, `lasso_path`). */
export const NOT_A_FIT = /\.(export_\w+|plot_\w+|\w+_path|get_\w+|is_\w+)$/;

/** Loading a pretrained Hugging Face model (a network run on PyTorch or TensorFlow); tokenizers and configs are not models. */
export const HF_MODEL_LOAD = /^(transformers\.(\w*Model\w*|pipeline)|sentence_transformers\.(SentenceTransformer|CrossEncoder)|diffusers\.\w*Pipeline\w*)(\.|$)/;

/**
 * Framework classes that load a Hugging Face model and run it on this
 * machine with sentence-transformers: LangChain's `HuggingFaceEmbeddings`
 * (langchain_huggingface, langchain_community.embeddings) builds a
 * `SentenceTransformer`, and so do its BGE and Instructor variants and
 * cross-encoder, LlamaIndex's `HuggingFaceEmbedding`, Haystack's
 * sentence-transformers embedders and rankers, and Chroma's
 * `SentenceTransformerEmbeddingFunction`. Matched by class name under any
 * module (the packages moved them often); a name pattern adds no import root,
 * so a repository's own `transformers.py` still shadows the library. Their
 * hosted-inference siblings (`HuggingFaceEndpointEmbeddings`,
 * `HuggingFaceInferenceAPIEmbeddings`, `HuggingFaceHubEmbeddings`, Chroma's
 * `HuggingFaceEmbeddingFunction`) send text to an API and run none of the
 * libraries: they are not here.
 */
export const SENTENCE_TRANSFORMERS_WRAPPERS = [
  '*.HuggingFaceEmbeddings', '*.HuggingFaceBgeEmbeddings', '*.HuggingFaceInstructEmbeddings', '*.SentenceTransformerEmbeddings',
  '*.HuggingFaceCrossEncoder', '*.HuggingFaceEmbedding', '*.SentenceTransformersTextEmbedder', '*.SentenceTransformersDocumentEmbedder',
  '*.SentenceTransformersSimilarityRanker', '*.SentenceTransformersDiversityRanker', '*.SentenceTransformerEmbeddingFunction',
];

/**
 * Framework classes that run a `transformers` model locally: LangChain's
 * `HuggingFacePipeline`, LlamaIndex's `HuggingFaceLLM`, Haystack's local
 * generators and ranker. `HuggingFaceEndpoint`, `HuggingFaceHub`,
 * `HuggingFaceInferenceAPI` and Haystack's `HuggingFaceAPIGenerator` call a
 * hosted model (llm_integration's), and `ChatHuggingFace` only wraps one of
 * the two: not here.
 */
export const TRANSFORMERS_WRAPPERS = [
  '*.HuggingFacePipeline', '*.HuggingFacePipeline.from_model_id', '*.HuggingFaceLLM', '*.HuggingFaceLocalGenerator', '*.HuggingFaceLocalChatGenerator', '*.TransformersSimilarityRanker',
];

/** Choosing the torch device or dtype for a model: the code runs the network itself. */
export const TORCH_DEVICE = /^torch\.(cuda|device|backends|float16|bfloat16|set_default_device)/;
/**
 * Keyword arguments that choose the device a loaded model runs on:
 * `pipeline(..., device="cpu")`, `SentenceTransformer(name, device="cuda")`,
 * `from_pretrained(..., device_map="auto")`, and the `device` key of a
 * wrapper's model settings (`HuggingFaceEmbeddings(model_kwargs={"device": "cpu"})`).
 */
export const DEVICE_KWARGS = ['device', 'device_map'];

/**
 * Converters that write a classical model (scikit-learn, LightGBM, XGBoost,
 * CatBoost, Spark ML, LIBSVM, H2O trees) as an ONNX file: skl2onnx (its whole
 * API serves that), onnxmltools' classical converters, Hummingbird. A
 * project that converts with one of them and exports no network to ONNX
 * (NETWORK_TO_ONNX) runs a classical model in its ONNX Runtime sessions.
 */
export const CLASSICAL_TO_ONNX = [
  'skl2onnx', 'onnxmltools.convert_sklearn', 'onnxmltools.convert_lightgbm', 'onnxmltools.convert_xgboost', 'onnxmltools.convert_catboost',
  'onnxmltools.convert_sparkml', 'onnxmltools.convert_libsvm', 'onnxmltools.convert_h2o', 'onnxmltools.convert.convert_sklearn',
  'onnxmltools.convert.convert_lightgbm', 'onnxmltools.convert.convert_xgboost', 'onnxmltools.convert.convert_catboost',
  'onnxmltools.convert.convert_sparkml', 'onnxmltools.convert.lightgbm', 'onnxmltools.convert.xgboost', 'onnxmltools.convert.catboost',
  'onnxmltools.convert.sparkml', 'onnxmltools.convert.libsvm', 'onnxmltools.convert.h2o', 'hummingbird.ml.convert',
];

/** Exporters that write a network as an ONNX file (PyTorch, TensorFlow/Keras, Hugging Face Optimum, Paddle). */
export const NETWORK_TO_ONNX = [
  'torch.onnx', 'tf2onnx', 'keras2onnx', 'onnxmltools.convert_keras', 'onnxmltools.convert_tensorflow', 'onnxmltools.convert.convert_keras',
  'onnxmltools.convert.convert_tensorflow', 'onnxmltools.convert.keras', 'onnxmltools.convert.tensorflow', 'optimum.exporters.onnx',
  'optimum.onnxruntime', 'paddle2onnx', 'paddle.onnx',
];
/** A network exported by a method of its model: `model.export(format="onnx")` (Ultralytics, Keras 3), Lightning's `model.to_onnx(path)`. */
export const NETWORK_EXPORT_METHOD = /(^|\.)(export|to_onnx)$/;

/**
 * Neural-network runtimes (deep_learning "run"): a model file loaded into an
 * inference session, counted only with the call that runs it in the same
 * file; an import, or a session built and never run, shows no model run.
 * OpenVINO's run partner is compiling the model for a device (the compiled
 * model is then called under a local name the facts cannot follow). An
 * ONNX file may hold a classical model: `classicalSources` are the
 * converters that write one (see CLASSICAL_TO_ONNX).
 */
export const NN_RUNTIMES: readonly { tool: string; load: RegExp; run: RegExp; classicalSources?: readonly string[] }[] = [
  { tool: 'onnxruntime', load: /^onnxruntime\.(capi\.\w+\.)?InferenceSession$/, run: /\.(run|run_with_iobinding)$/, classicalSources: CLASSICAL_TO_ONNX },
  { tool: 'tflite-runtime', load: /^(tflite_runtime|ai_edge_litert)\.interpreter\.Interpreter$/, run: /\.invoke$/ },
  { tool: 'openvino', load: /^openvino\.(runtime\.)?(Core|compile_model)$/, run: /(^|\.)(compile_model|infer|infer_new_request|create_infer_request)$/ },
];

/** Calls named `run` that run a program or a server, not a model session. */
export const NOT_A_MODEL_RUN = /^(subprocess|asyncio|uvicorn|trio|anyio|os|sys|gradio|streamlit|flask)\.|^(app|application|server|demo|iface|interface)\.run$/;

/** A model family: base classes (resolved dotted names) that make a class the author's own model code. */
export interface ModelBase {
  family: string;
  base: RegExp;
  /** Neural-network code (deep_learning), as opposed to a scikit-learn estimator. */
  neural: boolean;
  /** Method the class must define (`forward` for an `nn.Module`). */
  needs?: string;
}

export const MODEL_BASES: readonly ModelBase[] = [
  { family: 'PyTorch nn.Module', base: /^torch\.nn\.(Module|modules\.module\.Module)$/, neural: true, needs: 'forward' },
  { family: 'PyTorch module', base: /^torch\.nn\.(Sequential|ModuleList|ModuleDict|Transformer\w*|RNN|LSTM|GRU|Linear|Conv\w+)$/, neural: true },
  { family: 'Lightning module', base: /^(lightning|pytorch_lightning)(\.\w+)*\.LightningModule$/, neural: true },
  { family: 'Keras model or layer', base: /^(tensorflow\.keras|keras|tf_keras)(\.\w+)*\.(Model|Sequential|Layer)$/, neural: true },
  { family: 'Keras layer', base: /^(tensorflow\.keras|keras|tf_keras)\.layers\.[A-Z]\w*$/, neural: true },
  { family: 'TensorFlow module', base: /^tensorflow\.(Module|Model)$/, neural: true },
  { family: 'Flax module', base: /^flax\.(linen|nnx|nn)\.Module$/, neural: true },
  { family: 'Haiku or Equinox module', base: /^(haiku|equinox)\.Module$/, neural: true },
  { family: 'Gluon block', base: /^mxnet\.gluon(\.nn)?\.(Hybrid)?Block$/, neural: true },
  { family: 'Hugging Face model', base: /^transformers(\.\w+)*\.(PreTrainedModel|TFPreTrainedModel|FlaxPreTrainedModel)$/, neural: true },
  { family: 'PyTorch Geometric layer', base: /^torch_geometric\.nn(\.\w+)*\.MessagePassing$/, neural: true },
  { family: 'scikit-learn estimator', base: /^sklearn\.base\.(BaseEstimator|\w+Mixin)$/, neural: false },
  // Probabilistic and statistical models written on a library's model base: a GPy or GPyTorch Gaussian process,
  // a Pyro module, a statsmodels likelihood or state-space model, a PyMC model, a Surprise algorithm, a River estimator.
  { family: 'GPy model', base: /^GPy\.(core|models)(\.\w+)*\.(GP|SparseGP|Model|[A-Z]\w*(Regression|Classification))$/, neural: false },
  { family: 'GPyTorch model', base: /^gpytorch\.models(\.\w+)*\.(ExactGP|ApproximateGP|GP|DeepGP|DeepGPLayer|PyroGP)$/, neural: false, needs: 'forward' },
  { family: 'Pyro module', base: /^pyro\.nn(\.module)?\.PyroModule$/, neural: false, needs: 'forward' },
  { family: 'statsmodels model', base: /^statsmodels(\.\w+)*\.(GenericLikelihoodModel|LikelihoodModel|MLEModel)$/, neural: false },
  { family: 'PyMC model', base: /^(pymc|pymc3)\.(model\.)?Model$/, neural: false },
  { family: 'Surprise algorithm', base: /^surprise(\.prediction_algorithms(\.\w+)?)?\.AlgoBase$/, neural: false },
  { family: 'River estimator', base: /^river\.base\.(Estimator|Classifier|Regressor|MultiLabelClassifier|MiniBatchClassifier|MiniBatchRegressor|Clusterer|Transformer)$/, neural: false },
];

/**
 * Hydra search-space configs (`configs/hparams_search/*.yaml`, a
 * `hydra/sweeper` override): a search when a sweeper plugin is declared,
 * since the config cannot run without it.
 */
export const HYDRA_SWEEP_CONFIGS = ['**/hparams_search/*.{yaml,yml}', '**/hydra/sweeper/*.{yaml,yml}'];

/**
 * Tuning libraries that optimise any black-box function (a simulator's
 * policy, a controller's gains), not only a model's hyperparameters: their
 * use counts as tuning only where model code is in reach (hyperparameter_tuning).
 * scikit-learn's searches, Keras Tuner and the like wrap a model by design.
 */
export const GENERIC_OPTIMIZERS = ['optuna', 'hyperopt', 'ray-tune', 'scikit-optimize', 'bayesian-optimization', 'nevergrad', 'ax'];

/**
 * A scikit-learn-style search (an estimator fitted over a parameter grid or
 * distribution with cross-validation) of any library: the class name ends
 * in `SearchCV` (`surprise.model_selection.GridSearchCV`,
 * `dask_ml.model_selection.HyperbandSearchCV`, `skopt.BayesSearchCV`,
 * `tune_sklearn.TuneSearchCV`, `sklearn_genetic.GASearchCV`). It counts
 * resolved through an import whose root is not one of the repository's own
 * modules: a bare name is the author's own, or unresolved.
 */
export const SEARCH_CV = /^\w+(\.\w+)*\.\w*SearchCV$/;

// ── custom_training_loop ───────────────────────────────────────────────
/** A backward pass (`loss.backward()`, `accelerator.backward(loss)`, `scaler.scale(loss).backward()`). */
export const BACKWARD = ['*.backward'];
/** An optimiser update after a backward pass (`zero_grad` when the step is elsewhere, e.g. a scheduler helper). */
export const OPTIMIZER_STEP = ['*.step'];
export const OPTIMIZER_ZERO = ['*.zero_grad'];
/** TensorFlow: gradients recorded by hand. */
export const GRADIENT_TAPE = ['tensorflow.GradientTape', 'tensorflow.compat.v1.GradientTape'];
/** JAX: a gradient function, and an update applied with it. */
export const JAX_GRAD = ['jax.grad', 'jax.value_and_grad', 'equinox.filter_grad', 'equinox.filter_value_and_grad'];
export const JAX_UPDATE = ['optax', 'jax.tree_util.tree_map', 'jax.tree.map', 'jax.tree_map', '*.apply_gradients', '*.apply_updates'];
/** Methods that are a training step written by the author (Lightning and similar frameworks). */
export const TRAINING_STEP_METHODS = ['training_step'];

// ── model_evaluation ───────────────────────────────────────────────────
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
];
/**
 * Of SPLIT_CALLS, those that only partition the data (a train/test split, a
 * K-fold or shuffle splitter), as against those that also fit and score a
 * model (`cross_val_score`, `learning_curve`, `xgboost.cv`, `CrossValidator`).
 * A partition is evidence only in a file that trains, predicts with or scores
 * a model (MODEL_USE): a split made and never given to a model is no evaluation.
 */
export const PARTITION_CALLS = /(^|\.)(train_test_split|random_train_test_split|\w*KFold|\w*ShuffleSplit|TimeSeriesSplit|LeaveOne\w*Out|randomSplit|split)$/;
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
export const HELD_OUT_ENV = /^(eval|evaluation|test|testing|val|valid|validation|holdout)_?(vec_?)?envs?$|^(vec_?)?envs?_?(eval|evaluation|test|val|valid|validation)$/i;
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
