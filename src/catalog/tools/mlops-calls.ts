// The MLOps detectors' tool knowledge beyond imports: which calls,
// decorators, keyword arguments and string arguments show a tool doing the
// job of a signal (a detector's `patterns`). Data only; run.ts matches them
// (src/signals/lib/patterns.ts).
import type { UsePattern } from '../types.js';
import { DATASET_PUSH } from './data-calls.js';


// ── experiment_tracking ────────────────────────────────────────────────
/** MLflow flavours whose autolog traces LLM or agent calls (observability's), not training runs as `mlflow.sklearn.autolog()` records. */
export const MLFLOW_TRACED_FLAVOURS = /^mlflow\.(openai|langchain|anthropic|llama_index|dspy|gemini|bedrock|litellm|crewai|autogen|ag2|groq|mistral|smolagents|pydantic_ai|openai_agents|haystack|txtai|agno|strands|semantic_kernel|ollama)\.autolog$/;
/** MLflow tracing written in code: spans and traced functions. */
export const MLFLOW_TRACING = ['mlflow.trace', 'mlflow.tracing', 'mlflow.start_span'];
/** Choosing the experiment runs or traces go to: a run is recorded only by another call, and a tracing file records none. */
export const MLFLOW_EXPERIMENT_CHOICE = ['mlflow.set_experiment', 'mlflow.create_experiment'];
export const TRACKING_PATTERNS: readonly UsePattern[] = [
  // A training flavour's autolog (`mlflow.sklearn.autolog()`); the LLM flavours' autolog traces calls instead.
  { tool: 'mlflow', calls: ['mlflow.*.autolog'], notName: MLFLOW_TRACED_FLAVOURS },
  // MlflowClient() used directly: `client.log_metric(run_id, ...)`.
  { tool: 'mlflow', methods: ['log_metric', 'log_param', 'log_batch', 'create_run', 'log_inputs'] },
  // Framework loggers and callbacks writing to a tracker: the tracker's package must be there.
  { tool: 'wandb', calls: ['*.WandbLogger', '*.WandbCallback', '*.WandbLoggerCallback', '*.WandbMetricsLogger', '*.setup_wandb'], needsPackage: true },
  { tool: 'mlflow', calls: ['*.MLFlowLogger', '*.MLflowLogger', '*.MLflowLoggerCallback', '*.MLflowCallback', '*.setup_mlflow'], needsPackage: true },
  { tool: 'comet', calls: ['*.CometLogger', '*.CometCallback'], needsPackage: true },
  { tool: 'neptune', calls: ['*.NeptuneLogger', '*.NeptuneCallback'], needsPackage: true },
  { tool: 'aim', calls: ['*.AimLogger', '*.AimCallback'], needsPackage: true },
  { tool: 'dvclive', calls: ['*.DVCLiveLogger', '*.DVCLiveCallback', '*.DvcLiveCallback'], needsPackage: true },
  { tool: 'clearml', calls: ['*.ClearMLLogger', '*.ClearMLCallback'], needsPackage: true },
  // Vertex AI and SageMaker experiments.
  { tool: 'vertex-ai', calls: ['google.cloud.aiplatform.start_run', 'google.cloud.aiplatform.log_metrics', 'google.cloud.aiplatform.log_params'] },
  { tool: 'vertex-ai', calls: ['google.cloud.aiplatform.init'], kwargs: ['experiment'] },
  { tool: 'sagemaker', calls: ['sagemaker.experiments'] },
  // The older SageMaker Experiments SDK (sagemaker-experiments): experiments, trials, trackers.
  { tool: 'sagemaker', calls: ['smexperiments.experiment.Experiment.create', 'smexperiments.trial.Trial.create', 'smexperiments.trial_component.TrialComponent.create', 'smexperiments.tracker.Tracker'] },
];

/** Hugging Face `report_to=` values, and the tracker each one names. */
export const REPORT_TO: Readonly<Record<string, string>> = {
  wandb: 'wandb', mlflow: 'mlflow', comet_ml: 'comet', neptune: 'neptune', clearml: 'clearml', dvclive: 'dvclive', aim: 'aim', trackio: 'trackio',
};

// ── model_registry ─────────────────────────────────────────────────────
const MLFLOW_REGISTRY_METHODS = [
  'register_model', 'create_registered_model', 'create_model_version', 'transition_model_version_stage', 'set_registered_model_alias',
  'get_model_version_by_alias', 'get_latest_versions', 'update_registered_model', 'update_model_version', 'search_model_versions',
  'search_registered_models', 'get_registered_model', 'set_model_version_tag', 'copy_model_version', 'delete_registered_model_alias',
];
/** Paths of model files and folders (DVC outs, `.dvc` files, LFS rules). */
export const MODEL_FILE = /model|checkpoint|weights|classifier|regressor|estimator|\.(pt|pth|ckpt|h5|keras|onnx|safetensors|tflite|cbm|bst|mlmodel)$/i;
/**
 * Hugging Face Hub uploads of files and folders. The repository's type
 * decides what they version (signals/lib/hub-uploads.ts): `repo_type` left out is a
 * model repository, `"dataset"` or `"space"` is not one.
 */
export const HUB_UPLOAD_PATTERNS: readonly UsePattern[] = [
  { tool: 'huggingface-hub', calls: ['huggingface_hub.upload_folder', 'huggingface_hub.upload_file', 'huggingface_hub.upload_large_folder'] },
  { tool: 'huggingface-hub', methods: ['upload_folder', 'upload_file', 'upload_large_folder'] },
];
/**
 * Training arguments that make a Hugging Face trainer push what it saves to
 * the Hub (`TrainingArguments(push_to_hub=True)`, TRL's `SFTConfig(...)`,
 * or `args.set_push_to_hub("me/model")` on them): the trainer creates a model
 * repository and uploads its checkpoints and final model
 * (signals/lib/hub-trainer-pushes.ts). Which calls build trainer arguments,
 * and which are trainers, is model_evaluation's TRAINER_ARGUMENTS and TRAINER.
 */
export const HUB_PUSH_ARGUMENT = 'push_to_hub=True';
export const HUB_PUSH_SETTER = 'set_push_to_hub';
/** Hub repository creation (`create_repo`), whose `space_sdk=` or `repo_type="space"` says the repository is a Space. */
export const HUB_CREATE_PATTERNS: readonly UsePattern[] = [
  { tool: 'huggingface-hub', calls: ['huggingface_hub.create_repo'] },
  { tool: 'huggingface-hub', methods: ['create_repo'] },
];
/** A Hub upload's dataset repository: `repo_type="dataset"`, or a repository id or URL under `datasets/`. */
const HUB_DATASET_TARGET = /^datasets?$|^(https?:\/\/huggingface\.co\/)?datasets\//;
/** A repository type other than model, or a repository id or URL that names a Space or a dataset (`spaces/me/demo`). */
export const HUB_NOT_MODEL_TARGET = /^(datasets?|spaces?)$|^(https?:\/\/huggingface\.co\/)?(spaces|datasets)\//;
/** Artifact names and types (one word, not a description) that say model or data. */
const MODEL_ARTIFACT = /^[\w.:-]*(model|checkpoint|weights)[\w.:-]*$/i;
const DATA_ARTIFACT = /^[\w.:-]*(data|corpus|features)[\w.:-]*$/i;
/**
 * A feature store's versions of data (Hopsworks): training datasets materialised from a feature view (each call
 * makes a new numbered version), a training dataset read back by its version, and time travel over a feature group's
 * commits. A feature group's or view's own `version=` is its schema's version, which the API always asks for: writing
 * or reading a feature group uses a feature store, as writing a Delta table uses Delta Lake (only time travel counts).
 */
const TRAINING_DATA_CREATED = ['create_training_data', 'create_train_test_split', 'create_train_validation_test_split'];
const TRAINING_DATA_READ = ['get_training_data', 'get_train_test_split', 'get_train_validation_test_split', 'get_training_dataset'];
const FEATURE_TIME_TRAVEL = ['as_of', 'read_changes', 'commit_details'];

export const REGISTRY_PATTERNS: readonly UsePattern[] = [
  { tool: 'mlflow', calls: ['mlflow.register_model'] },
  { tool: 'mlflow', calls: ['mlflow.*.log_model', 'mlflow.log_model'], kwargs: ['registered_model_name'] },
  { tool: 'mlflow', methods: MLFLOW_REGISTRY_METHODS },
  // A `models:/name/version` URI reads from (or writes to) the registry, wherever it is passed.
  { tool: 'mlflow', strings: /^models:\/[^/]/ },
  { tool: 'wandb', calls: ['wandb.log_model', 'wandb.use_model', 'wandb.link_model'] },
  { tool: 'wandb', methods: ['log_model', 'use_model', 'link_model', 'link_artifact'] },
  { tool: 'wandb', calls: ['wandb.Artifact', 'wandb.log_artifact', 'wandb.use_artifact'], strings: MODEL_ARTIFACT },
  { tool: 'wandb', methods: ['log_artifact', 'use_artifact'], strings: MODEL_ARTIFACT },
  { tool: 'dvclive', methods: ['log_artifact'], strings: /^model$/ },
  { tool: 'huggingface-hub', calls: ['*.push_to_hub'], notName: DATASET_PUSH, notStrings: HUB_NOT_MODEL_TARGET },
  // Hub uploads (`upload_folder`, `upload_file`) count only when they go to a model repository: signals/lib/hub-uploads.ts.
  { tool: 'bentoml', calls: ['bentoml.*.save_model', 'bentoml.models.create', 'bentoml.*.import_model'] },
  { tool: 'sagemaker', calls: ['sagemaker.ModelPackage', 'sagemaker.model.ModelPackage', 'sagemaker.workflow.step_collections.RegisterModel'] },
  { tool: 'sagemaker', methods: ['create_model_package', 'create_model_package_group'], within: ['boto3', 'sagemaker'] },
  { tool: 'sagemaker', kwargs: ['model_package_group_name'], within: ['sagemaker'], methods: ['register'] },
  { tool: 'vertex-ai', calls: ['google.cloud.aiplatform.Model.upload'] },
  { tool: 'azure-ml', calls: ['azure.ai.ml.entities.Model', 'azureml.core.Model.register', 'azureml.core.model.Model.register'] },
  { tool: 'neptune', calls: ['neptune.init_model', 'neptune.init_model_version'] },
  { tool: 'clearml', calls: ['clearml.OutputModel'] },
  { tool: 'comet', methods: ['register_model'] },
  // Versioned model artefacts in trackers and feature platforms: Comet artifacts, Hopsworks' model registry.
  { tool: 'comet', calls: ['comet_ml.Artifact'], strings: MODEL_ARTIFACT },
  { tool: 'hopsworks', methods: ['create_model', 'get_model_registry'], within: ['hopsworks', 'hsml'] },
  // Merged fine-tuned models pushed to the Hub by Unsloth's helpers.
  { tool: 'huggingface-hub', calls: ['*.push_to_hub_merged', '*.push_to_hub_gguf'] },
  // ZenML's Model Control Plane versions models (`Model(name=..., version="production")`).
  { tool: 'zenml', calls: ['zenml.Model', 'zenml.model.model.Model', 'zenml.ModelVersion', 'zenml.model.model_version.ModelVersion', 'zenml.model.ModelConfig'] },
];

/** Terraform / manifest kinds that define a model registry. */
export const REGISTRY_MANIFESTS = ['terraform:aws_sagemaker_model_package_group', 'terraform:google_vertex_ai_model', 'terraform:azurerm_machine_learning_model'];

// ── data_versioning ────────────────────────────────────────────────────
/** Git LFS patterns that hold datasets: data files by extension, or data folders. */
/** Data files by extension, or a folder named for data: `data/`, `raw/`, or a name with a data word as one of its parts (`waifu_dataset/`, `train-data/`; not `metadata/`). */
export const LFS_DATA = /\.(csv|tsv|parquet|feather|arrow|jsonl|ndjson|npy|npz|h5|hdf5|hdf|xlsx|xls|avro|orc|tfrecords?|pq|sav|dta|mat)$|(^|\/)(?:[\w.]+[_-])?(data|datasets?|raw|processed)(?:[_-][\w.-]+)?(\/|$)/i;
/** More LFS rules than this is a blanket template (e.g. the Hugging Face default), not a choice about datasets. */
export const LFS_TEMPLATE_RULES = 12;

/**
 * A SQL statement (it starts with one) that reads or restores a table as of a version or time:
 * `SELECT * FROM t VERSION AS OF 3`, `... JOIN t TIMESTAMP AS OF '2024-01-01'`, `RESTORE TABLE t TO VERSION AS OF 2`,
 * Databricks' `FROM t@v5`. The words alone are prose ("Latest epoch version as of Apr 28", a commit message).
 */
export const TIME_TRAVEL_SQL =
  /^\s*\(?\s*(?:SELECT|WITH|RESTORE|INSERT|CREATE|MERGE|CACHE)\b[\s\S]*?(?:(?:\b(?:FROM|JOIN|TABLE)\s+[^\s;()]+|\bTO)\s+(?:VERSION|TIMESTAMP)\s+AS\s+OF\b|\b(?:FROM|JOIN)\s+[\w.`]+@v\d+\b)/i;

export const DATA_VERSION_PATTERNS: readonly UsePattern[] = [
  { tool: 'dvc', calls: ['dvc.api', 'dvc.repo.Repo'] },
  { tool: 'wandb', calls: ['wandb.Artifact', 'wandb.log_artifact', 'wandb.use_artifact'], strings: DATA_ARTIFACT },
  { tool: 'wandb', methods: ['log_artifact', 'use_artifact'], strings: DATA_ARTIFACT },
  { tool: 'hf-datasets', calls: ['*.push_to_hub'], name: DATASET_PUSH },
  // Hub uploads version data only into a dataset repository (`repo_type="dataset"`, a `datasets/` id); elsewhere they are models (model_registry).
  { tool: 'huggingface-hub', calls: ['huggingface_hub.upload_folder', 'huggingface_hub.upload_file', 'huggingface_hub.upload_large_folder'], strings: HUB_DATASET_TARGET },
  { tool: 'huggingface-hub', methods: ['upload_folder', 'upload_file', 'upload_large_folder'], strings: HUB_DATASET_TARGET },
  { tool: 'clearml', calls: ['clearml.Dataset'] },
  // Dataset artefacts in other trackers: Neptune file tracking, Comet artifacts; feature-store versions.
  { tool: 'neptune', methods: ['track_files'], within: ['neptune'] },
  { tool: 'comet', calls: ['comet_ml.Artifact'], strings: DATA_ARTIFACT },
  { tool: 'hopsworks', methods: TRAINING_DATA_CREATED, within: ['hopsworks', 'hsfs'] },
  { tool: 'hopsworks', methods: TRAINING_DATA_READ, kwargs: ['training_dataset_version', 'version'], within: ['hopsworks', 'hsfs'] },
  { tool: 'hopsworks', methods: FEATURE_TIME_TRAVEL, within: ['hopsworks', 'hsfs'] },
  { tool: 'hopsworks', methods: ['read', 'show'], kwargs: ['wallclock_time'], within: ['hopsworks', 'hsfs'] },
  { tool: 'lakefs', strings: /^lakefs:\/\// },
  // Delta Lake and Iceberg time travel: the reader options, or a SQL statement reading a table's old version.
  { tool: 'delta-lake', strings: /^(versionAsOf|timestampAsOf)$/i },
  { tool: 'delta-lake', strings: TIME_TRAVEL_SQL },
  { tool: 'delta-lake', methods: ['load_as_version', 'load_version', 'load_with_datetime', 'restoreToVersion', 'restoreToTimestamp'], within: ['deltalake', 'delta'] },
  { tool: 'delta-lake', calls: ['deltalake.DeltaTable'], kwargs: ['version'] },
  { tool: 'iceberg', strings: /^(snapshot-id|as-of-timestamp)$|\bFOR\s+SYSTEM_(TIME|VERSION)\s+AS\s+OF\b/i },
  { tool: 'iceberg', methods: ['scan'], kwargs: ['snapshot_id'], within: ['pyiceberg'] },
  { tool: 'iceberg', methods: ['snapshot_as_of_timestamp', 'snapshot_by_id'], within: ['pyiceberg'] },
];

/**
 * Hand-written dataset versions (dev-set convention, borderline): a function
 * named for dataset versions or snapshots, and the version recorded in an
 * experiment tracker from code about the dataset or its manifest.
 */
export const DATASET_VERSION_FUNCTION = /(dataset|data)_?(version|snapshot)|snapshot\w*_(datasets?|data)\b|version\w*_(datasets?|data)\b/i;
export const DATASET_CONTEXT = /dataset|manifest|data_?version/i;
export const TRACKER_LOGS = /(^|\.)(log_dict|log_text|log_artifacts?|log_params?|set_tags?)$/;
export const TRACKER_IMPORTS = ['mlflow', 'wandb', 'neptune', 'comet_ml', 'clearml'];

// ── pipeline_orchestration ─────────────────────────────────────────────
/** Managed pipelines of cloud tools (the orchestrators' own constructs are their ToolSpec.calls). */
export const PIPELINE_PATTERNS: readonly UsePattern[] = [
  { tool: 'sagemaker', calls: ['sagemaker.workflow.pipeline', 'sagemaker.workflow.steps', 'sagemaker.workflow.step_collections'] },
  { tool: 'vertex-ai', calls: ['google.cloud.aiplatform.PipelineJob'] },
  { tool: 'azure-ml', calls: ['azure.ai.ml.dsl.pipeline', 'azureml.pipeline'] },
];

/** Workflow engines described as Kubernetes objects (Argo, Tekton), and compiled Kubeflow pipeline specs (parse/kfp-spec.ts). */
export const PIPELINE_MANIFESTS = ['k8s:Workflow', 'k8s:WorkflowTemplate', 'k8s:ClusterWorkflowTemplate', 'k8s:CronWorkflow', 'k8s:Pipeline', 'k8s:PipelineRun', 'kfp:pipeline'];

// ── automated_retraining ───────────────────────────────────────────────
/** Calls that put a pipeline or function on a timetable (the training check is separate). */
export const SCHEDULE_PATTERNS: readonly UsePattern[] = [
  { tool: 'prefect', methods: ['serve', 'deploy', 'to_deployment'], kwargs: ['cron', 'interval', 'rrule', 'schedule', 'schedules'] },
  // A flow imported from the project's own module (`from pipeline import flow; flow.serve(interval=...)`), in a Prefect project.
  { tool: 'prefect', calls: ['*.serve', '*.deploy', '*.to_deployment'], kwargs: ['cron', 'interval', 'rrule'], needsPackage: true },
  { tool: 'prefect', calls: ['prefect.serve', 'prefect.deploy', 'prefect.deployments', '*.build_from_flow'], kwargs: ['cron', 'interval', 'rrule', 'schedule', 'schedules'] },
  { tool: 'prefect', calls: ['prefect'], name: /\.(Cron|Interval|RRule)Schedule$|\.schedules\.(Cron|Interval|RRule)$/ },
  { tool: 'dagster', calls: ['dagster.ScheduleDefinition', 'dagster.schedule', 'dagster.build_schedule_from_partitioned_job', 'dagster.sensor', 'dagster.asset_sensor', 'dagster.multi_asset_sensor', 'dagster.AutomationCondition', 'dagster.AutoMaterializePolicy', 'dagster.FreshnessPolicy'] },
  { tool: 'kubeflow', methods: ['create_recurring_run'] },
  { tool: 'vertex-ai', calls: ['google.cloud.aiplatform.PipelineJobSchedule'] },
  { tool: 'vertex-ai', methods: ['create_schedule'], within: ['google.cloud.aiplatform'] },
  { tool: 'azure-ml', calls: ['azure.ai.ml.entities.JobSchedule', 'azure.ai.ml.entities.CronTrigger', 'azure.ai.ml.entities.RecurrenceTrigger'] },
  { tool: 'metaflow', calls: ['metaflow.schedule', 'metaflow.trigger', 'metaflow.trigger_on_finish'] },
  { tool: 'flyte', calls: ['flytekit.CronSchedule', 'flytekit.FixedRate'] },
  { tool: 'zenml', calls: ['zenml.config.Schedule', 'zenml.config.schedule.Schedule'] },
  { tool: 'modal', calls: ['modal.Cron', 'modal.Period'] },
  { tool: 'sagemaker', calls: ['sagemaker.workflow.triggers'] },
];
/** Airflow DAG constructors; a DAG is scheduled by one of these keyword arguments. */
export const AIRFLOW_DAGS = ['airflow.DAG', 'airflow.models.DAG', 'airflow.models.dag.DAG', 'airflow.sdk.DAG', 'airflow.decorators.dag', 'airflow.sdk.dag'];
export const AIRFLOW_SCHEDULE_KWARGS = ['schedule', 'schedule_interval', 'timetable'];
/** Values that can only be a schedule: presets and cron expressions. */
export const SCHEDULE_STRING = /^@(hourly|daily|weekly|monthly|yearly|annually|midnight|continuous)$|^\s*([\d*?/,LW#-]+|[A-Za-z]{3}(-[A-Za-z]{3})?)(\s+([\d*?/,LW#-]+|[A-Za-z]{3}(-[A-Za-z]{3})?)){4,5}\s*$/;
/** Schedule values written as calls: timedelta, timetables, datasets (data-triggered). */
export const SCHEDULE_VALUE = /(^|\.)(timedelta|duration)$|Timetable$|^airflow\.(datasets\.Dataset|sdk\.Asset|timetables)/;
/** Kubernetes objects that run on a timetable. */
export const SCHEDULED_MANIFESTS = ['k8s:CronJob', 'k8s:CronWorkflow', 'terraform:aws_cloudwatch_event_rule', 'terraform:aws_scheduler_schedule', 'terraform:google_cloud_scheduler_job', 'prefect:scheduled-deployment'];

// ── observability ──────────────────────────────────────────────────────
export const OBSERVABILITY_PATTERNS: readonly UsePattern[] = [
  { tool: 'langsmith', calls: ['langsmith.traceable', 'langsmith.run_helpers.traceable', 'langsmith.wrappers', 'langchain.callbacks.tracers', 'langchain_core.tracers', 'langchain.callbacks.tracing_v2_enabled', 'langchain_core.tracers.context.tracing_v2_enabled'] },
  { tool: 'langsmith', calls: ['os.environ.setdefault', 'os.putenv'], strings: /^(LANGCHAIN_TRACING_V2|LANGSMITH_TRACING)$/ },
  { tool: 'mlflow', calls: MLFLOW_TRACING },
  // Helicone is a proxy: the client's base URL points at it (`OpenAI(base_url="https://oai.helicone.ai/v1")`).
  { tool: 'helicone', strings: /(^|\/\/|\.)helicone\.ai\b/i },
  // MLflow tracing of LLM and agent libraries: `mlflow.openai.autolog()` traces every call the client makes.
  { tool: 'mlflow', calls: ['mlflow.*.autolog'], name: MLFLOW_TRACED_FLAVOURS },
  // OpenInference instrumentors (Arize Phoenix, any OTLP backend): `OpenAIInstrumentor().instrument(...)`.
  { tool: 'openinference', calls: ['openinference.instrumentation'], name: /Instrumentor$/ },
  // Braintrust tracing: `@traced`, client wrappers, a logger (its `Eval` is llm_evals).
  { tool: 'braintrust', calls: ['braintrust.traced', 'braintrust.wrap_openai', 'braintrust.wrap_anthropic', 'braintrust.wrappers', 'braintrust.init_logger', 'braintrust.start_span', 'braintrust.current_span', 'braintrust.logger'] },
  // CloudWatch metrics and alarms written from code (boto3) or declared with the AWS CDK.
  { tool: 'cloudwatch', methods: ['put_metric_data', 'put_metric_alarm', 'put_composite_alarm', 'put_anomaly_detector'], within: ['boto3', 'aiobotocore', 'aioboto3'] },
  { tool: 'cloudwatch', calls: ['aws_cdk.aws_cloudwatch.Alarm', 'aws_cdk.aws_cloudwatch.CompositeAlarm', 'aws_cdk.aws_cloudwatch.Dashboard', 'aws_cdk.aws_cloudwatch.AnomalyDetectionAlarm'] },
  { tool: 'cloudwatch', methods: ['create_alarm'], within: ['aws_cdk'] },
  // Managed endpoints that log every request and prediction to a store: SageMaker data capture, Vertex AI request-response logging.
  { tool: 'sagemaker', calls: ['sagemaker.model_monitor.DataCaptureConfig', 'sagemaker.model_monitor.data_capture_config.DataCaptureConfig'] },
  { tool: 'sagemaker', methods: ['create_endpoint_config'], within: ['boto3', 'sagemaker'], kwargs: ['DataCaptureConfig'] },
  { tool: 'vertex-ai', calls: ['google.cloud.aiplatform'], kwargs: ['enable_request_response_logging'] },
  { tool: 'vertex-ai', methods: ['deploy', 'create', 'deploy_model'], within: ['google.cloud'], kwargs: ['enable_request_response_logging'] },
];
/**
 * Tracing switched on by configuration (ConfigFacts `env:<NAME>` from dotenv, compose, Kubernetes, SAM,
 * CloudFormation, serverless and Copilot files; Dockerfile `ENV`): LangSmith when its flag is true and a
 * LangChain or LangSmith package is in the repository; Langfuse when its key or host is set and the
 * langfuse package is declared or imported. A flag set to false, or an empty key, is not tracing.
 */
export const CONFIG_TRACING: readonly { tool: string; names: readonly string[]; value: RegExp; needs: readonly string[] }[] = [
  { tool: 'langsmith', names: ['LANGCHAIN_TRACING_V2', 'LANGSMITH_TRACING', 'LANGSMITH_TRACING_V2'], value: /^(true|1|yes|on)$/i, needs: ['langsmith', 'langchain', 'langchain-llm', 'langgraph', 'langserve'] },
  { tool: 'langfuse', names: ['LANGFUSE_PUBLIC_KEY', 'LANGFUSE_HOST', 'LANGFUSE_BASE_URL'], value: /\S/, needs: ['langfuse'] },
];
/** Imports whose side effect instruments the process (`import ddtrace.auto`): the name is never used again, and need not be. */
export const INSTRUMENTING_IMPORTS = ['ddtrace.auto', 'opentelemetry.instrumentation.auto_instrumentation.sitecustomize'];
/** Zero-code instrumentation: the service is started under a tracing or APM agent (`opentelemetry-instrument uvicorn app:app`). */
export const INSTRUMENTED_START = /(^|[\s"'[,=])(opentelemetry-instrument|ddtrace-run|newrelic-admin\s+run-(program|python)|elastic-apm-run)(?=[\s"',\]]|$)/;
/** Compose services and images that run a monitoring stack. */
export const MONITORING_SERVICE = /\b(prometheus|grafana|loki|jaeger|tempo|otel|opentelemetry|zipkin|signoz|pushgateway|alertmanager|langfuse|phoenix|datadog|uptrace)\b/i;
export const MONITORING_MANIFESTS = [
  'k8s:ServiceMonitor', 'k8s:PodMonitor', 'k8s:PrometheusRule', 'k8s:GrafanaDashboard', 'helm:chart:prometheus', 'helm:chart:grafana',
  // Cloud metrics, alarms and dashboards declared in Terraform.
  'terraform:aws_cloudwatch_metric_alarm', 'terraform:aws_cloudwatch_composite_alarm', 'terraform:aws_cloudwatch_dashboard',
  'terraform:aws_cloudwatch_log_metric_filter', 'terraform:google_monitoring_alert_policy', 'terraform:google_monitoring_dashboard',
  'terraform:azurerm_monitor_metric_alert', 'terraform:azurerm_application_insights',
];
/** Predictions written to a store: calls that write records, in a file that predicts. */
export const STORE_WRITES = ['insert_one', 'insert_many', 'put_item', 'batch_write_item', 'put_record', 'put_records', 'to_sql', 'xadd', 'write_points', 'bulk_write'];
export const INSERT_SQL = /\binsert\s+into\b/i;
/** A prediction record of the project's ORM (`PredictionLog(...)`, `InferenceRecord(...)`), stored by `session.add` in the same function, or Django's `Prediction.objects.create`. */
export const PREDICTION_RECORD = /(^|\.)[A-Z]?\w*(Prediction|Inference)\w*$/;
export const ORM_WRITES = ['add', 'add_all', 'merge', 'bulk_save_objects', 'save'];
export const DJANGO_CREATE = /(^|\.)\w*(Prediction|Inference)\w*\.objects\.(create|bulk_create|get_or_create)$/;
/** Frames appended to a file (`df.to_csv(log_path, mode="a")`): a log that grows with every prediction. */
export const APPEND_WRITES = ['to_csv', 'to_json', 'to_parquet'];
/** LLM callback handlers: their hooks run on every model or chain call (LangChain, LlamaIndex, LiteLLM's CustomLogger). Training callbacks (Keras, Lightning) are not these. */
export const LLM_CALLBACK_BASES = /^(langchain(_core|_community)?|llama_index(\.core)?|litellm)\.(\w+\.)*(BaseCallbackHandler|AsyncCallbackHandler|BaseTracer|BaseEventHandler|CustomLogger)$/;
/** Records written to an object store or a stream as serialised text (`s3.put_object(Body=json.dumps(rec))`, GCS `upload_from_string`, Azure `upload_blob`, Firehose `put_record`). */
export const OBJECT_PUTS = new Set(['put_object', 'upload_from_string', 'upload_blob', 'put_record', 'put_records', 'append_block']);
// `save_predictions` is too often a Kaggle submission writer to count.
export const PREDICTION_LOGGERS = /(log|store|record)_?predictions?|predictions?_?(log|logger|store)/i;
