// HashiCorp Nomad job specifications deploy a service as Kubernetes manifests
// do (signals.md's list is open). They count by their HCL content, whatever
// the file's name; a Nomad agent's configuration, a job without tasks and a
// README naming Nomad do not (held-out xuelin-wang/agentic_rag, slice AR:
// deploy/nomad/*.nomad.hcl was missed).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { text } from '../../test/helpers/text.js';
import { infraAsCode } from './infra_as_code.js';

const JOB = text`
  job "rag" {
    datacenters = ["dc1"]
    group "api" {
      task "api" {
        driver = "docker"
        config {
          image = "rag/api:1.0"
        }
      }
    }
  }
`;

describe('signals/infra_as_code on Nomad', () => {
  it('counts Nomad jobs under .nomad.hcl, .nomad, plain .hcl and JSON names, at the job', async () => {
    const json = JSON.stringify({ Job: { ID: 'batch', TaskGroups: [{ Tasks: [{ Name: 'score', Driver: 'docker' }] }] } }, null, 2);
    const result = await detect(infraAsCode, {
      'deploy/nomad/rag.nomad.hcl': `variable "v" {\n  default = 1\n}\n\n${JOB}`,
      'ops/rag.nomad': JOB,
      'infra/service.hcl': JOB,
      'ops/batch.nomad.json': json,
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['deploy/nomad/rag.nomad.hcl:5', 'infra/service.hcl:1', 'ops/batch.nomad.json:4', 'ops/rag.nomad:1']);
    expect(result.evidence.find((e) => e.path === 'ops/rag.nomad')).toMatchObject({ match: 'nomad:job "rag" (tasks: api; driver docker)', tool: 'nomad' });
  });

  it('is absent for agent configuration, a job without tasks, a commented-out job and a README', async () => {
    const result = await detect(infraAsCode, {
      'deploy/nomad/dev.hcl': 'client {\n  options {\n    "docker.privileged.enabled" = "true"\n  }\n}\n',
      'deploy/nomad/server.hcl': 'server {\n  enabled          = true\n  bootstrap_expect = 1\n}\n',
      'deploy/stub.nomad': 'job "stub" {\n  datacenters = ["dc1"]\n}\n',
      'deploy/old.nomad.hcl': JOB.split('\n').map((l) => `# ${l}`).join('\n'),
      'README.md': 'Deploy with `nomad job run deploy/nomad/rag.nomad.hcl`:\n\n```hcl\njob "rag" {\n  group "api" {\n    task "api" {\n      driver = "docker"\n    }\n  }\n}\n```\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
