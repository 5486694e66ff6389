// Serving, demo UIs and infrastructure as code: the tools, and the names and
// patterns the serving_api and infra_as_code detectors read (data, not logic).
import { defineTools } from '../types.js';

export const SERVING_TOOLS = defineTools([
  { id: 'fastapi', name: 'FastAPI', pypi: ['fastapi'], imports: ['fastapi'], signals: ['serving_api'], calls: ['fastapi.FastAPI', 'fastapi.APIRouter'] },
  { id: 'flask', name: 'Flask', pypi: ['flask'], imports: ['flask'], signals: ['serving_api'], calls: ['flask.Flask', 'flask.Blueprint'] },
  { id: 'django-rest-framework', name: 'Django REST framework', pypi: ['djangorestframework'], imports: ['rest_framework'], signals: ['serving_api'], aliases: ['drf'] },
  { id: 'django', name: 'Django', pypi: ['django'], imports: ['django'], signals: ['serving_api'] },
  { id: 'bentoml', name: 'BentoML', pypi: ['bentoml'], imports: ['bentoml'], signals: ['serving_api', 'model_registry'], files: ['**/bentofile.yaml'] },
  { id: 'ray-serve', name: 'Ray Serve', pypi: ['ray'], imports: ['ray.serve'], signals: ['serving_api'] },
  { id: 'torchserve', name: 'TorchServe', pypi: ['torchserve'], imports: ['ts.torch_handler'], signals: ['serving_api'] },
  { id: 'triton', name: 'NVIDIA Triton Inference Server', pypi: ['tritonclient'], imports: ['tritonclient', 'triton_python_backend_utils'], signals: ['serving_api'], files: ['**/config.pbtxt'] },
  { id: 'tensorflow-serving', name: 'TensorFlow Serving', pypi: ['tensorflow-serving-api'], imports: ['tensorflow_serving'], signals: ['serving_api'], aliases: ['tf serving'] },
  { id: 'litserve', name: 'LitServe', pypi: ['litserve'], imports: ['litserve'], signals: ['serving_api'] },
  { id: 'mlserver', name: 'MLServer', pypi: ['mlserver'], imports: ['mlserver'], signals: ['serving_api'] },
  { id: 'langserve', name: 'LangServe', pypi: ['langserve'], imports: ['langserve'], signals: ['serving_api'] },
  { id: 'grpc', name: 'gRPC', pypi: ['grpcio'], imports: ['grpc'], signals: ['serving_api'] },
  { id: 'kserve', name: 'KServe', pypi: ['kserve'], imports: ['kserve'], signals: ['serving_api'] },
  { id: 'seldon', name: 'Seldon', pypi: ['seldon-core'], imports: ['seldon_core'], signals: ['serving_api'] },
  { id: 'cog', name: 'Cog', pypi: ['cog'], imports: ['cog'], signals: ['serving_api'] },
  { id: 'starlette', name: 'Starlette', pypi: ['starlette'], imports: ['starlette'], signals: ['serving_api'] },
  // Their client side (`aiohttp.ClientSession()`) is use of the tool, not of an API it serves (packageImports).
  { id: 'aiohttp', name: 'aiohttp', pypi: ['aiohttp'], imports: ['aiohttp.web'], packageImports: ['aiohttp'], signals: ['serving_api'] },
  { id: 'sanic', name: 'Sanic', pypi: ['sanic'], imports: ['sanic'], signals: ['serving_api'] },
  { id: 'tornado', name: 'Tornado', pypi: ['tornado'], imports: ['tornado.web'], packageImports: ['tornado'], signals: ['serving_api'] },
  { id: 'falcon', name: 'Falcon', pypi: ['falcon'], imports: ['falcon'], signals: ['serving_api'] },
  { id: 'quart', name: 'Quart', pypi: ['quart'], imports: ['quart'], signals: ['serving_api'] },
  { id: 'litestar', name: 'Litestar', pypi: ['litestar'], imports: ['litestar'], signals: ['serving_api'] },
  { id: 'uvicorn', name: 'Uvicorn', pypi: ['uvicorn'], imports: ['uvicorn'], signals: [] },
  { id: 'gunicorn', name: 'Gunicorn', pypi: ['gunicorn'], imports: [], signals: [] },
  { id: 'streamlit', name: 'Streamlit', pypi: ['streamlit'], imports: ['streamlit'], signals: ['demo_ui'] },
  { id: 'gradio', name: 'Gradio', pypi: ['gradio'], imports: ['gradio'], signals: ['demo_ui'] },
  { id: 'dash', name: 'Dash', pypi: ['dash'], imports: ['dash'], signals: ['demo_ui'] },
  { id: 'panel', name: 'Panel', pypi: ['panel'], imports: ['panel'], signals: ['demo_ui'] },
  { id: 'chainlit', name: 'Chainlit', pypi: ['chainlit'], imports: ['chainlit'], signals: ['demo_ui'] },
  { id: 'nicegui', name: 'NiceGUI', pypi: ['nicegui'], imports: ['nicegui'], signals: ['demo_ui'] },
  { id: 'shiny', name: 'Shiny for Python', pypi: ['shiny'], imports: ['shiny'], signals: ['demo_ui'] },
  { id: 'solara', name: 'Solara', pypi: ['solara'], imports: ['solara'], signals: ['demo_ui'] },
  { id: 'mesop', name: 'Mesop', pypi: ['mesop'], imports: ['mesop'], signals: ['demo_ui'] },
  { id: 'voila', name: 'Voilà', pypi: ['voila'], imports: [], signals: [] },
  { id: 'kubernetes', name: 'Kubernetes', pypi: ['kubernetes'], imports: [], signals: ['infra_as_code'], aliases: ['k8s'] },
  { id: 'helm', name: 'Helm', pypi: [], imports: [], signals: ['infra_as_code'], files: ['**/Chart.yaml'] },
  { id: 'kustomize', name: 'Kustomize', pypi: [], imports: [], signals: ['infra_as_code'], files: ['**/kustomization.yaml', '**/kustomization.yml'] },
  { id: 'terraform', name: 'Terraform', pypi: [], imports: [], signals: ['infra_as_code'], files: ['**/*.tf', '**/*.tf.json', '**/terragrunt.hcl'] },
  { id: 'bicep', name: 'Bicep', pypi: [], imports: [], signals: ['infra_as_code'], files: ['**/*.bicep'] },
  { id: 'cloudformation', name: 'AWS CloudFormation', pypi: [], imports: [], signals: ['infra_as_code'] },
  { id: 'aws-sam', name: 'AWS SAM', pypi: [], imports: [], signals: ['infra_as_code'], files: ['**/samconfig.toml'] },
  { id: 'pulumi', name: 'Pulumi', pypi: ['pulumi'], imports: ['pulumi'], signals: ['infra_as_code'], files: ['**/Pulumi.yaml'] },
  { id: 'aws-cdk', name: 'AWS CDK', pypi: ['aws-cdk-lib'], imports: ['aws_cdk', 'cdktf'], signals: ['infra_as_code'], files: ['**/cdk.json', '**/cdktf.json'] },
  { id: 'serverless', name: 'Serverless Framework', pypi: [], imports: [], signals: ['infra_as_code'], files: ['**/serverless.yml', '**/serverless.yaml'] },
  { id: 'modal', name: 'Modal', pypi: ['modal'], imports: ['modal'], signals: ['infra_as_code'], calls: ['modal.App', 'modal.Stub'] },
  { id: 'skaffold', name: 'Skaffold', pypi: [], imports: [], signals: ['infra_as_code'], files: ['**/skaffold.yaml', '**/skaffold.yml'] },
  { id: 'fly', name: 'Fly.io', pypi: [], imports: [], signals: ['infra_as_code'], files: ['**/fly.toml'] },
  // Render reads `render.yaml` by default; a Blueprint may have another path, set when it is connected.
  { id: 'render', name: 'Render', pypi: [], imports: [], signals: ['infra_as_code'], files: ['**/render.yaml', '**/render.yml'] },
  { id: 'railway', name: 'Railway', pypi: [], imports: [], signals: ['infra_as_code'], files: ['**/railway.toml', '**/railway.json'] },
  // PaaS deploy specs read by content (parse/paas.ts): heroku.yml with a build or run, app.json with a formation,
  // .do/ app specs, porter.yaml, apprunner.yaml, Cloud Foundry manifests, netlify.toml with functions, vercel.json
  // with a server runtime. A Procfile alone is none.
  { id: 'heroku', name: 'Heroku', pypi: [], imports: [], signals: ['infra_as_code'] },
  { id: 'paperspace', name: 'Paperspace', pypi: [], imports: [], signals: ['infra_as_code'] },
  { id: 'digitalocean-app-platform', name: 'DigitalOcean App Platform', pypi: [], imports: [], signals: ['infra_as_code'] },
  { id: 'netlify', name: 'Netlify', pypi: [], imports: [], signals: ['infra_as_code'] },
  { id: 'vercel', name: 'Vercel', pypi: [], imports: [], signals: ['infra_as_code'] },
  { id: 'porter', name: 'Porter', pypi: [], imports: [], signals: ['infra_as_code'] },
  { id: 'aws-app-runner', name: 'AWS App Runner', pypi: [], imports: [], signals: ['infra_as_code'] },
  { id: 'cloud-foundry', name: 'Cloud Foundry', pypi: [], imports: [], signals: ['infra_as_code'] },
  // Elastic Beanstalk: the container and environment settings the platform deploys.
  { id: 'elastic-beanstalk', name: 'AWS Elastic Beanstalk', pypi: [], imports: [], signals: ['infra_as_code'], files: ['**/Dockerrun.aws.json', '**/.ebextensions/*.config'] },
  // Ansible playbooks and roles whose tasks provision cloud resources or deploy (parse/ansible.ts).
  { id: 'ansible', name: 'Ansible', pypi: [], imports: [], signals: ['infra_as_code'] },
  // Nomad job specifications with their tasks, read by content whatever the HCL file's name (parse/nomad.ts).
  { id: 'nomad', name: 'HashiCorp Nomad', pypi: [], imports: [], signals: ['infra_as_code'] },
  // ECS task definitions: the container, its resources and environment, as JSON the deploy step registers.
  { id: 'aws-ecs', name: 'Amazon ECS', pypi: [], imports: [], signals: ['infra_as_code'], files: ['**/*task-definition*.json', '**/*task_definition*.json', '**/taskdef.json'] },
  // Google Cloud deploys: counted where a descriptor or a deploy command gives the service's settings (infra_as_code), never by file name.
  { id: 'cloud-run', name: 'Google Cloud Run', pypi: [], imports: [], signals: ['infra_as_code'] },
  { id: 'cloud-functions', name: 'Google Cloud Functions', pypi: [], imports: [], signals: ['infra_as_code'] },
  { id: 'app-engine', name: 'Google App Engine', pypi: [], imports: [], signals: ['infra_as_code'] },
  { id: 'anyscale', name: 'Anyscale', pypi: ['anyscale'], imports: ['anyscale'], signals: [] },
  { id: 'sagemaker', name: 'Amazon SageMaker', pypi: ['sagemaker'], imports: ['sagemaker'], signals: ['serving_api', 'infra_as_code'] },
  { id: 'vertex-ai', name: 'Vertex AI', pypi: ['google-cloud-aiplatform'], imports: ['google.cloud.aiplatform'], signals: ['serving_api', 'infra_as_code'] },
  { id: 'azure-ml', name: 'Azure ML', pypi: ['azure-ai-ml', 'azureml-core'], imports: ['azure.ai.ml', 'azureml'], signals: ['serving_api', 'infra_as_code'] },
  { id: 'aws-lambda', name: 'AWS Lambda', pypi: [], imports: [], signals: [] },
]);

/** Web frameworks: an API built with one serves a model only if the model is reachable from its routes. */
export const API_FRAMEWORK_IMPORTS = [
  'fastapi', 'flask', 'rest_framework', 'django', 'starlette', 'aiohttp', 'sanic', 'tornado', 'falcon', 'quart',
  'litestar', 'grpc', 'bottle', 'robyn', 'connexion', 'flask_restful', 'flask_restx', 'cherrypy', 'pyramid',
  'blacksheep', 'chalice', 'functions_framework', 'azure.functions', 'socketio',
] as const;

/** Calls that create an API app or answer a request (`app = FastAPI()`, DRF `Response`). */
export const API_APP_CALLS = [
  'fastapi.FastAPI', 'fastapi.APIRouter', 'flask.Flask', 'flask.Blueprint', 'starlette.applications.Starlette',
  'sanic.Sanic', 'quart.Quart', 'litestar.Litestar', 'falcon.App', 'falcon.API', 'falcon.asgi.App',
  'aiohttp.web.Application', 'tornado.web.Application', 'grpc.server', 'grpc.aio.server', 'bottle.Bottle',
  'robyn.Robyn', 'connexion.App', 'connexion.FlaskApp', 'flask_restful.Api', 'flask_restx.Api', 'chalice.Chalice',
  'django.http.JsonResponse', 'azure.functions.FunctionApp',
] as const;

/** Last segment of a route decorator (`@app.post("/predict")`, `@bp.route(...)`, DRF `@api_view`). */
export const ROUTE_DECORATORS = ['get', 'post', 'put', 'patch', 'delete', 'route', 'websocket', 'api_route', 'api_view', 'http', 'function_name'] as const;

/**
 * Chat-bot frameworks: a function their decorators register answers a user's message or command (a chat path,
 * like a route handler). Only read in a file that imports one (Typer's `@app.command()` is a CLI, not a bot).
 */
export const CHAT_BOT_IMPORTS = [
  'discord', 'nextcord', 'disnake', 'interactions', 'hikari', 'lightbulb', 'telegram', 'aiogram', 'telebot', 'pyrogram',
  'telethon', 'slack_bolt', 'twitchio',
] as const;
/** Last segment of a bot's handler decorator: discord `@bot.tree.command`, `@client.event`, aiogram `@dp.message`, telebot `@bot.message_handler`, slack `@app.message`. */
export const CHAT_BOT_DECORATORS = /^(command|hybrid_command|slash_command|user_command|message_command|event|listen|listener|on_message|on_callback_query|message_handler|message|callback_query_handler|callback_query|on|shortcut|action)$/;
/** python-telegram-bot handlers registered by name (`CommandHandler("ask", ask)`). */
export const CHAT_BOT_REGISTRATIONS = /^(CommandHandler|MessageHandler|CallbackQueryHandler|InlineQueryHandler)$/;

/** Base classes of request handlers; a base ending in `Servicer` is a gRPC servicer. */
export const API_HANDLER_BASES = [
  'rest_framework.views.APIView', 'rest_framework.viewsets', 'rest_framework.generics', 'flask.views.MethodView',
  'flask_restful.Resource', 'flask_restx.Resource', 'tornado.web.RequestHandler', 'tornado.websocket.WebSocketHandler',
] as const;

/** Methods of a handler class that answer a request: HTTP verbs, DRF viewset actions. */
export const HANDLER_METHODS = /^(get|post|put|patch|delete|create|list|retrieve|update|partial_update|destroy)$/;

/**
 * Request handlers of model servers (lib/model-endpoints.ts): decorated functions or methods
 * (`@bentoml.api`, and `@svc.api` on a `svc = bentoml.Service(...)`), and the methods through which a server
 * hands a request to a class of the model's own (`LitAPI.predict`, a Ray Serve deployment's `__call__`,
 * a TorchServe handler's `handle`, Triton's `TritonPythonModel.execute`).
 */
export const MODEL_ENDPOINT_DECORATORS = ['bentoml.api', 'bentoml.task'] as const;
/** Calls that build a service whose `.api`/`.task` decorate its request handlers. */
export const MODEL_SERVICE_CALLS = ['bentoml.Service', 'bentoml.legacy.Service'] as const;
export const MODEL_SERVICE_METHODS = ['api', 'task'] as const;
/** A handler class: by base, by decorator or, in a file importing `module`, by its fixed name; and its request methods. */
export const MODEL_HANDLER_CLASSES: readonly { bases?: readonly string[]; decorators?: readonly string[]; name?: string; module?: string; methods: readonly string[] }[] = [
  { bases: ['litserve.LitAPI'], methods: ['decode_request', 'predict'] },
  { bases: ['kserve.Model'], methods: ['preprocess', 'predict'] },
  { bases: ['mlserver.MLModel'], methods: ['predict'] },
  { bases: ['ts.torch_handler'], methods: ['handle', 'preprocess', 'inference'] },
  { bases: ['cog.BasePredictor'], methods: ['predict'] },
  { decorators: ['ray.serve.deployment'], methods: ['__call__'] },
  { name: 'TritonPythonModel', module: 'triton_python_backend_utils', methods: ['execute'] },
];
/** Methods where a handler class loads its model once (`self.model = ...`), for its request methods to run. */
export const MODEL_SETUP_METHODS = ['__init__', 'setup', 'load', 'initialize', 'load_model'] as const;

/** Names (calls, decorators, bases or imports) that only model- or LLM-serving code uses: serving by themselves. */
export const MODEL_SERVING_NAMES = [
  'bentoml.service', 'bentoml.Service', 'bentoml.api', 'ray.serve.deployment', 'ray.serve.ingress', 'ray.serve.run',
  'ts.torch_handler', 'kserve.Model', 'kserve.ModelServer', 'kserve.KServeClient', 'seldon_core', 'mlserver.MLModel',
  'litserve.LitAPI', 'litserve.LitServer', 'langserve.add_routes', 'triton_python_backend_utils', 'cog.BasePredictor',
  'sagemaker.predictor.Predictor', 'sagemaker.serverless', 'azure.ai.ml.entities.ManagedOnlineEndpoint',
  'azure.ai.ml.entities.ManagedOnlineDeployment', 'azure.ai.ml.entities.KubernetesOnlineEndpoint',
  // Not `aiplatform.Model.upload`: that registers a model (model_registry); serving is the endpoint
  // (created, or called like SageMaker's Predictor) and its `.deploy()`.
  'google.cloud.aiplatform.Endpoint', 'google.cloud.aiplatform.PrivateEndpoint', 'google.cloud.aiplatform_v1.EndpointServiceClient',
  'google.cloud.aiplatform_v1beta1.EndpointServiceClient', 'azureml.core.webservice',
  'mlflow.deployments.get_deploy_client', 'mlflow.sagemaker.deploy', '*.create_endpoint', '*.create_inference_endpoint',
  // Databricks Model Serving through its SDK (`w.serving_endpoints.create(...)`).
  '*.serving_endpoints.create', '*.serving_endpoints.create_and_wait',
  // Managed endpoints declared in infrastructure code: AWS CDK (L1 `CfnEndpoint`, the L2 alpha `Endpoint`, the
  // generative-AI constructs), CDK for Terraform and Pulumi resources. The endpoint, not its config or model alone.
  'aws_cdk.aws_sagemaker.CfnEndpoint', 'aws_cdk.aws_sagemaker_alpha.Endpoint', 'cdklabs.generative_ai_cdk_constructs.JumpStartSageMakerEndpoint',
  'cdklabs.generative_ai_cdk_constructs.HuggingFaceSageMakerEndpoint', 'cdklabs.generative_ai_cdk_constructs.CustomSageMakerEndpoint',
  'cdktf_cdktf_provider_aws.sagemaker_endpoint', 'cdktf_cdktf_provider_google.vertex_ai_endpoint', 'pulumi_aws.sagemaker.Endpoint',
  'pulumi_gcp.vertex.AiEndpoint', 'pulumi_azure_native.machinelearningservices.OnlineEndpoint',
  // ZenML deployer steps start a model server (MLflow, Seldon, BentoML, KServe, ...) from a pipeline.
  '*.mlflow_model_deployer_step', '*.seldon_model_deployer_step', '*.bentoml_model_deployer_step', '*.kserve_model_deployer_step',
  '*.huggingface_model_deployer_step', '*.databricks_model_deployer_step', '*.vllm_model_deployer_step',
] as const;

/** Clients of model servers (TF Serving, Triton): code that queries a model the project serves over the network. */
export const MODEL_SERVER_CLIENTS = ['tensorflow_serving.apis', 'tritonclient'] as const;

/** SDKs whose `.deploy(...)` puts a model behind a managed endpoint. */
export const MANAGED_ENDPOINT_SDKS = ['sagemaker', 'google.cloud.aiplatform', 'azure.ai.ml', 'azureml'] as const;

/** Deployment descriptors of a served model. */
export const MODEL_SERVING_MANIFESTS = [
  'k8s:InferenceService', 'k8s:SeldonDeployment', 'k8s:InferenceGraph', 'k8s:ServingRuntime', 'k8s:ClusterServingRuntime',
  'k8s:RayService', 'k8s:TrainedModel', 'terraform:aws_sagemaker_endpoint', 'terraform:google_vertex_ai_endpoint',
  'terraform:google_vertex_ai_endpoint_with_model_garden_deployment', 'terraform:azurerm_machine_learning_online_endpoint',
  'terraform:databricks_model_serving',
] as const;

/** Files that declare a served model: a Triton model repository, a BentoML build, a LangGraph Server graph. */
export const MODEL_SERVING_FILES = ['**/config.pbtxt', '**/bentofile.yaml', '**/langgraph.json'] as const;

/** Images and commands of model servers (compose images, Dockerfile FROM/CMD). */
export const MODEL_SERVER_IMAGE = /(^|\/)(tensorflow\/serving|tritonserver|torchserve|text-generation-inference|vllm-openai|seldon-core|mlserver|kserve)/i;
export const MODEL_SERVER_COMMAND = /\b(tensorflow_model_server|tritonserver|torchserve\s+--start|mlflow\s+models\s+serve|bentoml\s+serve|vllm\s+serve|vllm\.entrypoints|text-generation-launcher|serve\s+run|litserve)\b/;

/** Imports that load or call a model, beyond the catalogue's ML and LLM tools. */
export const MODEL_USE_IMPORTS = [
  'langchain', 'langchain_core', 'langchain_community', 'langchain_openai', 'langchain_anthropic', 'langchain_google_genai',
  'langchain_ollama', 'langchain_huggingface', 'langgraph', 'llama_index', 'haystack', 'onnxruntime', 'tflite_runtime',
  'tritonclient', 'tensorflow_serving', 'mlflow.pyfunc', 'ultralytics', 'spacy', 'gensim', 'prophet', 'timm',
  'torchvision', 'openvino', 'tensorrt', 'fasttext', 'keras', 'sentence_transformers', 'replicate',
] as const;

/**
 * Calls that load or run a model. OCR engines recognise text with trained
 * models (Tesseract's LSTM recogniser, EasyOCR's and PaddleOCR's networks):
 * an endpoint reading an upload with them runs a model.
 */
export const MODEL_USE_CALLS = [
  'joblib.load', '*.predict', '*.predict_proba', '*.load_model', '*.from_pretrained', 'torch.load',
  'onnxruntime.InferenceSession', '*.generate_content',
  'pytesseract.image_to_string', 'pytesseract.image_to_data', 'pytesseract.image_to_boxes', 'pytesseract.image_to_alto_xml', 'pytesseract.image_to_pdf_or_hocr',
  'easyocr.Reader', 'paddleocr.PaddleOCR',
] as const;

/**
 * General-purpose deserialisers: a web app's cache or session store uses
 * them too, so they load a model only where the file names a pickled file
 * or a model (see MODEL_PICKLE_HINT).
 */
export const GENERIC_LOAD_CALLS = ['pickle.load', 'pickle.loads', 'cloudpickle.load', 'cloudpickle.loads', 'dill.load', 'dill.loads'] as const;
/** A string naming a pickled file, or a file or function named for a model. */
export const MODEL_PICKLE_HINT = /\.(pkl|pickle|joblib|sav|dill)\b|(model|clf|classifier|regressor|estimator|predictor|vectori[sz]er|scaler|similarity)[\w-]*\.\w+$/i;
export const MODEL_FUNCTION_HINT = /model|clf|classifier|regressor|estimator|predictor/i;

/** A request to a model server's REST API (TF Serving, KServe v1/v2, Triton, MLflow and SageMaker `/invocations`). */
export const MODEL_SERVER_URL = /\/v[12]\/models\/|:predict\b|\/invocations\b/;

/** Code that describes infrastructure or cloud ML jobs and endpoints (calls or bases, prefix match). */
export const INFRA_CODE_NAMES = [
  'pulumi', 'pulumi_aws', 'pulumi_gcp', 'pulumi_azure_native', 'pulumi_kubernetes', 'aws_cdk', 'cdktf', 'modal.App', 'modal.Stub', 'sagemaker.estimator', 'sagemaker.pytorch', 'sagemaker.tensorflow',
  'sagemaker.sklearn', 'sagemaker.xgboost', 'sagemaker.huggingface', 'sagemaker.model.Model', 'sagemaker.processing',
  'sagemaker.workflow', 'sagemaker.Model', 'sagemaker.Estimator', 'google.cloud.aiplatform.CustomJob',
  'google.cloud.aiplatform.CustomTrainingJob', 'google.cloud.aiplatform.CustomContainerTrainingJob',
  'google.cloud.aiplatform.PipelineJob', 'google.cloud.aiplatform.Endpoint', 'google.cloud.aiplatform.Model.upload',
  'azure.ai.ml.command', 'azure.ai.ml.entities', 'azureml.core.ScriptRunConfig', 'azureml.core.webservice',
  '*.create_training_job', '*.create_endpoint', '*.create_endpoint_config',
] as const;

/**
 * Clients of a managed vector index (Databricks Vector Search's `VectorSearchClient`, the SDK's
 * `vector_search_endpoints`): their `create_endpoint` provisions the index's host for retrieval (rag), as
 * `create_index` does for Pinecone, not a model or application deployment.
 */
export const VECTOR_INDEX_CLIENTS = /(^|\.)(VectorSearchClient|vector_search_endpoints|vector_search)(\(\))?(\.|$)/;

/**
 * Terraform resources of HashiCorp's utility providers (random, local, null, time, tls, archive) and
 * `terraform_data`: they make values, local files and local commands in Terraform's own state, no infrastructure.
 */
export const TERRAFORM_LOCAL_RESOURCES = /^terraform:((random|local|null|time|tls|archive)_\w+|terraform_data)$/;

/** Manifest kinds that are not deployment descriptions (a compose service is containerisation; a Prefect deployment schedules a flow; a compiled Kubeflow pipeline is a pipeline). */
export const NON_INFRA_MANIFESTS = ['compose:service', 'prefect:deployment', 'prefect:scheduled-deployment', 'kfp:pipeline'] as const;
