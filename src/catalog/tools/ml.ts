// Machine learning frameworks. `calls` name the APIs that show a model being
// built, fitted or run (classical_ml, deep_learning), not helpers such as
// metrics, splits or seeds.
import { defineTools } from '../types.js';
import { SENTENCE_TRANSFORMERS_WRAPPERS, TF_TRAINING, TRANSFORMERS_WRAPPERS } from './ml-calls.js';

/**
 * scikit-learn modules whose classes are models (estimators that learn), not preprocessing, metrics or splits; of
 * `sklearn.calibration` only the calibrated classifier (`calibration_curve` is a metric).
 */
const SKLEARN_MODEL_MODULES = [
  'linear_model', 'ensemble', 'tree', 'svm', 'neighbors', 'naive_bayes', 'neural_network', 'cluster', 'mixture',
  'discriminant_analysis', 'gaussian_process', 'kernel_ridge', 'isotonic', 'semi_supervised', 'cross_decomposition',
  'multiclass', 'multioutput', 'calibration.CalibratedClassifierCV',
];

/** statsmodels model classes and formula functions (the model is fitted with `.fit()` on them). */
const STATSMODELS_MODELS = [
  'OLS', 'WLS', 'GLS', 'GLSAR', 'GLM', 'Logit', 'Probit', 'MNLogit', 'Poisson', 'NegativeBinomial', 'QuantReg', 'RLM',
  'MixedLM', 'BinomialBayesMixedGLM', 'PoissonBayesMixedGLM', 'ARIMA', 'SARIMAX', 'AutoReg', 'VAR', 'VARMAX',
  'ExponentialSmoothing', 'SimpleExpSmoothing', 'Holt', 'UnobservedComponents', 'ols', 'wls', 'gls', 'glm', 'logit',
  'probit', 'mixedlm', 'poisson', 'quantreg', 'negativebinomial',
];

/** Surprise's prediction algorithms (its recommenders), and its base class for a custom one. */
const SURPRISE_MODELS = [
  'SVD', 'SVDpp', 'NMF', 'SlopeOne', 'CoClustering', 'KNNBasic', 'KNNWithMeans', 'KNNWithZScore', 'KNNBaseline', 'BaselineOnly',
  'NormalPredictor', 'AlgoBase', 'prediction_algorithms',
].map((m) => `surprise.${m}`);

/** lifelines' regression models (covariates to a hazard); its univariate fitters (Kaplan-Meier) estimate a curve. */
const LIFELINES_REGRESSIONS = [
  'CoxPHFitter', 'CoxTimeVaryingFitter', 'AalenAdditiveFitter', 'WeibullAFTFitter', 'LogNormalAFTFitter', 'LogLogisticAFTFitter',
  'GeneralizedGammaRegressionFitter', 'PiecewiseExponentialRegressionFitter', 'CRCSplineFitter',
];

/** linearmodels' panel, instrumental-variable and system estimators (fitted with `.fit()` like statsmodels'). */
const LINEARMODELS_MODELS = [
  'PanelOLS', 'PooledOLS', 'RandomEffects', 'BetweenOLS', 'FirstDifferenceOLS', 'FamaMacBeth', 'IV2SLS', 'IVGMM', 'IVLIML', 'IV3SLS', 'SUR',
];

/** RAPIDS cuML: scikit-learn's model modules on the GPU, and the classes it exports at the top. */
const CUML_MODELS = [
  'linear_model', 'ensemble', 'svm', 'neighbors', 'cluster', 'naive_bayes', 'fil', 'LinearRegression', 'LogisticRegression', 'Ridge', 'Lasso',
  'ElasticNet', 'MBSGDClassifier', 'MBSGDRegressor', 'KMeans', 'DBSCAN', 'HDBSCAN', 'AgglomerativeClustering', 'RandomForestClassifier',
  'RandomForestRegressor', 'SVC', 'SVR', 'NearestNeighbors', 'KNeighborsClassifier', 'KNeighborsRegressor', 'MultinomialNB', 'ForestInference',
].map((m) => `cuml.${m}`);

/** River's online learners (`river.drift` is drift_monitoring's). */
const RIVER_MODEL_MODULES = [
  'linear_model', 'tree', 'ensemble', 'forest', 'naive_bayes', 'neighbors', 'cluster', 'anomaly', 'time_series', 'facto', 'reco', 'multiclass', 'multioutput',
];

/** NLTK's translation metrics, scored against reference translations (the rest of NLTK is text processing). */
const NLTK_METRICS = ['nltk.translate.bleu_score', 'nltk.translate.meteor_score', 'nltk.translate.chrf_score', 'nltk.translate.gleu_score', 'nltk.translate.nist_score'];

export const ML_TOOLS = defineTools([
  {
    id: 'scikit-learn', name: 'scikit-learn', pypi: ['scikit-learn', 'sklearn'], imports: ['sklearn'], signals: ['classical_ml'],
    calls: SKLEARN_MODEL_MODULES.map((m) => `sklearn.${m}`), aliases: ['sklearn', 'scikit learn', 'scikit'],
  },
  {
    id: 'xgboost', name: 'XGBoost', pypi: ['xgboost'], imports: ['xgboost'], signals: ['classical_ml'],
    calls: ['xgboost.XGBClassifier', 'xgboost.XGBRegressor', 'xgboost.XGBRanker', 'xgboost.XGBRFClassifier', 'xgboost.XGBRFRegressor', 'xgboost.train', 'xgboost.cv', 'xgboost.sklearn'],
  },
  {
    id: 'lightgbm', name: 'LightGBM', pypi: ['lightgbm'], imports: ['lightgbm'], signals: ['classical_ml'],
    calls: ['lightgbm.LGBMClassifier', 'lightgbm.LGBMRegressor', 'lightgbm.LGBMRanker', 'lightgbm.LGBMModel', 'lightgbm.train', 'lightgbm.cv', 'lightgbm.sklearn'],
  },
  {
    id: 'catboost', name: 'CatBoost', pypi: ['catboost'], imports: ['catboost'], signals: ['classical_ml'],
    calls: ['catboost.CatBoostClassifier', 'catboost.CatBoostRegressor', 'catboost.CatBoostRanker', 'catboost.CatBoost', 'catboost.cv', 'catboost.train'],
  },
  {
    id: 'statsmodels', name: 'statsmodels', pypi: ['statsmodels'], imports: ['statsmodels'], signals: ['classical_ml'],
    calls: STATSMODELS_MODELS.flatMap((m) => [`statsmodels.*.${m}`, `statsmodels.*.*.${m}`, `statsmodels.*.*.*.${m}`]),
  },
  { id: 'prophet', name: 'Prophet', pypi: ['prophet', 'fbprophet'], imports: ['prophet', 'fbprophet'], signals: ['classical_ml'], calls: ['prophet.Prophet', 'fbprophet.Prophet'] },
  { id: 'pmdarima', name: 'pmdarima', pypi: ['pmdarima'], imports: ['pmdarima'], signals: ['classical_ml'], calls: ['pmdarima.auto_arima', 'pmdarima.arima', 'pmdarima.ARIMA'] },
  { id: 'sktime', name: 'sktime', pypi: ['sktime'], imports: ['sktime'], signals: ['classical_ml'], calls: ['sktime.forecasting', 'sktime.classification', 'sktime.regression'] },
  { id: 'pycaret', name: 'PyCaret', pypi: ['pycaret'], imports: ['pycaret'], signals: ['classical_ml'], calls: ['pycaret.classification', 'pycaret.regression', 'pycaret.clustering', 'pycaret.time_series', 'pycaret.anomaly'] },
  { id: 'h2o', name: 'H2O', pypi: ['h2o'], imports: ['h2o'], signals: ['classical_ml'], calls: ['h2o.estimators', 'h2o.automl'] },
  {
    id: 'spark-mllib', name: 'Spark MLlib', pypi: [], imports: ['pyspark.ml', 'pyspark.mllib'], signals: ['classical_ml'], aliases: ['mllib', 'spark ml'],
    calls: ['pyspark.ml.classification', 'pyspark.ml.regression', 'pyspark.ml.clustering', 'pyspark.ml.recommendation', 'pyspark.ml.fpm', 'pyspark.mllib.classification', 'pyspark.mllib.regression', 'pyspark.mllib.clustering', 'pyspark.mllib.tree', 'pyspark.mllib.recommendation'],
  },
  // Recommenders, survival, sequence, time-series, anomaly and streaming models, and GPU, AutoML and online
  // learners: each counted by the classes or functions that build or fit a model, not its data, metric or
  // evaluation helpers (signals.md: the tool lists are open).
  { id: 'scikit-surprise', name: 'scikit-surprise', pypi: ['scikit-surprise', 'surprise'], imports: ['surprise'], signals: ['classical_ml'], calls: SURPRISE_MODELS },
  { id: 'lightfm', name: 'LightFM', pypi: ['lightfm'], imports: ['lightfm'], signals: ['classical_ml'], calls: ['lightfm.LightFM'] },
  { id: 'implicit', name: 'implicit', pypi: ['implicit'], imports: ['implicit'], signals: ['classical_ml'], calls: ['implicit.als', 'implicit.bpr', 'implicit.lmf', 'implicit.nearest_neighbours', 'implicit.cpu', 'implicit.gpu', 'implicit.approximate_als'] },
  { id: 'lifelines', name: 'lifelines', pypi: ['lifelines'], imports: ['lifelines'], signals: ['classical_ml'], calls: LIFELINES_REGRESSIONS.map((m) => `lifelines.${m}`) },
  { id: 'scikit-survival', name: 'scikit-survival', pypi: ['scikit-survival'], imports: ['sksurv'], signals: ['classical_ml'], calls: ['sksurv.linear_model', 'sksurv.ensemble', 'sksurv.svm', 'sksurv.tree', 'sksurv.meta'], aliases: ['sksurv'] },
  { id: 'hmmlearn', name: 'hmmlearn', pypi: ['hmmlearn'], imports: ['hmmlearn'], signals: ['classical_ml'], calls: ['hmmlearn.hmm', 'hmmlearn.vhmm'] },
  { id: 'pygam', name: 'pyGAM', pypi: ['pygam'], imports: ['pygam'], signals: ['classical_ml'], calls: ['pygam.GAM', 'pygam.LinearGAM', 'pygam.LogisticGAM', 'pygam.PoissonGAM', 'pygam.GammaGAM', 'pygam.InvGaussGAM', 'pygam.ExpectileGAM', 'pygam.pygam'] },
  { id: 'linearmodels', name: 'linearmodels', pypi: ['linearmodels'], imports: ['linearmodels'], signals: ['classical_ml'], calls: LINEARMODELS_MODELS.map((m) => `linearmodels.${m}`) },
  // Only its ensembles are models; its samplers (SMOTE) resample data.
  { id: 'imbalanced-learn', name: 'imbalanced-learn', pypi: ['imbalanced-learn', 'imblearn'], imports: ['imblearn'], signals: ['classical_ml'], calls: ['imblearn.ensemble'], aliases: ['imblearn'] },
  { id: 'tslearn', name: 'tslearn', pypi: ['tslearn'], imports: ['tslearn'], signals: ['classical_ml'], calls: ['tslearn.clustering', 'tslearn.neighbors', 'tslearn.svm'] },
  { id: 'statsforecast', name: 'StatsForecast', pypi: ['statsforecast'], imports: ['statsforecast'], signals: ['classical_ml'], calls: ['statsforecast.StatsForecast', 'statsforecast.models'] },
  // Darts' statistical and tree-based forecasters (its torch models, NBEATS and the like, are deep learning through PyTorch Lightning).
  {
    id: 'darts', name: 'Darts', pypi: ['darts', 'u8darts'], imports: ['darts'], signals: ['classical_ml'],
    calls: ['ARIMA', 'AutoARIMA', 'ExponentialSmoothing', 'Prophet', 'Theta', 'FourTheta', 'StatsForecastAutoARIMA', 'StatsForecastAutoETS', 'StatsForecastAutoTheta', 'XGBModel', 'LightGBMModel', 'CatBoostModel', 'LinearRegressionModel', 'RandomForest', 'RegressionModel', 'KalmanForecaster', 'TBATS', 'BATS', 'Croston', 'VARIMA'].flatMap((m) => [`darts.models.${m}`, `darts.models.forecasting.*.${m}`]),
  },
  { id: 'pyod', name: 'PyOD', pypi: ['pyod'], imports: ['pyod'], signals: ['classical_ml'], calls: ['pyod.models'] },
  { id: 'kmodes', name: 'kmodes', pypi: ['kmodes'], imports: ['kmodes'], signals: ['classical_ml'], calls: ['kmodes.kmodes', 'kmodes.kprototypes'] },
  { id: 'hdbscan', name: 'hdbscan', pypi: ['hdbscan'], imports: ['hdbscan'], signals: ['classical_ml'], calls: ['hdbscan.HDBSCAN', 'hdbscan.hdbscan'] },
  { id: 'ngboost', name: 'NGBoost', pypi: ['ngboost'], imports: ['ngboost'], signals: ['classical_ml'], calls: ['ngboost.NGBClassifier', 'ngboost.NGBRegressor', 'ngboost.NGBoost', 'ngboost.NGBSurvival'] },
  { id: 'interpretml', name: 'InterpretML', pypi: ['interpret', 'interpret-core'], imports: ['interpret'], signals: ['classical_ml'], calls: ['interpret.glassbox'] },
  // Association rules count as Spark's FPGrowth does (pyspark.ml.fpm).
  {
    id: 'mlxtend', name: 'mlxtend', pypi: ['mlxtend'], imports: ['mlxtend'], signals: ['classical_ml'],
    calls: ['mlxtend.classifier', 'mlxtend.regressor', 'mlxtend.cluster', 'mlxtend.frequent_patterns.apriori', 'mlxtend.frequent_patterns.fpgrowth', 'mlxtend.frequent_patterns.fpmax', 'mlxtend.frequent_patterns.hmine'],
  },
  { id: 'cuml', name: 'RAPIDS cuML', pypi: ['cuml', 'cuml-cu11', 'cuml-cu12'], imports: ['cuml'], signals: ['classical_ml'], calls: CUML_MODELS, aliases: ['cuml'] },
  { id: 'tpot', name: 'TPOT', pypi: ['tpot'], imports: ['tpot'], signals: ['classical_ml'], calls: ['tpot.TPOTClassifier', 'tpot.TPOTRegressor', 'tpot.TPOTEstimator'] },
  { id: 'auto-sklearn', name: 'auto-sklearn', pypi: ['auto-sklearn'], imports: ['autosklearn'], signals: ['classical_ml'], calls: ['autosklearn.classification', 'autosklearn.regression'] },
  { id: 'vowpalwabbit', name: 'Vowpal Wabbit', pypi: ['vowpalwabbit'], imports: ['vowpalwabbit'], signals: ['classical_ml'], calls: ['vowpalwabbit.Workspace', 'vowpalwabbit.pyvw', 'vowpalwabbit.sklearn', 'vowpalwabbit.sklearn_vw'] },
  // Streaming learners; their drift detectors count for drift_monitoring (drift-calls › DRIFT_PATTERNS).
  { id: 'river', name: 'River', pypi: ['river'], imports: ['river'], signals: ['classical_ml'], calls: RIVER_MODEL_MODULES.map((m) => `river.${m}`) },
  {
    id: 'scikit-multiflow', name: 'scikit-multiflow', pypi: ['scikit-multiflow'], imports: ['skmultiflow'], signals: ['classical_ml'],
    calls: ['skmultiflow.trees', 'skmultiflow.lazy', 'skmultiflow.bayes', 'skmultiflow.meta', 'skmultiflow.rules', 'skmultiflow.anomaly_detection'],
  },
  { id: 'autogluon', name: 'AutoGluon', pypi: ['autogluon', 'autogluon-tabular'], imports: ['autogluon'], signals: ['classical_ml'], calls: ['autogluon.tabular.TabularPredictor', 'autogluon.timeseries.TimeSeriesPredictor'] },
  {
    id: 'pytorch', name: 'PyTorch', pypi: ['torch', 'pytorch'], imports: ['torch'], signals: ['deep_learning'], aliases: ['torch'],
    calls: ['torch.nn', 'torch.optim', 'torch.utils.data.DataLoader', 'torch.load', 'torch.save', 'torch.jit', 'torch.compile', 'torch.no_grad', 'torch.inference_mode', 'torch.hub.load', 'torch.onnx', 'torch.autograd', 'torch.distributed'],
  },
  {
    id: 'tensorflow', name: 'TensorFlow', pypi: ['tensorflow', 'tensorflow-cpu', 'tensorflow-gpu', 'tensorflow-macos'], imports: ['tensorflow'], signals: ['deep_learning'], aliases: ['tf'],
    calls: ['tensorflow.keras', 'tensorflow.GradientTape', 'tensorflow.saved_model', 'tensorflow.lite', 'tensorflow.nn', ...TF_TRAINING, 'tensorflow.estimator', 'tensorflow.compat.v1.Session', 'tensorflow.Session', 'tensorflow.layers', 'tensorflow.compat.v1.layers'],
  },
  { id: 'keras', name: 'Keras', pypi: ['keras', 'tf-keras'], imports: ['keras', 'tf_keras', 'tensorflow.keras'], signals: ['deep_learning'], calls: ['keras', 'tf_keras', 'tensorflow.keras'] },
  { id: 'jax', name: 'JAX', pypi: ['jax', 'jaxlib'], imports: ['jax'], signals: ['deep_learning'], calls: ['jax.grad', 'jax.value_and_grad', 'jax.nn', 'jax.example_libraries.stax', 'jax.experimental.stax'] },
  { id: 'flax', name: 'Flax', pypi: ['flax'], imports: ['flax'], signals: ['deep_learning'], calls: ['flax'] },
  { id: 'optax', name: 'Optax', pypi: ['optax'], imports: ['optax'], signals: ['deep_learning'], calls: ['optax'] },
  { id: 'haiku', name: 'Haiku', pypi: ['dm-haiku'], imports: ['haiku'], signals: ['deep_learning'], calls: ['haiku'] },
  { id: 'equinox', name: 'Equinox', pypi: ['equinox'], imports: ['equinox'], signals: ['deep_learning'], calls: ['equinox'] },
  { id: 'lightning', name: 'PyTorch Lightning', pypi: ['lightning', 'pytorch-lightning'], imports: ['lightning', 'pytorch_lightning'], signals: ['deep_learning'], calls: ['lightning', 'pytorch_lightning'] },
  { id: 'fastai', name: 'fastai', pypi: ['fastai'], imports: ['fastai'], signals: ['deep_learning'], calls: ['fastai'] },
  { id: 'mxnet', name: 'Apache MXNet', pypi: ['mxnet'], imports: ['mxnet'], signals: ['deep_learning'], calls: ['mxnet.gluon', 'mxnet.autograd'] },
  { id: 'torchvision', name: 'torchvision', pypi: ['torchvision'], imports: ['torchvision'], signals: ['deep_learning'], calls: ['torchvision.models'] },
  { id: 'timm', name: 'timm', pypi: ['timm'], imports: ['timm'], signals: ['deep_learning'], calls: ['timm.create_model'] },
  { id: 'ultralytics', name: 'Ultralytics YOLO', pypi: ['ultralytics'], imports: ['ultralytics'], signals: ['deep_learning'], calls: ['ultralytics.YOLO', 'ultralytics.RTDETR', 'ultralytics.SAM', 'ultralytics.FastSAM', 'ultralytics.NAS', 'ultralytics.models'] },
  // Inference runtimes run a network from a model file; deep_learning pairs the session with its run call (ml-calls › NN_RUNTIMES), so an import alone counts nothing.
  { id: 'onnxruntime', name: 'ONNX Runtime', pypi: ['onnxruntime', 'onnxruntime-gpu'], imports: ['onnxruntime'], signals: ['deep_learning'], importIsUse: false },
  { id: 'tflite-runtime', name: 'TensorFlow Lite / LiteRT interpreter', pypi: ['tflite-runtime', 'ai-edge-litert'], imports: ['tflite_runtime', 'ai_edge_litert'], signals: ['deep_learning'], importIsUse: false },
  { id: 'openvino', name: 'OpenVINO', pypi: ['openvino'], imports: ['openvino'], signals: ['deep_learning'], importIsUse: false },
  // Reinforcement learning on PyTorch: constructing an agent builds its policy network.
  {
    id: 'stable-baselines3', name: 'Stable-Baselines3', pypi: ['stable-baselines3', 'sb3-contrib'], imports: ['stable_baselines3', 'sb3_contrib'], signals: ['deep_learning'], aliases: ['sb3'],
    calls: ['stable_baselines3.PPO', 'stable_baselines3.A2C', 'stable_baselines3.DQN', 'stable_baselines3.SAC', 'stable_baselines3.TD3', 'stable_baselines3.DDPG', 'stable_baselines3.ppo', 'stable_baselines3.dqn', 'stable_baselines3.sac', 'stable_baselines3.td3', 'stable_baselines3.a2c', 'stable_baselines3.ddpg',
      'sb3_contrib.ARS', 'sb3_contrib.CrossQ', 'sb3_contrib.MaskablePPO', 'sb3_contrib.QRDQN', 'sb3_contrib.RecurrentPPO', 'sb3_contrib.TQC', 'sb3_contrib.TRPO'],
  },
  { id: 'rllib', name: 'Ray RLlib', pypi: [], imports: ['ray.rllib'], signals: ['deep_learning'], calls: ['ray.rllib.algorithms'] },
  { id: 'hf-training', name: 'Hugging Face training', pypi: [], imports: [], signals: ['deep_learning'], calls: ['transformers.Trainer', 'transformers.Seq2SeqTrainer', 'transformers.TFTrainer', 'trl', 'peft.get_peft_model', 'sentence_transformers.SentenceTransformerTrainer', 'unsloth.FastLanguageModel.get_peft_model', 'unsloth.FastModel.get_peft_model', 'unsloth.FastVisionModel.get_peft_model', 'unsloth.UnslothTrainer'] },
  // A framework class that runs the library on this machine (LangChain's HuggingFaceEmbeddings, HuggingFacePipeline) is use of it;
  // a hosted-inference class (HuggingFaceEndpoint) runs none of it (ml-calls › SENTENCE_TRANSFORMERS_WRAPPERS).
  { id: 'transformers', name: 'Hugging Face Transformers', pypi: ['transformers'], imports: ['transformers', ...TRANSFORMERS_WRAPPERS], signals: ['hf_transformers'], calls: TRANSFORMERS_WRAPPERS, aliases: ['hugging face', 'huggingface'] },
  { id: 'hf-datasets', name: 'Hugging Face Datasets', pypi: ['datasets'], imports: ['datasets'], signals: ['hf_transformers'] },
  { id: 'peft', name: 'PEFT', pypi: ['peft'], imports: ['peft'], signals: ['hf_transformers'] },
  { id: 'trl', name: 'TRL', pypi: ['trl'], imports: ['trl'], signals: ['hf_transformers'] },
  // Unsloth loads and fine-tunes Hugging Face LMs (transformers, PEFT, TRL underneath); its loaders run a generative LM (llm-calls › HF_GENERATIVE_MODEL).
  { id: 'unsloth', name: 'Unsloth', pypi: ['unsloth'], imports: ['unsloth'], signals: ['hf_transformers'] },
  { id: 'sentence-transformers', name: 'sentence-transformers', pypi: ['sentence-transformers'], imports: ['sentence_transformers', ...SENTENCE_TRANSFORMERS_WRAPPERS], signals: ['hf_transformers'], calls: SENTENCE_TRANSFORMERS_WRAPPERS },
  { id: 'diffusers', name: 'Diffusers', pypi: ['diffusers'], imports: ['diffusers'], signals: ['hf_transformers'] },
  // The tokenizers library counts where a tokenizer is built or trained (its models and trainers); loading a pretrained one only
  // to count tokens (`Tokenizer.from_pretrained` beside a text splitter) uses none of the modelling family.
  { id: 'hf-tokenizers', name: 'Hugging Face Tokenizers', pypi: ['tokenizers'], imports: ['tokenizers'], signals: ['hf_transformers'], importIsUse: false, calls: ['tokenizers.models', 'tokenizers.trainers'] },
  { id: 'setfit', name: 'SetFit', pypi: ['setfit'], imports: ['setfit'], signals: ['hf_transformers'] },
  { id: 'optimum', name: 'Hugging Face Optimum', pypi: ['optimum'], imports: ['optimum'], signals: ['hf_transformers'] },
  { id: 'huggingface-hub', name: 'Hugging Face Hub', pypi: ['huggingface-hub'], imports: ['huggingface_hub'], signals: [] },
  { id: 'accelerate', name: 'Accelerate', pypi: ['accelerate'], imports: ['accelerate'], signals: [] },
  { id: 'optuna', name: 'Optuna', pypi: ['optuna'], imports: ['optuna'], signals: ['hyperparameter_tuning'] },
  // No pypi: `ray` is declared for Ray Data, Train and Serve too; only `ray.tune` imports show tuning.
  { id: 'ray-tune', name: 'Ray Tune', pypi: [], imports: ['ray.tune'], signals: ['hyperparameter_tuning'] },
  { id: 'hyperopt', name: 'Hyperopt', pypi: ['hyperopt'], imports: ['hyperopt'], signals: ['hyperparameter_tuning'] },
  { id: 'keras-tuner', name: 'Keras Tuner', pypi: ['keras-tuner'], imports: ['keras_tuner', 'kerastuner'], signals: ['hyperparameter_tuning'] },
  { id: 'scikit-optimize', name: 'scikit-optimize', pypi: ['scikit-optimize'], imports: ['skopt'], signals: ['hyperparameter_tuning'] },
  { id: 'flaml', name: 'FLAML', pypi: ['flaml'], imports: ['flaml'], signals: ['hyperparameter_tuning'] },
  { id: 'bayesian-optimization', name: 'Bayesian Optimization', pypi: ['bayesian-optimization'], imports: ['bayes_opt'], signals: ['hyperparameter_tuning'] },
  { id: 'nevergrad', name: 'Nevergrad', pypi: ['nevergrad'], imports: ['nevergrad'], signals: ['hyperparameter_tuning'] },
  // Microsoft NNI's trial API (a trial takes the tuner's next parameters and reports its metric back), its experiment launcher and
  // tuner classes; its pruning, quantisation and NAS modules tune no hyperparameters, so an import alone shows nothing.
  {
    id: 'nni', name: 'Microsoft NNI', pypi: ['nni'], imports: ['nni'], signals: ['hyperparameter_tuning'], importIsUse: false,
    calls: ['nni.get_next_parameter', 'nni.report_intermediate_result', 'nni.report_final_result', 'nni.trial', 'nni.experiment', 'nni.Experiment', 'nni.tuner.Tuner', 'nni.algorithms.hpo'],
  },
  { id: 'ax', name: 'Ax', pypi: ['ax-platform'], imports: ['ax.service', 'ax.modelbridge'], signals: ['hyperparameter_tuning'] },
  {
    id: 'sklearn-search', name: 'scikit-learn hyperparameter search', pypi: [], imports: [], signals: ['hyperparameter_tuning'],
    calls: ['sklearn.model_selection.GridSearchCV', 'sklearn.model_selection.RandomizedSearchCV', 'sklearn.model_selection.HalvingGridSearchCV', 'sklearn.model_selection.HalvingRandomSearchCV', 'sklearn.grid_search.GridSearchCV', 'sklearn.grid_search.RandomizedSearchCV', 'sklearn.model_selection._search.GridSearchCV', 'sklearn.model_selection._search.RandomizedSearchCV'],
    aliases: ['GridSearchCV', 'RandomizedSearchCV', 'grid search'],
  },
  // Estimators that choose their own regularisation by cross-validation over a grid (`RidgeCV(alphas=...)`): tuning
  // done inside the estimator (real-people review: a RidgeCV over an alpha grid read as "no hyperparameter tuning").
  {
    id: 'sklearn-cv-estimators', name: 'scikit-learn cross-validated estimators', pypi: [], imports: [], signals: ['hyperparameter_tuning'],
    calls: ['sklearn.linear_model.RidgeCV', 'sklearn.linear_model.RidgeClassifierCV', 'sklearn.linear_model.LassoCV', 'sklearn.linear_model.ElasticNetCV', 'sklearn.linear_model.LogisticRegressionCV', 'sklearn.linear_model.LarsCV', 'sklearn.linear_model.LassoLarsCV', 'sklearn.linear_model.MultiTaskLassoCV', 'sklearn.linear_model.MultiTaskElasticNetCV', 'sklearn.linear_model.OrthogonalMatchingPursuitCV'],
    aliases: ['RidgeCV', 'LassoCV', 'LogisticRegressionCV'],
  },
  // Forecasters that search their own orders: auto-ARIMA fits candidate (p,d,q)(P,D,Q) orders (stepwise or a grid) and keeps the
  // best by an information criterion, the search GridSearchCV does over a model's hyperparameters (like RidgeCV above).
  {
    id: 'auto-arima', name: 'Automatic ARIMA order search', pypi: [], imports: [], signals: ['hyperparameter_tuning'],
    calls: ['pmdarima.auto_arima', 'pmdarima.arima.auto_arima', 'pmdarima.AutoARIMA', 'pmdarima.arima.AutoARIMA', 'pmdarima.arima.auto.AutoARIMA', 'statsforecast.models.AutoARIMA', 'sktime.forecasting.arima.AutoARIMA', 'sktime.forecasting.statsforecast.StatsForecastAutoARIMA', 'darts.models.AutoARIMA', 'darts.models.StatsForecastAutoARIMA'],
    aliases: ['auto_arima', 'AutoARIMA'],
  },
  // Hydra's sweeper plugins run a search over a config's parameters (`python train.py -m hparams_search=optuna`).
  {
    id: 'hydra-sweepers', name: 'Hydra sweepers (Optuna, Ax, Nevergrad)', pypi: ['hydra-optuna-sweeper', 'hydra-ax-sweeper', 'hydra-nevergrad-sweeper'], signals: ['hyperparameter_tuning'],
    imports: ['hydra_plugins.hydra_optuna_sweeper', 'hydra_plugins.hydra_ax_sweeper', 'hydra_plugins.hydra_nevergrad_sweeper'],
  },
  { id: 'spark-tuning', name: 'Spark ML tuning', pypi: [], imports: [], signals: ['hyperparameter_tuning'], calls: ['pyspark.ml.tuning.CrossValidator', 'pyspark.ml.tuning.TrainValidationSplit'] },
  // Experiment trackers' own optimisers: each trial a tracked run (Comet's Optimizer, ClearML's HyperParameterOptimizer).
  { id: 'comet-optimizer', name: 'Comet Optimizer', pypi: [], imports: [], signals: ['hyperparameter_tuning'], calls: ['comet_ml.Optimizer', 'comet_ml.optimizer.Optimizer'] },
  // pyannote.pipeline's Optimizer searches a pipeline's hyperparameters (thresholds) on a development set with Optuna
  // (`Optimizer(pipeline).tune_iter(dev_set)`); the package's Pipeline classes alone tune nothing.
  { id: 'pyannote-optimizer', name: 'pyannote.pipeline Optimizer', pypi: [], imports: [], signals: ['hyperparameter_tuning'], calls: ['pyannote.pipeline.Optimizer', 'pyannote.pipeline.optimizer.Optimizer'] },
  { id: 'clearml-hpo', name: 'ClearML hyperparameter optimisation', pypi: [], imports: [], signals: ['hyperparameter_tuning'], calls: ['clearml.automation.HyperParameterOptimizer', 'clearml.automation.optuna.OptimizerOptuna', 'clearml.automation.hpbandster.OptimizerBOHB'] },
  { id: 'wandb-sweeps', name: 'W&B Sweeps', pypi: [], imports: [], signals: ['hyperparameter_tuning'], calls: ['wandb.sweep', 'wandb.agent'], files: ['**/sweep.yaml', '**/sweep.yml', '**/sweep-*.yaml', '**/sweep_*.yaml', '**/sweep-*.yml', '**/sweep_*.yml'] },
  { id: 'torchmetrics', name: 'TorchMetrics', pypi: ['torchmetrics'], imports: ['torchmetrics'], signals: ['model_evaluation'] },
  { id: 'hf-evaluate', name: 'Hugging Face Evaluate', pypi: ['evaluate'], imports: [], signals: ['model_evaluation'], calls: ['evaluate.load', 'evaluate.combine', 'evaluate.evaluator', 'datasets.load_metric'] },
  // Evaluation libraries of other tasks: each scores a model's outputs against ground truth (tracks, detections, transcripts,
  // translations, tags, rankings). Only their evaluation modules: pycocotools' and LVIS' dataset APIs load annotations for training too.
  { id: 'torcheval', name: 'TorchEval', pypi: ['torcheval'], imports: ['torcheval'], signals: ['model_evaluation'] },
  { id: 'motmetrics', name: 'py-motmetrics', pypi: ['motmetrics'], imports: ['motmetrics'], signals: ['model_evaluation'] },
  { id: 'trackeval', name: 'TrackEval', pypi: ['trackeval'], imports: ['trackeval'], signals: ['model_evaluation'] },
  { id: 'coco-eval', name: 'COCO evaluation (COCOeval)', pypi: [], imports: ['pycocotools.cocoeval', 'faster_coco_eval.COCOeval_faster', 'lvis.LVISEval', 'lvis.eval'], signals: ['model_evaluation'], aliases: ['COCOeval'] },
  { id: 'supervision-metrics', name: 'Supervision metrics', pypi: [], imports: ['supervision.metrics'], signals: ['model_evaluation'], calls: ['supervision.metrics'] },
  { id: 'monai-metrics', name: 'MONAI metrics', pypi: [], imports: ['monai.metrics'], signals: ['model_evaluation'], calls: ['monai.metrics'] },
  { id: 'smp-metrics', name: 'segmentation_models_pytorch metrics', pypi: [], imports: ['segmentation_models_pytorch.metrics'], signals: ['model_evaluation'], calls: ['segmentation_models_pytorch.metrics'] },
  { id: 'jiwer', name: 'JiWER', pypi: ['jiwer'], imports: ['jiwer'], signals: ['model_evaluation'] },
  { id: 'pyannote-metrics', name: 'pyannote.metrics', pypi: ['pyannote-metrics'], imports: ['pyannote.metrics'], signals: ['model_evaluation'] },
  { id: 'sacrebleu', name: 'SacreBLEU', pypi: ['sacrebleu'], imports: ['sacrebleu'], signals: ['model_evaluation'] },
  { id: 'rouge-score', name: 'rouge-score', pypi: ['rouge-score'], imports: ['rouge_score'], signals: ['model_evaluation'] },
  { id: 'bert-score', name: 'BERTScore', pypi: ['bert-score'], imports: ['bert_score'], signals: ['model_evaluation'] },
  { id: 'nltk-translate-metrics', name: 'NLTK translation metrics (BLEU, METEOR)', pypi: [], imports: NLTK_METRICS, signals: ['model_evaluation'], calls: NLTK_METRICS },
  { id: 'pycocoevalcap', name: 'pycocoevalcap (caption metrics)', pypi: ['pycocoevalcap'], imports: ['pycocoevalcap'], signals: ['model_evaluation'] },
  { id: 'seqeval', name: 'seqeval', pypi: ['seqeval'], imports: ['seqeval'], signals: ['model_evaluation'] },
  { id: 'pytrec-eval', name: 'pytrec_eval', pypi: ['pytrec-eval', 'pytrec-eval-terrier'], imports: ['pytrec_eval'], signals: ['model_evaluation'] },
  { id: 'ranx', name: 'ranx', pypi: ['ranx'], imports: ['ranx'], signals: ['model_evaluation'] },
  { id: 'ir-measures', name: 'ir-measures', pypi: ['ir-measures'], imports: ['ir_measures'], signals: ['model_evaluation'] },
  { id: 'ray', name: 'Ray', pypi: ['ray'], imports: ['ray'], signals: [] },
  { id: 'opencv', name: 'OpenCV', pypi: ['opencv-python', 'opencv-python-headless', 'opencv-contrib-python'], imports: ['cv2'], signals: [] },
  { id: 'spacy', name: 'spaCy', pypi: ['spacy'], imports: ['spacy'], signals: [] },
  { id: 'nltk', name: 'NLTK', pypi: ['nltk'], imports: ['nltk'], signals: [] },
]);
