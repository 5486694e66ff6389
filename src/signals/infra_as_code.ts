// signals.md › infra_as_code: deployment is described as code: Kubernetes manifests (kind: Deployment etc.), Helm charts, Terraform, Pulumi, AWS CDK/SAM/Serverless, SageMaker or Vertex AI job/endpoint definitions, Modal apps, s...
import { defineDetector } from './define.js';

export const infraAsCode = defineDetector({
  id: 'infra_as_code',
  area: 'deployment',
});
