// The container images a repository builds, for the tasks of an orchestrator
// (lib/task-targets.ts): one per Dockerfile folder, with compose services and
// `docker build -t` commands merged in, each with the names it is tagged
// with, the words that describe it and the commands it runs.
// An image is matched to what builds it: exactly (a tag `docker build -t`
// gives, a compose service's image or name), else by the words its name
// shares with one Dockerfile's folder, file name or the script its CMD runs
// (`laptop_ml_train` → `i2_machine_learning/Dockerfile`, CMD `python -m
// train`), the single best match only. An image the repository does not
// build (`python:3.11`, `bitnami/spark`, the FROM of one of its Dockerfiles)
// is no target.
import type { FileFacts } from '../../parse/types.js';
import type { DetectContext } from '../context.js';
import { basename, cdInto, pythonTarget } from './command-words.js';
import { shellCommands } from './shell.js';

/** An image the repository builds: its folder, the names it is tagged with, the words that describe it, the commands it runs. */
export interface Build {
  /** Build context, `''` for the repository root. */
  dir: string;
  names: Set<string>;
  words: Set<string>;
  commands: string[];
}

/** Programs that run a Python script or module (`python3.11`, `torchrun`). */
export const PYTHON = /^(python[\d.]*|py|accelerate|torchrun|deepspeed)$/;
/** Words of an image or folder name that tell nothing about what it runs. */
const GENERIC = new Set(
  ('app apps api src docker dockerfile image images latest task tasks job jobs dag dags run runner main base default project container containers ' +
    'build local dev prod python airflow operator service services the and for of a an my our code include includes').split(' '),
);
/** Operator settings that are strings but never an image (`api_version='auto'`, `network_mode='bridge'`). */
const NOT_IMAGE = new Set(['auto', 'bridge', 'host', 'none', 'never', 'always', 'ifnotpresent', 'default', 'true', 'false']);
const IMAGE_REF = /^[a-z0-9][a-z0-9._\/-]*(:[\w.${}-]+)?$/;

/** `registry.io/team/trainer:1.2` → `trainer`; lower case, without tag, digest or registry. */
function imageName(ref: string): string {
  const last = ref.replace(/@sha256:\w+$/, '').split('/').pop() ?? '';
  return last.replace(/:.*$/, '').toLowerCase();
}

/** Words of a name, stemmed lightly: `i2_machine_learning` → `ml`; `Training` → `train`; index tokens (`i2`, `01`) dropped. */
function nameWords(name: string): string[] {
  const raw = name
    .toLowerCase()
    .replace(/machine[-_ ]?learning/g, 'ml')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return raw
    .map((w) => (/^(re)?train(s|ing|er)?$/.test(w) ? 'train' : w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w))
    .filter((w) => !GENERIC.has(w) && !/^[a-z]?\d+[a-z]?$/.test(w) && w.length > 1);
}

export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** `a/b` + `../c` → `a/c`; `''` is the root. */
function joinDir(base: string, rel: string): string {
  return cdInto(base, rel).replace(/\/$/, '');
}

export function under(path: string, dir: string): boolean {
  return dir === '' || path.startsWith(`${dir}/`);
}

/** A Dockerfile's command: ENTRYPOINT then CMD (the exec form's JSON array read as words). */
function dockerCommand(file: FileFacts): string {
  const last = (keyword: string): string => {
    const args = [...(file.docker ?? [])].reverse().find((d) => d.keyword === keyword)?.args ?? '';
    if (!args.startsWith('[')) return args;
    try {
      const list: unknown = JSON.parse(args);
      return Array.isArray(list) ? list.map(String).join(' ') : args;
    } catch {
      return args;
    }
  };
  return [last('ENTRYPOINT'), last('CMD')].filter(Boolean).join(' ');
}

/** The tags, Dockerfile and context of `docker build -t name -f file dir` (and `docker buildx build`, podman). */
function dockerBuild(tokens: string[]): { tags: string[]; file?: string; context?: string } | undefined {
  if (!['docker', 'podman'].includes(basename(tokens[0] ?? ''))) return undefined;
  const at = tokens.indexOf('build');
  if (at === -1 || at > 2) return undefined;
  const tags: string[] = [];
  let file: string | undefined;
  const positional: string[] = [];
  for (let i = at + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '-t' || t === '--tag') tags.push(tokens[++i] ?? '');
    else if (t.startsWith('--tag=')) tags.push(t.slice(6));
    else if (t === '-f' || t === '--file') file = tokens[++i];
    else if (t.startsWith('--file=')) file = t.slice(7);
    else if (/^--(build-arg|platform|target|label|cache-from|secret|network|progress|output)$/.test(t)) i++;
    else if (!t.startsWith('-')) positional.push(t);
  }
  return { tags: tags.filter(Boolean), file, context: positional[0] };
}

const BUILDS = new WeakMap<DetectContext, Build[]>();
const BASE_IMAGES = new WeakMap<DetectContext, Set<string>>();

/** The images the repository builds: one per Dockerfile folder, with compose services and `docker build` commands merged in. */
export function buildsOf(ctx: DetectContext): Build[] {
  let builds = BUILDS.get(ctx);
  if (builds) return builds;
  const byDir = new Map<string, Build>();
  const at = (dir: string): Build => {
    let b = byDir.get(dir);
    if (!b) byDir.set(dir, (b = { dir, names: new Set(), words: new Set(), commands: [] }));
    return b;
  };
  const describe = (b: Build, name: string) => nameWords(name).forEach((w) => b.words.add(w));
  for (const f of ctx.files.filter((x) => x.docker && x.docker.length > 0)) {
    const b = at(dirOf(f.path));
    const own = basename(f.path).replace(/^(Dockerfile|Containerfile)\.?/i, '').replace(/\.?dockerfile$/i, '');
    if (own) describe(b, own);
    if (b.dir) describe(b, basename(b.dir));
    const command = dockerCommand(f);
    if (command) b.commands.push(command);
  }
  for (const f of ctx.files.filter((x) => x.format === 'compose')) {
    const services = (f.manifests ?? []).filter((m) => m.kind === 'compose:service').sort((a, b) => a.line - b.line);
    services.forEach((s, i) => {
      const m = /^([^:]+): build (.*)$/.exec(s.text);
      if (!m) return;
      const end = services[i + 1]?.line ?? Infinity;
      const b = at(joinDir(dirOf(f.path), m[2].trim()));
      b.names.add(m[1].toLowerCase());
      describe(b, m[1]);
      for (const c of (f.configs ?? []).filter((x) => x.line > s.line && x.line < end)) {
        if (c.key === 'compose:image') b.names.add(imageName(c.text));
        if (c.key === 'compose:command') b.commands.push(c.text.slice(c.text.indexOf(':') + 1));
      }
    });
  }
  const scripts = [
    ...ctx.files.flatMap((f) => (f.commands ?? []).map((c) => c.text)),
    ...ctx.files.flatMap((f) => (f.ci?.jobs ?? []).flatMap((j) => [...j.steps.map((s) => s.run ?? ''), ...(j.scripts ?? [])])),
  ];
  for (const text of scripts) {
    for (const cmd of shellCommands(text)) {
      const built = dockerBuild(cmd.words);
      if (!built || built.tags.length === 0) continue;
      const dir = built.file ? dirOf(built.file.replace(/^\.\//, '')) : joinDir('', built.context ?? '.');
      const b = at(dir);
      for (const tag of built.tags) b.names.add(imageName(tag));
    }
  }
  builds = [...byDir.values()];
  BUILDS.set(ctx, builds);
  BASE_IMAGES.set(ctx, new Set(ctx.files.flatMap((f) => (f.docker ?? []).filter((d) => d.keyword === 'FROM').map((d) => imageName(d.args.split(/\s+/).find((a) => !a.startsWith('--')) ?? '')))));
  return builds;
}

/**
 * The build an image reference means: one tagged or named so (a compose
 * project prefix allowed), else the one Dockerfile whose words it shares
 * most; a tie, or a base image of the repository's Dockerfiles, is none.
 */
export function buildOf(ctx: DetectContext, ref: string): Build | undefined {
  if (/\s|:\/\//.test(ref) || !IMAGE_REF.test(ref)) return undefined;
  const builds = buildsOf(ctx);
  const name = imageName(ref);
  if (name.length < 3 || NOT_IMAGE.has(name)) return undefined;
  const exact = builds.filter((b) => b.names.has(name) || [...b.names].some((n) => n.length >= 3 && (name.endsWith(`-${n}`) || name.endsWith(`_${n}`))));
  if (exact.length > 0) return exact.length === 1 ? exact[0] : undefined;
  if (BASE_IMAGES.get(ctx)?.has(name)) return undefined;
  const wanted = new Set(nameWords(name));
  if (wanted.size === 0) return undefined;
  const scored = builds.map((b) => ({ b, score: [...wanted].filter((w) => b.words.has(w) || scriptWords(b).has(w)).length })).filter((s) => s.score > 0);
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  return top.length === 1 ? top[0].b : undefined;
}

/** Words of the scripts a build's commands run (`python -m train` → `train`). */
function scriptWords(b: Build): Set<string> {
  const out = new Set<string>();
  for (const command of b.commands) {
    for (const { words: tokens } of shellCommands(command)) {
      if (!PYTHON.test(basename(tokens[0] ?? ''))) continue;
      const { target } = pythonTarget(tokens.slice(1));
      if (target) nameWords(basename(target.replace(/\.py$/, '').replace(/\./g, '/'))).forEach((w) => out.add(w));
    }
  }
  return out;
}
