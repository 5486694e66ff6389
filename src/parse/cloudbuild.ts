// Build configurations of managed build services, whose trigger is set in
// the cloud console rather than in the repository:
// - Google Cloud Build (https://cloud.google.com/build/docs/build-config-file-schema):
//   `cloudbuild.yaml` and its variants (`cloudbuild-prod.yaml`, `cloudbuild.deploy.yml`).
//   Each step runs a builder image; its command is the image's entrypoint (the
//   `entrypoint` key, or the builder's own for `gcr.io/cloud-builders/<tool>`)
//   with `args`, or a `script`.
// - AWS CodeBuild (https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html):
//   `buildspec.yml` and the names a project points to (`codebuild-buildspec.yml`,
//   `buildspec-test.yml`). Each phase (`install`, `pre_build`, `build`,
//   `post_build`) lists shell `commands` and `finally` commands.
// The steps are read as the commands the project runs, like a shell script's
// lines, so the detectors judge them as they judge scripts and CI steps (a
// `gcloud run deploy` deploys; `docker build` and `docker push` only build).
import type { Node } from 'yaml';
import type { CommandFact } from './types.js';
import { entries, entry, get, isMapNode, items, linedStrings, str } from './yaml-nodes.js';
import type { YamlFile } from './yaml-nodes.js';

/** A managed build service's configuration, by file name: Google Cloud Build's or AWS CodeBuild's. */
export const CLOUD_BUILD_FILE = /^cloudbuild([._-][\w.-]*)?\.ya?ml$|^([\w.-]*[._-])?buildspec([._-][\w.-]*)?\.ya?ml$/i;
const CODEBUILD_FILE = /buildspec/i;

/** The service a build configuration belongs to, by its file name. */
export function cloudBuildService(path: string): 'AWS CodeBuild' | 'Google Cloud Build' {
  return CODEBUILD_FILE.test(path.slice(path.lastIndexOf('/') + 1)) ? 'AWS CodeBuild' : 'Google Cloud Build';
}

const SHELLS = new Set(['bash', 'sh', '/bin/bash', '/bin/sh']);
const MAX_TEXT = 500;

/** `gcr.io/cloud-builders/gcloud` → `gcloud`: the community builders' entrypoint is the tool they are named for. */
function builderEntrypoint(image: string): string | undefined {
  const m = /(?:^|\/)cloud-builders\/([\w-]+)(?::[\w.-]+)?$/.exec(image);
  return m?.[1];
}

const quote = (w: string) => (/[\s"']/.test(w) ? `'${w.replace(/'/g, "'\\''")}'` : w);
const clip = (t: string) => (t.length > MAX_TEXT ? t.slice(0, MAX_TEXT) : t);

/** Lines of a script, each a command at its own line (continuations joined onto the first). */
function scriptCommands(script: string, line: number): CommandFact[] {
  const out: CommandFact[] = [];
  let open: { text: string; line: number } | undefined;
  script.split(/\r?\n/).forEach((raw, i) => {
    const part = open ? raw.trim() : raw;
    const continued = /\\$/.test(part);
    const piece = continued ? part.slice(0, -1).trimEnd() : part;
    open = open ? { text: `${open.text} ${piece}`, line: open.line } : { text: piece, line: line + i };
    if (continued) return;
    const text = open.text.trim();
    if (text !== '' && !text.startsWith('#')) out.push({ text: clip(text), line: open.line });
    open = undefined;
  });
  if (open && open.text.trim() !== '') out.push({ text: clip(open.text.trim()), line: open.line });
  return out;
}

/** The commands of a CodeBuild buildspec's phases, in order; a block scalar's first command is on the line below its dash. */
function codeBuildCommands(file: YamlFile, phases: Node): CommandFact[] {
  const out: CommandFact[] = [];
  for (const phase of entries(file, phases)) {
    for (const key of ['commands', 'finally']) {
      for (const c of linedStrings(file, get(file, phase.value, key))) out.push(...scriptCommands(c.text, c.line + (c.text.includes('\n') ? 1 : 0)));
    }
  }
  return out;
}

/** The commands of the build's steps (Cloud Build) or phases (CodeBuild), at their lines. */
export function cloudBuildCommands(file: YamlFile, root: Node | undefined): CommandFact[] {
  const phases = get(file, root, 'phases');
  if (phases && isMapNode(file, phases)) return codeBuildCommands(file, phases);
  const out: CommandFact[] = [];
  for (const step of items(file, get(file, root, 'steps'))) {
    const name = entry(file, step, 'name');
    const image = str(file, name?.value);
    if (!name || !image) continue;
    const script = entry(file, step, 'script');
    const scriptText = str(file, script?.value);
    if (script && scriptText !== undefined) {
      // A block scalar (`script: |`) starts on the line below its key.
      out.push(...scriptCommands(scriptText, script.line + (scriptText.includes('\n') ? 1 : 0)));
      continue;
    }
    const args = linedStrings(file, get(file, step, 'args'));
    const program = str(file, get(file, step, 'entrypoint')) ?? builderEntrypoint(image);
    const words = program === undefined ? args.map((a) => a.text) : [program, ...args.map((a) => a.text)];
    if (words.length === 0) continue;
    const c = words.indexOf('-c');
    if (SHELLS.has(words[0]) && c > 0 && c + 1 < words.length) {
      const at = args[c + 1 - (program === undefined ? 0 : 1)];
      out.push(...scriptCommands(words[c + 1], at === undefined ? name.line : at.line + (at.text.includes('\n') ? 1 : 0)));
      continue;
    }
    out.push({ text: clip(words.map(quote).join(' ')), line: name.line });
  }
  return out;
}
