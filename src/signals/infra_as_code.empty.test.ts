import { describe, expect, it } from 'vitest';
import { detect, factsOf, locations, scanToolsOf } from '../../test/helpers/repo.js';
import { infraAsCode } from './infra_as_code.js';

// signals.md: an empty Dockerfile is not a container; likewise a deployment file that describes nothing
// (empty, only whitespace or comments, Terraform without resource or module blocks, a chart of empty templates)
// is not deployment described as code, whatever its name.
describe('signals/infra_as_code on files that describe nothing', () => {
  it('is absent for empty and whitespace-only Terraform files', async () => {
    const result = await detect(infraAsCode, {
      'src/terraform/main.tf': '',
      'src/terraform/modules/ec2/api_server/main.tf': '',
      'src/terraform/modules/ec2/api_server/outputs.tf': '\n  \n',
      'src/terraform/modules/vpc/variables.tf.json': '{}\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for Terraform of comments only, and of variables, outputs and providers without a resource', async () => {
    const result = await detect(infraAsCode, {
      'infra/main.tf': '# resource "aws_instance" "api" {\n#   ami = "ami-123"\n# }\n/* module "vpc" {\n  source = "./vpc"\n} */\n// TODO\n',
      'infra/variables.tf': 'variable "region" {\n  default = "eu-west-1"\n}\n',
      'infra/outputs.tf': 'output "ip" {\n  value = var.region\n}\n',
      'infra/provider.tf': 'terraform {\n  required_version = ">= 1.5"\n}\n\nprovider "aws" {\n  region = var.region\n}\n',
      'terragrunt.hcl': '# filled in later\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is present for a real resource, cited at its block; the empty files beside it are not cited', async () => {
    const result = await detect(infraAsCode, {
      'infra/main.tf': '# the API server\nresource "aws_instance" "api" {\n  ami = "ami-123"\n}\n',
      'infra/outputs.tf': '',
      'infra/variables.tf': 'variable "region" {}\n',
      'infra/network/main.tf': '  \n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['infra/main.tf:2']);
  });

  it('is absent for empty Kubernetes YAML, a comment-only kustomization and an empty fly.toml', async () => {
    const result = await detect(infraAsCode, {
      'k8s/deployment.yaml': '',
      'k8s/service.yaml': '---\n# kind: Service\n---\n',
      'k8s/kustomization.yaml': '# resources:\n#   - deployment.yaml\n',
      'fly.toml': '\n',
      'skaffold.yaml': '',
      'serverless.yml': '# service: api\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a Helm chart whose templates are empty (a partial and NOTES.txt render no object)', async () => {
    const result = await detect(infraAsCode, {
      'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
      'charts/api/values.yaml': 'replicaCount: 1\n',
      'charts/api/templates/deployment.yaml': '',
      'charts/api/templates/service.yaml': '{{/* to do:\n  a Service */}}\n# nothing yet\n',
      'charts/api/templates/_helpers.tpl': '{{- define "api.name" -}}api{{- end }}\n',
      'charts/api/templates/NOTES.txt': 'Thanks for installing.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is present for a Helm chart with a template, or one that installs a dependency chart', async () => {
    const result = await detect(infraAsCode, {
      'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
      'charts/api/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n',
      'spark/Chart.yaml': 'apiVersion: v2\nname: spark\nversion: 0.1.0\ndependencies:\n  - name: spark-operator\n    version: 1.1.27\n    repository: https://example.org/charts\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['charts/api/Chart.yaml:2', 'charts/api/templates/deployment.yaml:2', 'spark/Chart.yaml:5']);
  });

  it('marks only files of nothing but whitespace and comments as blank', async () => {
    const facts = await factsOf({
      'a.tf': '// x\n/* y\n z */  # w\n',
      'b.tf': '/* x */ resource "aws_s3_bucket" "b" {}\n',
      'c.yaml': '--- # first\n...\n',
      'd.yaml': 'a: 1\n',
      'e.json': ' [ ] ',
      'f.json': '{"a": 1}',
      'g.toml': '# app = "x"\n',
      'h.bicep': '// param location string\n',
      'i.py': '',
    });

    expect(facts.filter((f) => f.blank).map((f) => f.path).sort()).toEqual(['a.tf', 'c.yaml', 'e.json', 'g.toml', 'h.bicep']);
  });

  it('does not list a tool as used for its blank config files alone', async () => {
    const tools = await scanToolsOf({ 'infra/main.tf': '', 'infra/vars.tf': '# none\n', 'app.py': 'print(1)\n' });

    expect(tools.find((t) => t.tool === 'terraform')).toBeUndefined();
  });
});
