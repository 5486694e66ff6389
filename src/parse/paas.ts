// Platform-as-a-service deploy specs, which describe a deployment the way
// fly.toml and render.yaml do: what is built or run, as which processes or
// services, on the platform. Each counts only with the part that deploys
// something; an empty file, or one with only names and settings, is no spec.
// - Heroku `heroku.yml` (https://devcenter.heroku.com/articles/build-docker-images-heroku-yml):
//   a `build:` of Docker images or a `run:` of processes; and Heroku's `app.json`
//   (https://devcenter.heroku.com/articles/app-json-schema) with a `formation`,
//   `addons` or `buildpacks`. A Procfile alone names commands and is not read here.
// - DigitalOcean App Platform app specs (https://docs.digitalocean.com/products/app-platform/reference/app-spec/),
//   `.do/app.yaml` and `.do/deploy.template.yaml` (the spec under `spec:`): services,
//   workers, jobs, static sites or functions with a source or a run command;
//   elsewhere only with App Platform's own `instance_size_slug` or `environment_slug`.
// - Porter `porter.yaml` v2 (https://docs.porter.run/applications/configuration-as-code/reference): services.
// - AWS App Runner `apprunner.yaml` (https://docs.aws.amazon.com/apprunner/latest/dg/config-file-ref.html):
//   a runtime and how it is run.
// - Cloud Foundry `manifest.yml` (https://docs.cloudfoundry.org/devguide/deploy-apps/manifest-attributes.html):
//   applications with their memory, instances, buildpacks, command or image.
// - Paperspace (Gradient) deployment specs: a container `image` run on `resources` with an
//   `instanceType` (and replicas, autoscaling), whatever the file's name.
// - Netlify `netlify.toml` (https://docs.netlify.com/configure-builds/file-based-configuration/) and Vercel
//   `vercel.json` (https://vercel.com/docs/project-configuration): only where they deploy server code, Netlify's
//   functions (`[functions]`, `[build] functions`, `[[edge_functions]]`) or Vercel's builds with a runtime other than
//   `@vercel/static` and its `functions`; a static site's build, redirects and headers deploy no service.
import type { Node } from 'yaml';
import { loadToml } from './load.js';
import { lineIndex } from './text-lines.js';
import type { FileFacts, ManifestFact } from './types.js';
import { entries, entry, get, has, isMapNode, items, str } from './yaml-nodes.js';
import type { YamlFile } from './yaml-nodes.js';

const DO_COMPONENTS = ['services', 'workers', 'jobs', 'static_sites', 'functions'];
/** Keys of an App Platform component that give what it deploys. */
const DO_SOURCE_KEYS = ['github', 'gitlab', 'git', 'image', 'dockerfile_path', 'source_dir', 'run_command', 'build_command', 'environment_slug', 'instance_size_slug'];
/** Keys only App Platform components have. */
const DO_OWN_KEYS = ['instance_size_slug', 'environment_slug'];
/** Keys of a Cloud Foundry application that say how it is deployed (`name`, `path` and `routes` alone do not). */
const CF_APP_KEYS = ['memory', 'instances', 'buildpacks', 'buildpack', 'disk_quota', 'docker', 'stack', 'command', 'health-check-type', 'random-route', 'no-route', 'processes'];

/** PaaS deploy specs of one YAML document at `path`. */
export function paasManifests(file: YamlFile, root: Node, path: string): ManifestFact[] {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (/^heroku\.ya?ml$/i.test(base)) return heroku(file, root);
  if (/^porter\.ya?ml$/i.test(base)) return porter(file, root);
  if (/^apprunner\.ya?ml$/i.test(base)) return appRunner(file, root);
  if (/^manifest[\w.-]*\.ya?ml$/i.test(base)) {
    const cf = cloudFoundry(file, root);
    if (cf.length > 0) return cf;
  }
  const paperspace = paperspaceDeployment(file, root);
  if (paperspace.length > 0) return paperspace;
  return digitalOcean(file, root, /(^|\/)\.do\//.test(path));
}

/** A Paperspace deployment spec: a container image run on an instance type the spec names (`resources.instanceType`). */
function paperspaceDeployment(file: YamlFile, root: Node): ManifestFact[] {
  const image = entry(file, root, 'image');
  const resources = get(file, root, 'resources');
  const instance = str(file, get(file, resources, 'instanceType'));
  if (!image || !str(file, image.value) || !instance) return [];
  const name = str(file, get(file, root, 'name'));
  return [{ kind: 'paperspace', text: `Paperspace deployment${name ? ` ${name}` : ''} on ${instance}`, line: image.line }];
}

function heroku(file: YamlFile, root: Node): ManifestFact[] {
  const out: ManifestFact[] = [];
  const build = entry(file, root, 'build');
  const images = entries(file, get(file, build?.value, 'docker'));
  if (build && images.length > 0) out.push({ kind: 'heroku', text: `build: docker (${images.map((e) => e.key).join(', ')})`, line: build.line });
  const run = entry(file, root, 'run');
  const processes = entries(file, run?.value);
  if (run && processes.length > 0) out.push({ kind: 'heroku', text: `run: ${processes.map((e) => e.key).join(', ')}`, line: run.line });
  return out;
}

function porter(file: YamlFile, root: Node): ManifestFact[] {
  const version = str(file, get(file, root, 'version'));
  const services = entry(file, root, 'services');
  const deployed = items(file, services?.value).filter((s) => has(file, s, 'run') || has(file, s, 'type'));
  if (!services || !version?.startsWith('v') || deployed.length === 0) return [];
  const name = str(file, get(file, root, 'name'));
  return [{ kind: 'porter', text: `porter app${name ? ` ${name}` : ''}: ${deployed.length} service(s)`, line: services.line }];
}

function appRunner(file: YamlFile, root: Node): ManifestFact[] {
  const runtime = entry(file, root, 'runtime');
  const run = entry(file, root, 'run');
  if (!runtime || !run || !isMapNode(file, run.value)) return [];
  return [{ kind: 'apprunner', text: `App Runner runtime ${str(file, runtime.value) ?? ''}`.trim(), line: runtime.line }];
}

function cloudFoundry(file: YamlFile, root: Node): ManifestFact[] {
  const apps = entry(file, root, 'applications');
  const deployed = items(file, apps?.value).filter((a) => has(file, a, 'name') && CF_APP_KEYS.some((k) => has(file, a, k)));
  if (!apps || deployed.length === 0) return [];
  const names = deployed.map((a) => str(file, get(file, a, 'name')) ?? '').filter((n) => n !== '');
  return [{ kind: 'cloudfoundry', text: `Cloud Foundry applications: ${names.join(', ')}`, line: apps.line }];
}

function digitalOcean(file: YamlFile, root: Node, inDoFolder: boolean): ManifestFact[] {
  // A deploy template (`.do/deploy.template.yaml`) holds the app spec under `spec:`.
  const spec = isMapNode(file, get(file, root, 'spec')) ? get(file, root, 'spec') : root;
  const out: ManifestFact[] = [];
  for (const key of DO_COMPONENTS) {
    const list = entry(file, spec, key);
    for (const component of items(file, list?.value)) {
      const name = str(file, get(file, component, 'name'));
      const keys = inDoFolder ? DO_SOURCE_KEYS : DO_OWN_KEYS;
      if (!name || !keys.some((k) => has(file, component, k))) continue;
      out.push({ kind: 'digitalocean:app', text: `App Platform ${key.replace(/s$/, '')} ${name}`, line: entry(file, component, 'name')?.line ?? list?.line ?? 1 });
    }
  }
  return out;
}

/** Heroku's `app.json` with a formation, add-ons or buildpacks: the app as the platform sets it up. */
export function parseHerokuAppJson(text: string): Partial<FileFacts> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return {};
  const record = doc as Record<string, unknown>;
  const formation = record.formation;
  const parts = [
    typeof formation === 'object' && formation !== null && Object.keys(formation).length > 0 ? 'formation' : undefined,
    Array.isArray(record.addons) && record.addons.length > 0 ? 'addons' : undefined,
    Array.isArray(record.buildpacks) && record.buildpacks.length > 0 ? 'buildpacks' : undefined,
  ].filter((p): p is string => p !== undefined);
  if (parts.length === 0) return {};
  const at = new RegExp(`"${parts[0]}"\\s*:`).exec(text);
  const line = at ? lineIndex(text)(at.index) : 1;
  return { manifests: [{ kind: 'heroku', text: `Heroku app.json ${parts.join(', ')}`, line }] };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The line of the first `pattern` in `text` (1 when absent). */
function lineOf(text: string, pattern: RegExp): number {
  const at = pattern.exec(text);
  return at ? lineIndex(text)(at.index) : 1;
}

/** `netlify.toml` that deploys functions (server code), at the setting that says where they are. */
export function parseNetlifyToml(text: string, path: string): Partial<FileFacts> {
  const { data } = loadToml(text, path);
  if (!isRecord(data)) return {};
  const build = isRecord(data.build) ? data.build : {};
  const functions = isRecord(data.functions) ? data.functions : undefined;
  const dir = typeof build.functions === 'string' ? build.functions : typeof functions?.directory === 'string' ? functions.directory : undefined;
  const edge = Array.isArray(data.edge_functions) && data.edge_functions.length > 0;
  if (dir === undefined && functions === undefined && !edge) return {};
  const line = dir !== undefined ? lineOf(text, /^\s*(functions|directory)\s*=/m) : lineOf(text, edge ? /^\s*\[\[edge_functions\]\]/m : /^\s*\[functions/m);
  return { manifests: [{ kind: 'netlify', text: dir !== undefined ? `Netlify functions in ${dir}` : edge ? 'Netlify edge functions' : 'Netlify functions', line }] };
}

/** `vercel.json` that deploys server code: builds with a runtime other than static files, or `functions`. */
export function parseVercelJson(text: string): Partial<FileFacts> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isRecord(doc)) return {};
  const runtimes = (Array.isArray(doc.builds) ? doc.builds : [])
    .map((b) => (isRecord(b) && typeof b.use === 'string' ? b.use : ''))
    .filter((use) => use !== '' && !/^@vercel\/static(-build)?$|^@now\/static$/.test(use));
  if (runtimes.length > 0) return { manifests: [{ kind: 'vercel', text: `Vercel build ${runtimes.join(', ')}`, line: lineOf(text, /"use"\s*:/) }] };
  if (isRecord(doc.functions) && Object.keys(doc.functions).length > 0) {
    return { manifests: [{ kind: 'vercel', text: `Vercel functions ${Object.keys(doc.functions).join(', ')}`, line: lineOf(text, /"functions"\s*:/) }] };
  }
  return {};
}
