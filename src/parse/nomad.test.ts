import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { parseNomad } from './nomad.js';

const JOB = text`
  variable "image" {
    type    = string
    default = "app/api:dev"
  }

  job "api" {
    datacenters = ["dc1"]
    type        = "service"

    group "web" {
      count = 2
      network {
        port "http" { to = 8000 }
      }

      task "server" {
        driver = "docker"
        config {
          image = "\${var.image}"
          ports = ["http"]
        }
        template {
          data        = <<EOH
  job "not-a-job" {
  EOH
          destination = "local/env"
        }
      }

      task "sidecar" {
        driver = "exec"
      }
    }
  }
`;

describe('parse/nomad', () => {
  it('reads a job with its tasks and drivers, at the job header', () => {
    expect(parseNomad(JOB, 'deploy/api.nomad.hcl').manifests).toEqual([
      { kind: 'nomad:job', text: '"api" (tasks: server, sidecar; driver docker, exec)', line: 6 },
    ]);
  });

  it('reads every top-level job of a file, and Nomad Pack template labels', () => {
    const two = `${JOB}\njob "worker" {\n  group "g" {\n    task "t" {\n      driver = "raw_exec"\n    }\n  }\n}\n`;
    const pack = 'job [[ template "job_name" . ]] {\n  group "app" {\n    task "app" {\n      driver = "docker"\n    }\n  }\n}\n';

    expect(parseNomad(two, 'jobs.nomad').manifests?.map((m) => m.text)).toEqual([
      '"api" (tasks: server, sidecar; driver docker, exec)',
      '"worker" (tasks: t; driver raw_exec)',
    ]);
    expect(parseNomad(pack, 'packs/app/templates/app.nomad.tpl').manifests?.map((m) => m.text)).toEqual([
      '[[ template "job_name" . ]] (tasks: app; driver docker)',
    ]);
  });

  it('finds no job in agent configuration, Terraform-style HCL, commented-out jobs or a job without tasks', () => {
    expect(parseNomad('client {\n  options {\n    "docker.privileged.enabled" = "true"\n  }\n}\n', 'dev.hcl').manifests).toEqual([]);
    expect(parseNomad('terraform {\n  source = "../modules/vpc"\n}\n', 'terragrunt.hcl').manifests).toEqual([]);
    expect(parseNomad('# job "x" {\n/*\njob "y" {\n  group "g" { task "t" { driver = "docker" } }\n}\n*/\n', 'old.nomad').manifests).toEqual([]);
    expect(parseNomad('job "empty" {\n  datacenters = ["dc1"]\n}\n', 'empty.nomad').manifests).toEqual([]);
  });

  it('reads the JSON form, with or without the Job wrapper', () => {
    const json = JSON.stringify({ Job: { ID: 'api', TaskGroups: [{ Name: 'web', Tasks: [{ Name: 'server', Driver: 'docker' }] }] } }, null, 2);

    expect(parseNomad(json, 'api.nomad.json').manifests).toEqual([{ kind: 'nomad:job', text: '"api" (tasks: server; driver docker)', line: 4 }]);
    expect(parseNomad('{"Name": "x", "TaskGroups": []}', 'x.nomad.json').manifests).toEqual([]);
    expect(parseNomad('{"Job": ', 'x.nomad.json').problems?.[0]).toMatchObject({ kind: 'syntax' });
  });
});
