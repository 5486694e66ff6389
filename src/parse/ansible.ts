// Ansible (https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html):
// a playbook is a YAML list of plays, each a mapping with `hosts:` and
// `tasks:` (or `roles:`, `pre_tasks:`, `post_tasks:`, `handlers:`); a role
// keeps its tasks in `roles/<role>/tasks/*.yml` and `roles/<role>/handlers/*.yml`,
// lists of tasks. A task is a mapping whose module is one of its keys
// (`gcp_compute_instance:`, `community.docker.docker_compose:`), and `block:`,
// `rescue:` and `always:` hold further tasks.
//
// Only tasks that provision cloud resources or deploy a service are facts,
// `ansible:<module>`: the cloud collections' modules (Google Cloud, AWS,
// Azure, DigitalOcean, Hetzner, OpenStack, Linode, OCI), Kubernetes objects
// and Helm releases, containers and compose or swarm stacks started, and
// `command:`/`shell:` tasks that bring a stack up (`docker compose up`,
// `docker stack deploy`, `kubectl apply`, `helm upgrade --install`). A
// playbook that installs packages, copies files or starts system services
// gives none; nor do the modules that only read (`*_info`, `*_facts`) or
// move data (`s3_object`, `gcp_storage_object`, `azure_rm_storageblob`),
// or build and pull images (`docker_image`).
import type { Node } from 'yaml';
import type { ManifestFact } from './types.js';
import { entries, entry, get, has, isMapNode, items, str } from './yaml-nodes.js';
import type { YamlEntry, YamlFile } from './yaml-nodes.js';

/** The keys of a play that hold its tasks and roles (https://docs.ansible.com/ansible/latest/reference_appendices/playbooks_keywords.html#play). */
const PLAY_TASK_KEYS = ['pre_tasks', 'tasks', 'post_tasks', 'handlers'] as const;
const PLAY_BODY_KEYS = [...PLAY_TASK_KEYS, 'roles'];
/** Task keys that hold further tasks. */
const BLOCK_KEYS = ['block', 'rescue', 'always'];
/** A role's task and handler files. */
const ROLE_TASKS_FILE = /(^|\/)roles\/[^/]+\/(tasks|handlers)\/[^/]+\.ya?ml$/i;
const MAX_BLOCK_DEPTH = 5;

/** Collections whose modules create or change cloud resources, by collection name. */
const CLOUD_COLLECTIONS = new Set([
  'google.cloud', 'amazon.aws', 'community.aws', 'azure.azcollection', 'community.digitalocean', 'hetzner.hcloud',
  'openstack.cloud', 'linode.cloud', 'oracle.oci',
]);
/** Modules of other collections that deploy: Kubernetes objects, Helm releases, containers and stacks, Terraform runs. */
const DEPLOY_MODULES: Readonly<Record<string, readonly string[]>> = {
  'kubernetes.core': ['k8s', 'helm'],
  'community.kubernetes': ['k8s', 'helm'],
  'community.docker': ['docker_compose', 'docker_compose_v2', 'docker_container', 'docker_stack', 'docker_swarm_service'],
  'community.general': ['docker_compose', 'docker_container', 'docker_stack', 'docker_swarm_service', 'terraform', 'digital_ocean_droplet'],
};
/**
 * Short module names (the collection left out) of the same modules: Google
 * Cloud `gcp_*`, Azure `azure_rm_*`, DigitalOcean, Hetzner, the AWS modules
 * that create instances, networks, clusters, functions, buckets and stacks,
 * Kubernetes, Helm, containers and stacks.
 */
const SHORT_DEPLOY_MODULE =
  /^(?:gcp_\w+|azure_rm_\w+|digital_ocean_\w+|hcloud_\w+|linode_v4|os_server|ec2(?:_\w+)?|s3_bucket|s3_website|rds_\w+|lambda(?:_\w+)?|iam_role|ecs_\w+|ecr(?:_\w+)?|eks_\w+|elb_\w+|route53(?:_\w+)?|autoscaling_group|cloudformation|cloudfront_distribution|elasticache\w*|efs|sqs_queue|sns_topic|k8s|helm|docker_compose(?:_v2)?|docker_container|docker_stack|docker_swarm_service|terraform)$/;
/** Modules that only read (`gcp_compute_instance_info`, `ec2_metadata_facts`) or move data rather than provision. */
const NOT_PROVISIONING = /(?:_info|_facts)$|^(?:s3_object|aws_s3|s3_sync|gcp_storage_object|azure_rm_storageblob)$/;
/** Modules that run a command, and the commands among theirs that bring a service up. */
const COMMAND_MODULES = new Set(['command', 'shell', 'ansible.builtin.command', 'ansible.builtin.shell', 'ansible.legacy.command', 'ansible.legacy.shell']);
const DEPLOY_COMMAND =
  /\bdocker[- ]compose\b[^;&|\n]*\sup\b|\bdocker\s+stack\s+deploy\b|\bkubectl\s+(?:apply|create)\b|\bhelm\s+(?:install|upgrade)\b/;

/**
 * Deploying tasks of a playbook or a role's task file at `path`, one fact
 * each: kind `ansible:<module>`, text `task: <name>` (the command for a
 * command task), at the module's line. [] for any other YAML list.
 */
export function ansibleTasks(file: YamlFile, root: Node, path: string): ManifestFact[] {
  const entriesOf = items(file, root);
  if (ROLE_TASKS_FILE.test(path)) return tasksOf(file, entriesOf, 0);
  const plays = entriesOf.filter((play) => has(file, play, 'hosts') && PLAY_BODY_KEYS.some((k) => has(file, play, k)));
  return plays.flatMap((play) => PLAY_TASK_KEYS.flatMap((k) => tasksOf(file, items(file, get(file, play, k)), 0)));
}

function tasksOf(file: YamlFile, tasks: Node[], depth: number): ManifestFact[] {
  const out: ManifestFact[] = [];
  for (const task of tasks) {
    if (!isMapNode(file, task)) continue;
    const nested = BLOCK_KEYS.map((k) => entry(file, task, k)).filter((e): e is YamlEntry => e !== undefined);
    if (nested.length > 0) {
      if (depth < MAX_BLOCK_DEPTH) for (const e of nested) out.push(...tasksOf(file, items(file, e.value), depth + 1));
      continue;
    }
    const name = str(file, get(file, task, 'name'));
    for (const e of entries(file, task)) {
      const fact = deployingModule(file, e, name);
      if (fact) {
        out.push(fact);
        break;
      }
    }
  }
  return out;
}

function deployingModule(file: YamlFile, e: YamlEntry, name: string | undefined): ManifestFact | undefined {
  const label = name ? `task: ${name}` : 'task';
  if (COMMAND_MODULES.has(e.key)) {
    const command = str(file, e.value) ?? str(file, get(file, e.value, 'cmd'));
    const deploy = command === undefined ? undefined : DEPLOY_COMMAND.exec(command);
    return deploy ? { kind: `ansible:${e.key}`, text: `${label} (${command?.trim()})`, line: e.line } : undefined;
  }
  return isDeployModule(e.key) ? { kind: `ansible:${e.key}`, text: label, line: e.line } : undefined;
}

/** `google.cloud.gcp_compute_instance`, `kubernetes.core.k8s`, `docker_container`, ...: a module that provisions or deploys. */
export function isDeployModule(key: string): boolean {
  const parts = key.split('.');
  const module = parts[parts.length - 1];
  if (NOT_PROVISIONING.test(module)) return false;
  if (parts.length === 1) return SHORT_DEPLOY_MODULE.test(module);
  if (parts.length !== 3) return false;
  const collection = `${parts[0]}.${parts[1]}`;
  return CLOUD_COLLECTIONS.has(collection) || (DEPLOY_MODULES[collection]?.includes(module) ?? false);
}
