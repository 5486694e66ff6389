// Ansible does Terraform's job when its plays provision cloud resources or
// deploy the service (signals.md's list is open): cloud collections' modules,
// Kubernetes objects and Helm releases, containers and compose stacks started,
// in a playbook or a role's tasks. A playbook that only installs packages,
// modules that only read, commented-out tasks and YAML lists that are no
// plays are not (held-out slice AC: GCP instances and compose deploys by
// Ansible missed; held-out bkt92/bkt_mlops: Docker installed only, absent).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { text, yaml } from '../../test/helpers/text.js';
import { infraAsCode } from './infra_as_code.js';

describe('signals/infra_as_code on Ansible', () => {
  it('counts plays that create cloud resources, by full or short module name, at the module', async () => {
    const result = await detect(infraAsCode, {
      'ops/provision.yml': yaml`
        - name: Provision the scoring VM
          hosts: localhost
          gather_facts: false
          tasks:
            - name: Reserve an address
              google.cloud.gcp_compute_address:
                name: scorer-ip
                region: europe-west4
              register: address
            - name: Create the VM
              gcp_compute_instance:
                name: scorer
                machine_type: n2-standard-4
                zone: europe-west4-a
      `,
      'ops/aws.yaml': yaml`
        - hosts: localhost
          connection: local
          tasks:
            - amazon.aws.ec2_instance:
                name: trainer
                instance_type: g5.xlarge
            - name: Container group
              azure_rm_containerinstance:
                resource_group: ml
                name: api
      `,
    });

    expect(locations(result)).toEqual(['ops/aws.yaml:4', 'ops/aws.yaml:8', 'ops/provision.yml:6', 'ops/provision.yml:11']);
    expect(result.evidence.every((e) => e.tool === 'ansible')).toBe(true);
  });

  it('counts deploys: Helm in a block, a role task starting a container, a compose stack brought up by a command', async () => {
    const result = await detect(infraAsCode, {
      'site.yml': yaml`
        - hosts: k8s_admin
          roles:
            - api
          tasks:
            - block:
                - name: Release the model server
                  kubernetes.core.helm:
                    name: model-server
                    chart_ref: ./charts/model-server
                    release_namespace: ml
              rescue:
                - ansible.builtin.debug:
                    msg: failed
      `,
      'roles/api/tasks/main.yml': yaml`
        - name: Pull the image
          community.docker.docker_image:
            name: someone/api
            source: pull
        - name: Run the API
          community.docker.docker_container:
            name: api
            image: someone/api
            ports: ["8000:8000"]
      `,
      'deploy/servers.yml': yaml`
        - name: Bring the stack up
          hosts: servers
          become: true
          tasks:
            - name: Compose up
              ansible.builtin.shell: docker compose -f /srv/app/docker-compose.yml up -d
      `,
    });

    expect(locations(result)).toEqual(['deploy/servers.yml:6', 'roles/api/tasks/main.yml:6', 'site.yml:7']);
  });

  it('leaves playbooks that install packages, read facts, test Docker or keep deploys commented out absent', async () => {
    const result = await detect(infraAsCode, {
      'setup/laptop.yml': yaml`
        - name: Set up my laptop
          hosts: localhost
          connection: local
          become: true
          tasks:
            - name: Packages
              apt:
                pkg: [python3-pip, docker-ce, docker-compose-plugin]
                update_cache: true
            - name: Docker running
              service:
                name: docker
                state: started
            - name: Check Docker
              command: docker run --rm hello-world
            - name: Compose version
              shell: docker compose version
            - name: Tools
              pip:
                name: [ansible, kubernetes]
            # - name: Run the server
            #   command: docker-compose up -d
      `,
      'ops/inventory.yml': yaml`
        - hosts: localhost
          tasks:
            - name: List instances
              google.cloud.gcp_compute_instance_info:
                zone: europe-west4-a
            - name: Read EC2 metadata
              ec2_metadata_facts:
            - name: Upload the model
              amazon.aws.s3_object:
                bucket: models
                object: model.pkl
                src: model.pkl
                mode: put
      `,
      'benchmarks/tasks.yaml': yaml`
        - name: summarisation
          helm: true
          k8s: 3
        - name: qa
          helm: false
      `,
      'README.md': text`
        Deploy with Ansible: \`ansible-playbook deploy.yml\` runs \`gcp_compute_instance\` and
        \`community.docker.docker_compose\` on the server.
      `,
    });

    expect(result.present).toBe(false);
  });
});
