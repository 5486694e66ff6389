// The ML and data detectors' knowledge beyond imports: which base classes,
// calls and method names show a model being defined, trained or evaluated,
// and which calls read, transform or write data. Data only; the detectors
// and src/signals/lib/ match it. Which tools count for a signal is the tools'
// own `signals` (tools/ml.ts).

/**
 * Helpers in model modules that fit nothing (`sklearn.tree.export_graphviz`, `plot_tree`, `lasso_path`), and
 * scikit-learn's spatial indexes (`KDTree`, `BallTree`): a tree built over points for nearest-neighbour lookups
 * (a nearest-colour table for mask encoding, held-out CF), with no `fit` and nothing learned.
 */
export const NOT_A_FIT = /\.(export_\w+|plot_\w+|\w+_path|get_\w+|is_\w+|KDTree|BallTree)$/;

/**
 * Loading a pretrained Hugging Face model (a network run on PyTorch or TensorFlow); tokenizers and configs are not models.
 * Optimum's classes load the same models for an accelerator or runtime (`ORTModelFor...`, `OVStableDiffusionPipeline`,
 * Graphcore's `IPUStableDiffusionPipeline`); its quantisers and exporters load none.
 */
export const HF_MODEL_LOAD =
  /^(transformers\.(\w*Model\w*|pipeline)|sentence_transformers\.(SentenceTransformer|CrossEncoder)|diffusers\.\w*Pipeline\w*|optimum\.(\w+\.)*(\w*Model\w*|\w*Pipeline\w*|pipeline))(\.|$)/;

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

/**
 * TensorFlow's `tf.train` (and `tf.compat.v1.train`) members that train or
 * restore a network: TF1 optimisers, checkpoints and savers, learning-rate
 * schedules, training sessions. The rest of the namespace is record types
 * (`tf.train.Example`, `Features`, `BytesList`) that tf.data and TFX pipelines
 * read and write with no network anywhere: not here.
 */
const TF_TRAIN_MEMBERS = [
  'Optimizer', 'GradientDescentOptimizer', 'AdamOptimizer', 'AdagradOptimizer', 'AdagradDAOptimizer', 'AdadeltaOptimizer',
  'MomentumOptimizer', 'RMSPropOptimizer', 'FtrlOptimizer', 'ProximalGradientDescentOptimizer', 'ProximalAdagradOptimizer',
  'SyncReplicasOptimizer', 'Saver', 'Checkpoint', 'CheckpointManager', 'latest_checkpoint', 'import_meta_graph', 'init_from_checkpoint',
  'exponential_decay', 'piecewise_constant', 'polynomial_decay', 'cosine_decay', 'inverse_time_decay', 'natural_exp_decay',
  'get_or_create_global_step', 'get_global_step', 'create_global_step', 'global_step', 'MonitoredTrainingSession', 'MonitoredSession',
  'SingularMonitoredSession', 'ExponentialMovingAverage',
];
export const TF_TRAINING = ['tensorflow.train', 'tensorflow.compat.v1.train'].flatMap((ns) => TF_TRAIN_MEMBERS.map((m) => `${ns}.${m}`));

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
 * Keyword arguments that choose the torch dtype a loaded model runs in
 * (`from_pretrained(..., torch_dtype=torch.float16)`; `dtype` in newer
 * transformers): a choice about the network's tensors, like its device.
 */
export const DTYPE_KWARGS = ['torch_dtype', 'dtype'];
/** Methods that move a loaded model to a device (`pipe.to("cuda")`, `model.cuda()`). */
export const MODEL_TO_DEVICE = /^(to|cuda)$/;
/** A device as a string argument of `.to(...)`: `"cuda"`, `"cuda:0"`, `"mps"`, `"cpu"`. */
export const DEVICE_STRING = /^(cuda|cpu|mps|xpu|hpu|npu|ipu)(:\d+)?$/;

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
export const GENERIC_OPTIMIZERS = ['optuna', 'hyperopt', 'ray-tune', 'scikit-optimize', 'bayesian-optimization', 'nevergrad', 'ax', 'nni'];

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
/**
 * TensorFlow optimisers whose `minimize(loss)` is a hand-written update: a TF1
 * one (`tf.train.AdamOptimizer`) gives a train op the author runs in a
 * session (SESSIONS), a Keras one steps at once (eager TF2).
 */
export const TF1_OPTIMIZER = /^tensorflow\.(compat\.v1\.)?train\.\w*Optimizer$/;
export const KERAS_OPTIMIZER = /^(tensorflow\.(keras\.)?|keras\.|tf_keras\.)optimizers\.(legacy\.)?[A-Z]\w*$/;
/** TF1 sessions that run a train op. */
export const TF1_SESSIONS = ['tensorflow.Session', 'tensorflow.InteractiveSession', 'tensorflow.compat.v1.Session', 'tensorflow.compat.v1.InteractiveSession', 'tensorflow.train.MonitoredTrainingSession', 'tensorflow.compat.v1.train.MonitoredTrainingSession'];
/** Session runs that only initialise variables or tables: no training step. */
export const TF_INITIALIZERS = ['*.global_variables_initializer', '*.initialize_all_variables', '*.local_variables_initializer', '*.tables_initializer'];
/**
 * Methods that are a training step written by the author (Lightning and
 * similar frameworks); one that hands the step to `super().training_step()`
 * (a Hugging Face `Trainer` subclass checking a time limit) writes none.
 */
export const TRAINING_STEP_METHODS = ['training_step'];
