// Uploads to the Hugging Face Hub with its command-line tool
// (https://huggingface.co/docs/huggingface_hub/guides/cli#hf-upload):
// `hf upload`, `hf upload-large-folder` and the older `huggingface-cli upload`
// in a shell script, a Makefile recipe or a CI step, the command-line form of
// `push_to_hub` / `upload_folder` (lib/hub-uploads.ts). The repository type
// decides what they version, as in code: `--repo-type` left out is a model
// repository (model_registry), `dataset` is data (data_versioning), a Space
// is an app. A command that only mentions the CLI (`echo "run hf upload"`,
// `hf auth login`, `hf download`) uploads nothing.
import { HUB_NOT_MODEL_TARGET, MODEL_FILE } from '../../catalog/tools/mlops-calls.js';
import type { DetectContext } from '../context.js';
import { configEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { jobActions } from './ci-steps.js';
import { shellCommands, type ShellCommand } from './shell.js';

export type HubRepoType = 'model' | 'dataset' | 'space';

const PROGRAMS = new Set(['hf', 'huggingface-cli']);
const SUBCOMMANDS = new Set(['upload', 'upload-large-folder']);
/** Options of the upload commands that take a value (the next word, or `--opt=value`). */
const VALUE_OPTIONS = new Set([
  '--repo-type', '--repo_type', '--revision', '--include', '--exclude', '--delete', '--commit-message', '--commit-description',
  '--token', '--every', '--num-workers',
]);
const REPO_TYPE_OPTIONS = new Set(['--repo-type', '--repo_type']);
/** `model`, `"dataset"`, `${TYPE:-model}` (a shell default) → the type. */
const TYPE_VALUE = /^["']?(?:\$\{\w+:?-)?(models?|datasets?|spaces?)\}?["']?$/i;

const unquote = (w: string) => w.replace(/^["']|["']$/g, '');

/** The words of the upload itself: `uvx hf upload ...` and `pipx run hf upload ...` run the CLI too. */
function cliWords(cmd: ShellCommand): string[] {
  const w = cmd.words;
  if (w[0] === 'uvx') return w.slice(1);
  if (w[0] === 'pipx' && w[1] === 'run') return w.slice(2);
  return w;
}

/** The repository type an upload command goes to, or undefined when a variable gives it. */
export function cliUploadType(cmd: ShellCommand): HubRepoType | undefined | null {
  const words = cliWords(cmd);
  const program = words[0]?.slice(words[0].lastIndexOf('/') + 1);
  if (!PROGRAMS.has(program ?? '') || !SUBCOMMANDS.has(words[1] ?? '')) return null;
  const operands: string[] = [];
  let type: string | undefined;
  for (let i = 2; i < words.length; i++) {
    const [option, inline] = words[i].split(/=(.*)/s);
    if (REPO_TYPE_OPTIONS.has(option)) type = inline ?? words[++i] ?? '';
    else if (VALUE_OPTIONS.has(option)) i += inline === undefined ? 1 : 0;
    else if (!words[i].startsWith('-')) operands.push(unquote(words[i]));
  }
  const [repo, local] = operands;
  if (repo !== undefined && HUB_NOT_MODEL_TARGET.test(repo)) return /datasets?\//.test(repo) ? 'dataset' : 'space';
  if (type === undefined) return 'model';
  const literal = TYPE_VALUE.exec(type)?.[1]?.toLowerCase().replace(/s$/, '');
  if (literal) return literal as HubRepoType;
  // A type in a variable: a model file or folder uploaded says model.
  return [repo, local].some((p) => p !== undefined && !p.includes('$') && MODEL_FILE.test(p)) ? 'model' : undefined;
}

/** The line of a CI script (from its first line) that holds the upload, by the CLI's name and subcommand. */
function lineIn(script: string, first: number): number {
  const at = script.split(/\r?\n/).findIndex((l) => /\b(hf|huggingface-cli)\s+upload/.test(l));
  return at === -1 ? first : first + at;
}

/** Hub uploads by the CLI, in scripts, Makefiles and CI steps, to a repository of the given type. */
export function hubCliUploads(ctx: DetectContext, wanted: HubRepoType): Evidence[] {
  const out: Evidence[] = [];
  const add = (path: string, line: number, script: string) => {
    for (const cmd of shellCommands(script)) {
      if (cliUploadType(cmd) === wanted) out.push(configEvidence(path, { line }, cmd.text.length > 160 ? `${cmd.text.slice(0, 157)}...` : cmd.text, 'huggingface-hub'));
    }
  };
  for (const file of ctx.files) {
    for (const command of file.commands ?? []) add(file.path, command.line, command.text);
    for (const job of file.ci?.jobs ?? []) {
      for (const action of jobActions(job)) {
        if (action.run === undefined) continue;
        const first = action.runLine ?? action.line;
        add(file.path, action.runLine === undefined ? action.line : lineIn(action.run, first), action.run);
      }
    }
  }
  return out;
}
