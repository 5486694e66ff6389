// Google Cloud Build configurations (https://cloud.google.com/build/docs/build-config-file-schema):
// `cloudbuild.yaml` and its variants (`cloudbuild-prod.yaml`, `cloudbuild.deploy.yml`).
// Each step runs a builder image; its command is the image's entrypoint (the
// `entrypoint` key, or the builder's own for `gcr.io/cloud-builders/<tool>`)
// with `args`, or a `script`. The steps are read as the commands the project
// runs, like a shell script's lines, so the detectors judge them as they
// judge scripts and CI steps (a `gcloud run deploy` deploys; `docker build`
// and `docker push` only build).
import type { Node } from 'yaml';
import type { CommandFact } from './types.js';
import { entry, get, items, linedStrings, str } from './yaml-nodes.js';
import type { YamlFile } from './yaml-nodes.js';

export const CLOUD_BUILD_FILE = /^cloudbuild([._-][\w.-]*)?\.ya?ml$/i;

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
  script.replace(/\\\r?\n/g, ' \u0000').split(/\r?\n/).forEach((raw, i) => {
    const text = raw.replace(/\u0000/g, '').trim();
    if (text !== '' && !text.startsWith('#')) out.push({ text: clip(text), line: line + i });
  });
  return out;
}

/** The commands of the build's steps, at their lines. */
export function cloudBuildCommands(file: YamlFile, root: Node | undefined): CommandFact[] {
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
