// What a command an orchestrator's task runs (lib/task-targets.ts) runs of
// the repository: the script or module `python` is given, notebooks run with
// papermill or nbconvert, shell scripts followed, `dvc repro` stages, images
// run with `docker run`; and the Python files an image the repository builds
// runs (lib/task-images.ts). A path in a command is matched to a file by its
// longest suffix that names one. Nothing is run.
import type { FileFacts } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { basename, cdInto, pythonTarget } from './command-words.js';
import { dvcStages } from './dvc.js';
import { shellCommands } from './shell.js';
import { buildOf, buildsOf, dirOf, PYTHON, under, type Build } from './task-images.js';

const SHELL = new Set(['bash', 'sh', 'zsh', 'source', '.']);
const MAX_DEPTH = 2;

/** The file a path in a command means among `files`: the longest suffix of the path that names one, inside `dir` first. */
export function bySuffix<T extends { path: string }>(files: readonly T[], ref: string, dir?: string): T | undefined {
  const parts = ref.split('/').filter((p) => p && p !== '.' && p !== '..');
  for (let k = parts.length; k >= 1; k--) {
    const suffix = parts.slice(parts.length - k).join('/');
    const found = files.filter((f) => f.path === suffix || f.path.endsWith(`/${suffix}`));
    if (found.length === 0) continue;
    const inside = dir === undefined ? [] : found.filter((f) => under(f.path, dir));
    if (inside.length === 1) return inside[0];
    return found.length === 1 ? found[0] : undefined;
  }
  return undefined;
}

/** A Python file or notebook of the repository (not a test) by the path a command names. */
function fileAt(ctx: DetectContext, ref: string, dir?: string): PyFile | undefined {
  const notebook = ref.endsWith('.ipynb');
  return bySuffix(ctx.python.filter((f) => !f.test && f.notebook === notebook), ref, dir);
}

/** A shell script of the repository by the path a command names. */
function scriptAt(ctx: DetectContext, ref: string, dir?: string): FileFacts | undefined {
  return bySuffix(ctx.files.filter((f) => f.commands && f.commands.length > 0), ref, dir);
}

/** What a command runs of the repository: scripts, modules, notebooks, shell scripts followed, images run with `docker run`. */
export function commandFiles(ctx: DetectContext, text: string, dir: string | undefined, depth: number): { files: PyFile[]; builds: Build[] } {
  const files: PyFile[] = [];
  const builds: Build[] = [];
  let base = '';
  for (const { words: tokens } of shellCommands(text)) {
    const prog = basename(tokens[0] ?? '');
    const args = tokens.slice(1);
    if (prog === 'cd' && args[0]) {
      base = cdInto(base, args[0]);
      continue;
    }
    const where = (ref: string) => (ref.startsWith('/') || base === '' ? ref : `${base}${ref}`);
    if (PYTHON.test(prog)) {
      const { target } = pythonTarget(args);
      if (!target) continue;
      const isModule = args.includes('-m');
      const paths = isModule ? [`${target.replace(/\./g, '/')}.py`, `${target.replace(/\./g, '/')}/__main__.py`] : [target];
      const file = paths.map((p) => fileAt(ctx, where(p), dir)).find((f) => f !== undefined);
      if (file) files.push(file);
    } else if ((prog === 'docker' || prog === 'podman' || prog === 'docker-compose') && args.includes('run')) {
      const rest = args.slice(args.indexOf('run') + 1).filter((a) => !a.startsWith('-'));
      const build = rest.map((a) => buildOf(ctx, a)).find((b) => b !== undefined);
      if (build) builds.push(build);
      const py = rest.findIndex((a) => PYTHON.test(basename(a)));
      if (py !== -1) pushUnique(files, commandFiles(ctx, rest.slice(py).join(' '), build?.dir ?? dir, depth).files);
    } else if (SHELL.has(prog) || tokens[0]?.endsWith('.sh')) {
      const ref = SHELL.has(prog) ? args.find((a) => !a.startsWith('-')) : tokens[0];
      const script = ref && depth < MAX_DEPTH ? scriptAt(ctx, where(ref), dir) : undefined;
      for (const c of script?.commands ?? []) {
        const inner = commandFiles(ctx, c.text, dir, depth + 1);
        pushUnique(files, inner.files);
        pushUnique(builds, inner.builds);
      }
    } else if (prog === 'dvc' && (args[0] === 'repro' || (args[0] === 'exp' && args[1] === 'run')) && depth < MAX_DEPTH) {
      // The DVC pipeline's stages, each run from its dvc.yaml's folder.
      for (const { file, stage } of dvcStages(ctx)) {
        const folder = dirOf(file.path);
        pushUnique(files, commandFiles(ctx, folder ? `cd ${folder} && ${stage.cmd}` : stage.cmd, dir, depth + 1).files);
      }
    } else if (prog === 'papermill' || (prog === 'jupyter' && args[0] === 'nbconvert')) {
      const nb = args.find((a) => a.endsWith('.ipynb'));
      const file = nb ? fileAt(ctx, where(nb), dir) : undefined;
      if (file) files.push(file);
    }
  }
  return { files, builds };
}

function pushUnique<T>(into: T[], items: readonly T[]): void {
  for (const item of items) if (!into.includes(item)) into.push(item);
}

/** The Python files an image runs: its commands (the task's own first), else the code in its folder (not in another build's folder below it). */
export function buildFiles(ctx: DetectContext, build: Build, taskCommands: string[], depth: number): PyFile[] {
  for (const command of [...taskCommands, ...build.commands]) {
    const { files } = commandFiles(ctx, command, build.dir, depth);
    if (files.length > 0) return files;
  }
  if (build.dir === '') return [];
  const nested = buildsOf(ctx).filter((b) => b !== build && b.dir !== build.dir && under(b.dir, build.dir));
  return ctx.python.filter((f) => !f.test && under(f.path, build.dir) && !nested.some((b) => under(f.path, b.dir)));
}
