// Hugging Face Hub uploads (`upload_folder`, `upload_file`) version a model
// only when they go to a model repository. signals.md counts "Hugging Face
// Hub `push_to_hub`" of models: a Gradio app uploaded to a Space, or files to
// a dataset repository, version no model.
import { getTool, matchesAny } from '../../catalog/index.js';
import { HUB_CREATE_PATTERNS, HUB_NOT_MODEL_TARGET, HUB_UPLOAD_PATTERNS, MODEL_FILE } from '../../catalog/tools/mlops-calls.js';
import type { CallFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { callEvidence, importsAny } from './code.js';
import { matchCall } from './patterns.js';
import { shellCommands } from './shell.js';
import type { Evidence } from '../types.js';

type RepoType = 'model' | 'dataset' | 'space';

const HUB_IMPORTS = getTool('huggingface-hub').imports;
/** `--repo_type 'space'`, `--repo-type=model`, `REPO_TYPE=dataset` in a command. */
const COMMAND_REPO_TYPE = /\brepo[_-]?type['"]?\s*[=:\s]\s*['"]?(model|dataset|space)s?\b/i;
/** Calls that write a model's files or weights before they are uploaded. */
const SAVES_MODEL = ['*.save_pretrained', '*.save_model', 'torch.save'];
/** A pattern of file names (`*.safetensors` in `ignore_patterns`), which may leave files out as well as take them in. */
const GLOB = /[*?[]/;

/** Hub uploads that go to a model repository, as evidence. */
export function hubModelUploads(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python) {
    const scoped = importsAny(file, HUB_IMPORTS);
    for (const call of file.facts.calls) {
      if (!HUB_UPLOAD_PATTERNS.some((p) => matchCall(call, p, scoped))) continue;
      if (uploadsModel(ctx, file, call, scoped)) out.push(callEvidence(file, call, 'huggingface-hub'));
    }
  }
  return out;
}

/**
 * What repository an upload goes to. A literal `repo_type`, or a repository
 * id under `spaces/` or `datasets/`, says it; without `repo_type` the Hub
 * takes a model repository. A `repo_type` given by a variable is resolved
 * from a `create_repo(..., space_sdk=...)` in the same function, or from the
 * CI command that runs the file (`--repo_type 'space'`); left unresolved, it
 * counts only when something in the call says model (a model file or folder,
 * a function named for a model, a model saved just before).
 */
function uploadsModel(ctx: DetectContext, file: PyFile, call: CallFact, scoped: boolean): boolean {
  if (call.strings.some((s) => HUB_NOT_MODEL_TARGET.test(s))) return false;
  if (call.strings.includes('model') || !call.kwargs.includes('repo_type')) return true;
  const resolved = createsSpace(file, call, scoped) ? 'space' : ciRepoType(ctx, file.path);
  if (resolved !== undefined) return resolved === 'model';
  return namesModel(file, call);
}

/** A `create_repo` in the same function (or both at module level) that makes a Space. */
function createsSpace(file: PyFile, upload: CallFact, scoped: boolean): boolean {
  return file.facts.calls.some(
    (c) =>
      c.inFunction === upload.inFunction &&
      HUB_CREATE_PATTERNS.some((p) => matchCall(c, p, scoped)) &&
      (c.kwargs.includes('space_sdk') || c.strings.some((s) => /^spaces?$/.test(s))),
  );
}

/** The repository type the CI command that runs `path` passes (`python spaces.py --repo_type 'space'`), if any. */
function ciRepoType(ctx: DetectContext, path: string): RepoType | undefined {
  for (const f of ctx.files) {
    for (const job of f.ci?.jobs ?? []) {
      const commands = [...job.steps.map((s) => s.run ?? ''), ...(job.scripts ?? [])];
      for (const cmd of commands.flatMap((c) => shellCommands(c))) {
        if (!runsFile(cmd.words, path)) continue;
        const type = COMMAND_REPO_TYPE.exec(cmd.text)?.[1]?.toLowerCase();
        if (type) return type as RepoType;
      }
    }
  }
  return undefined;
}

/** Does a command name the Python file at `path` (as written from the repository root or a sub-folder)? */
function runsFile(words: readonly string[], path: string): boolean {
  // The path's end after an expression or an option's `=` (`${{ github.workspace }}/sync.py`, `--script=sync.py`).
  for (const token of words.map((w) => w.split(/[\s=}]/).pop() ?? '').filter((w) => /\.py$/.test(w))) {
    const t = token.replace(/^\.\//, '');
    if (t === path || t.endsWith(`/${path}`) || path.endsWith(`/${t}`)) return true;
  }
  return false;
}

/** Something in the upload says model: a model file or folder it names, its function's name, or a model saved in the same function. */
function namesModel(file: PyFile, call: CallFact): boolean {
  if (call.strings.some((s) => !GLOB.test(s) && MODEL_FILE.test(s))) return true;
  if (call.inFunction !== undefined && MODEL_FILE.test(call.inFunction)) return true;
  return file.facts.calls.some((c) => c.inFunction === call.inFunction && c.line <= call.line && matchesAny(c.name, SAVES_MODEL));
}
