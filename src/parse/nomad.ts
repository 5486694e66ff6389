// HashiCorp Nomad job specifications (https://developer.hashicorp.com/nomad/docs/job-specification):
// `job "name" { group "g" { task "t" { driver = "docker" ... } } }`, read by
// content whatever the HCL file is named (`*.nomad`, `*.nomad.hcl`, `*.hcl`,
// Nomad Pack and Levant templates `*.nomad.tpl`), and the JSON form
// (`{"Job": {"TaskGroups": [{"Tasks": [...]}]}}`, `*.nomad.json`). Like a
// Kubernetes Deployment, a job with tasks describes how the service runs. A
// Nomad agent's own configuration (`client {}`, `server {}`) is no job.
// HCL is scanned by lines with terraform.ts's rules (comments, heredocs);
// brace depth tells a top-level `job` block from a nested one.
import { HEREDOC, stripBlockComments } from './terraform.js';
import type { FileFacts, ManifestFact, Problem } from './types.js';

/** A block header; the label is a string, a bare word or a Nomad Pack template (`job [[ template "name" . ]] {`). */
const BLOCK = /^\s*(job|group|task)\s+("[^"]*"|\[\[.*?\]\]|[\w-]+)\s*\{/;
const DRIVER = /^\s*driver\s*=\s*"([^"]*)"/;
/** Quoted strings (their `${...}` braces are no blocks). */
const STRING = /"(?:[^"\\]|\\.)*"/g;

interface OpenJob {
  /** The label as written (`"api"`, `[[ template "job_name" . ]]`). */
  label: string;
  line: number;
  tasks: string[];
  drivers: string[];
}

export function parseNomad(text: string, path: string): Partial<FileFacts> {
  return /\.json$/i.test(path) ? parseNomadJson(text, path) : { manifests: scanJobs(text) };
}

function scanJobs(text: string): ManifestFact[] {
  const lines = text.split('\n');
  const out: ManifestFact[] = [];
  let heredoc: string | undefined;
  let inComment = false;
  let depth = 0;
  let job: OpenJob | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (heredoc !== undefined) {
      if (lines[i].trim() === heredoc) heredoc = undefined;
      continue;
    }
    const line = stripBlockComments(lines[i], inComment);
    inComment = line.inComment;
    heredoc = HEREDOC.exec(line.text)?.[1];
    const header = BLOCK.exec(line.text);
    if (header?.[1] === 'job' && depth === 0) job = { label: header[2], line: i + 1, tasks: [], drivers: [] };
    else if (header?.[1] === 'task' && job) job.tasks.push(unquote(header[2]));
    const driver = job && DRIVER.exec(line.text)?.[1];
    if (job && driver && !job.drivers.includes(driver)) job.drivers.push(driver);
    depth = Math.max(0, depth + braceBalance(line.text));
    if (job && depth === 0 && !header) {
      pushJob(out, job);
      job = undefined;
    }
  }
  if (job) pushJob(out, job);
  return out;
}

/** A job counts with its tasks: what it runs. */
function pushJob(out: ManifestFact[], job: OpenJob): void {
  if (job.tasks.length === 0) return;
  const drivers = job.drivers.length > 0 ? `; driver ${job.drivers.join(', ')}` : '';
  out.push({ kind: 'nomad:job', text: `${job.label} (tasks: ${job.tasks.join(', ')}${drivers})`, line: job.line });
}

/** `{` minus `}` outside strings and line comments. */
function braceBalance(line: string): number {
  const code = line.replace(STRING, '""').replace(/(#|\/\/).*$/, '');
  let n = 0;
  for (const ch of code) {
    if (ch === '{') n++;
    else if (ch === '}') n--;
  }
  return n;
}

function unquote(label: string): string {
  return label.startsWith('"') ? label.slice(1, -1) : label;
}

function parseNomadJson(text: string, path: string): Partial<FileFacts> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const problems: Problem[] = [{ path, kind: 'syntax', message: `JSON: ${(err as Error).message}` }];
    return { manifests: [], problems };
  }
  const root = asObject(doc);
  const spec = asObject(root.Job ?? root);
  const tasks = asList(spec.TaskGroups).flatMap((g) => asList(g.Tasks));
  const label = JSON.stringify(String(spec.Name ?? spec.ID ?? ''));
  if (tasks.length === 0) return { manifests: [] };
  const at = text.indexOf('"TaskGroups"');
  const line = at === -1 ? 1 : text.slice(0, at).split('\n').length;
  const job: OpenJob = { label, line, tasks: tasks.map((t) => String(t.Name ?? '')), drivers: [] };
  for (const t of tasks) if (typeof t.Driver === 'string' && !job.drivers.includes(t.Driver)) job.drivers.push(t.Driver);
  const out: ManifestFact[] = [];
  pushJob(out, job);
  return { manifests: out };
}

function asList(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map(asObject) : [];
}

function asObject(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
