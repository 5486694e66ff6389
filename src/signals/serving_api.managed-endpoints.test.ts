// serving_api: managed endpoints deployed from code (signals.md), in every
// form the code declares them: AWS CDK (L1 `CfnEndpoint`, the L2 alpha
// construct, the generative-AI constructs), CDK for Terraform, Pulumi, the
// SageMaker, Vertex AI, Azure ML and Databricks SDKs, CloudFormation,
// Terraform and SageMaker request shapes. Held-out slice AM: a CDK construct
// deploying a Hugging Face LLM on the TGI container was missed.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text, yaml } from '../../test/helpers/text.js';
import { servingApi } from './serving_api.js';

const CDK_ENDPOINT = py`
  from aws_cdk import Stack
  from aws_cdk import aws_sagemaker as sagemaker
  from constructs import Construct


  class LlmEndpoint(Stack):
      def __init__(self, scope: Construct, construct_id: str, role_arn: str) -> None:
          super().__init__(scope, construct_id)
          model = sagemaker.CfnModel(
              self, "hf-model",
              execution_role_arn=role_arn,
              primary_container=sagemaker.CfnModel.ContainerDefinitionProperty(
                  image="763104351884.dkr.ecr.eu-west-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.0.1-tgi0.8.2-gpu-py39-cu118-ubuntu20.04",
                  environment={"HF_MODEL_ID": "meta-llama/Llama-2-7b-chat-hf"},
              ),
          )
          config = sagemaker.CfnEndpointConfig(
              self, "config",
              production_variants=[sagemaker.CfnEndpointConfig.ProductionVariantProperty(
                  model_name=model.attr_model_name, variant_name="main", initial_instance_count=1, instance_type="ml.g5.2xlarge",
              )],
          )
          sagemaker.CfnEndpoint(self, "endpoint", endpoint_config_name=config.attr_endpoint_config_name)
`;

describe('signals/serving_api (managed endpoints deployed from code)', () => {
  it('is present for a CDK stack that declares a SageMaker endpoint, cited at the endpoint', async () => {
    const result = await detect(servingApi, { 'deploy/stacks/endpoint.py': CDK_ENDPOINT });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['deploy/stacks/endpoint.py:23']);
  });

  it.each([
    ['the CDK L2 alpha construct', 'infra/stack.py', py`
      import aws_cdk.aws_sagemaker_alpha as sagemaker

      def build(scope, config):
          return sagemaker.Endpoint(scope, "Endpoint", endpoint_config=config)
    `, 'infra/stack.py:4'],
    ['a generative-AI CDK construct', 'infra/llm.py', py`
      from cdklabs.generative_ai_cdk_constructs import JumpStartSageMakerEndpoint, JumpStartModel

      def build(scope):
          return JumpStartSageMakerEndpoint(scope, "Llama", model=JumpStartModel.META_TEXTGENERATION_LLAMA_2_7B_F_2_0_2)
    `, 'infra/llm.py:4'],
    ['a CDK for Terraform SageMaker endpoint', 'infra/main.py', py`
      from cdktf_cdktf_provider_aws.sagemaker_endpoint import SagemakerEndpoint

      def build(scope, config):
          SagemakerEndpoint(scope, "endpoint", endpoint_config_name=config.name)
    `, 'infra/main.py:4'],
    ['a Pulumi SageMaker endpoint', 'infra/__main__.py', py`
      import pulumi_aws as aws

      endpoint = aws.sagemaker.Endpoint("churn", endpoint_config_name="churn-config")
    `, 'infra/__main__.py:3'],
    ['a Pulumi Vertex AI endpoint', 'infra/__main__.py', py`
      from pulumi_gcp import vertex

      endpoint = vertex.AiEndpoint("churn", location="europe-west1", display_name="churn")
    `, 'infra/__main__.py:3'],
    ['a SageMaker SDK model deployed to an endpoint', 'deploy.py', py`
      from sagemaker.huggingface import HuggingFaceModel

      model = HuggingFaceModel(env={"HF_MODEL_ID": "distilbert-base-uncased"}, role="arn", transformers_version="4.26")
      predictor = model.deploy(initial_instance_count=1, instance_type="ml.m5.xlarge")
    `, 'deploy.py:4'],
    ['a boto3 endpoint created from a config', 'deploy.py', py`
      import boto3

      sm = boto3.client("sagemaker")
      sm.create_endpoint(EndpointName="churn", EndpointConfigName="churn-config")
    `, 'deploy.py:4'],
    ['an Azure ML managed online endpoint built in code', 'deploy.py', py`
      from azure.ai.ml.entities import ManagedOnlineEndpoint

      endpoint = ManagedOnlineEndpoint(name="churn", auth_mode="key")
    `, 'deploy.py:3'],
    ['a Vertex AI endpoint from the low-level client', 'deploy.py', py`
      from google.cloud import aiplatform_v1

      client = aiplatform_v1.EndpointServiceClient()
    `, 'deploy.py:3'],
    ['a Databricks serving endpoint', 'deploy.py', py`
      from databricks.sdk import WorkspaceClient

      w = WorkspaceClient()
      w.serving_endpoints.create(name="churn", config=None)
    `, 'deploy.py:4'],
    ['a CloudFormation SageMaker endpoint', 'cfn/endpoint.yaml', yaml`
      AWSTemplateFormatVersion: "2010-09-09"
      Resources:
        Endpoint:
          Type: AWS::SageMaker::Endpoint
          Properties:
            EndpointConfigName: churn-config
    `, 'cfn/endpoint.yaml:3'],
    ['a SageMaker endpoint-config request shape', 'deploy/endpoint_config.yaml', yaml`
      ProductionVariants:
        - ModelName: churn
          VariantName: main
          InstanceType: ml.m5.large
    `, 'deploy/endpoint_config.yaml:1'],
    ['a Terraform SageMaker endpoint', 'infra/main.tf', text`
      resource "aws_sagemaker_endpoint" "churn" {
        endpoint_config_name = aws_sagemaker_endpoint_configuration.churn.name
      }
    `, 'infra/main.tf:1'],
    ['a Terraform Databricks model serving endpoint', 'infra/serving.tf', text`
      resource "databricks_model_serving" "churn" {
        name = "churn"
      }
    `, 'infra/serving.tf:1'],
  ])('is present for %s', async (_, path, content, location) => {
    const result = await detect(servingApi, { [path]: content });

    expect(result.present).toBe(true);
    expect(locations(result)).toContain(location);
  });

  it.each([
    ['a CDK stack with a SageMaker model and endpoint config but no endpoint', 'infra/stack.py', py`
      from aws_cdk import aws_sagemaker as sagemaker

      def build(scope, role_arn, container):
          model = sagemaker.CfnModel(scope, "m", execution_role_arn=role_arn, primary_container=container)
          sagemaker.CfnEndpointConfig(scope, "c", production_variants=[])
    `],
    ['a CDK notebook instance', 'infra/stack.py', py`
      from aws_cdk import aws_sagemaker as sagemaker

      def build(scope, role_arn):
          sagemaker.CfnNotebookInstance(scope, "nb", instance_type="ml.t3.medium", role_arn=role_arn)
    `],
    ['a Pulumi SageMaker notebook instance', 'infra/__main__.py', py`
      import pulumi_aws as aws

      aws.sagemaker.NotebookInstance("nb", role_arn="arn", instance_type="ml.t3.medium")
    `],
    ['the endpoint named only in a comment and a string', 'infra/stack.py', py`
      from aws_cdk import Stack

      # TODO: add a sagemaker.CfnEndpoint for the model
      NOTE = "aws_sagemaker.CfnEndpoint"

      class Empty(Stack):
          pass
    `],
    ['the endpoint described only in the README', 'README.md', text`
      We deploy the model with \`sagemaker.CfnEndpoint\` and \`model.deploy()\` to a SageMaker endpoint.
    `],
    ['a CloudFormation notebook instance', 'cfn/nb.yaml', yaml`
      AWSTemplateFormatVersion: "2010-09-09"
      Resources:
        Notebook:
          Type: AWS::SageMaker::NotebookInstance
          Properties:
            InstanceType: ml.t3.medium
    `],
  ])('is absent for %s', async (_, path, content) => {
    const result = await detect(servingApi, { [path]: content });

    expect(result.present).toBe(false);
  });
});
