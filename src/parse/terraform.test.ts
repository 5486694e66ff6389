import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { parseTerraform } from './terraform.js';

describe('parse/terraform', () => {
  it('reads resources, modules (with their source) and providers, quoted or not', () => {
    const tf = text`
      provider "aws" {
        region = var.region
      }

      resource "aws_sagemaker_endpoint" "serving" {
        name = "churn"
      }

      resource null_resource build {}

      module "registry" {
        source = "./modules/ecr"
      }
    `;

    const { manifests } = parseTerraform(tf, 'infra/main.tf');

    expect(manifests).toEqual([
      { kind: 'terraform:provider:aws', text: 'provider "aws"', line: 1 },
      { kind: 'terraform:aws_sagemaker_endpoint', text: 'resource "aws_sagemaker_endpoint" "serving"', line: 5 },
      { kind: 'terraform:null_resource', text: 'resource "null_resource" "build"', line: 9 },
      { kind: 'terraform:module', text: 'module "registry" (source: ./modules/ecr)', line: 11 },
    ]);
  });

  it('skips comments and heredocs', () => {
    const tf = text`
      # resource "aws_instance" "old" {
      /*
      resource "aws_instance" "older" {
      */
      resource "aws_iam_policy" "p" {
        policy = <<EOF
      resource "not" "real" {
      EOF
      }
    `;

    const { manifests } = parseTerraform(tf, 'main.tf');

    expect(manifests?.map((m) => [m.kind, m.line])).toEqual([['terraform:aws_iam_policy', 5]]);
  });

  it('reads the JSON syntax', () => {
    const json = '{\n  "resource": {\n    "google_vertex_ai_endpoint": {\n      "ep": {}\n    }\n  },\n  "module": [{ "net": { "source": "./net" } }]\n}\n';

    const { manifests } = parseTerraform(json, 'main.tf.json');

    expect(manifests).toEqual([
      { kind: 'terraform:google_vertex_ai_endpoint', text: 'resource "google_vertex_ai_endpoint" "ep"', line: 3 },
      { kind: 'terraform:module', text: 'module "net"', line: 7 },
    ]);
  });

  it('reports invalid JSON and reads garbage HCL without facts', () => {
    expect(parseTerraform('{ nope', 'main.tf.json').problems).toEqual([expect.objectContaining({ path: 'main.tf.json', kind: 'syntax' })]);
    expect(parseTerraform('}}} {{{ "resource"\n\u0000', 'main.tf')).toEqual({ manifests: [] });
  });
});
