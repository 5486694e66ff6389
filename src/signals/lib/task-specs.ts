// The programs a job spec file runs, when an orchestrator's task submits the
// spec (lib/task-targets.ts): `SparkKubernetesOperator(application_file=
// "spark/train.yaml")`, `KubernetesPodOperator(pod_template_file=...)`,
// `KubernetesJobOperator(job_template_file=...)`, a Databricks or EMR job
// spec kept as JSON or YAML. The spec's runs (parse/spec-runs.ts) are
// followed into the repository: a path inside the container (`local:///app/
// train.py`) is mapped back to the file a Dockerfile's COPY or ADD put there
// (`COPY src /app` → `src/train.py`), else matched by the longest suffix of
// the path that names one file (inside the image's build context first); a
// cloud path (`s3://bucket/jobs/fit.py`, `dbfs:/jobs/fit.py`) by its suffix.
// A container with no command runs its image's own (lib/task-images.ts).
import type { FileFacts } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { words } from './command-words.js';
import { buildFiles, bySuffix, commandFiles } from './task-commands.js';
import { buildOf, dirOf, PYTHON, type Build } from './task-images.js';

/** A string that names a spec file. */
const SPEC_FILE = /\.(ya?ml|json)$/i;
/** A token that names a program to run. */
const PROGRAM = /\.(py|ipynb|sh)$/;

/** The spec files of the repository that run something. */
function specFiles(ctx: DetectContext): FileFacts[] {
  return ctx.files.filter((f) => f.configs?.some((c) => c.key === 'spec:run' || c.key === 'spec:image'));
}

/** The spec file a task names, the pipeline file's folder first (Airflow reads templates from the DAG folder). */
export function specAt(ctx: DetectContext, ref: string, from: string): FileFacts | undefined {
  if (!SPEC_FILE.test(ref.trim()) || /\s/.test(ref.trim())) return undefined;
  return bySuffix(specFiles(ctx), ref.trim(), dirOf(from));
}

/** `local:///app/x.py` → `/app/x.py`; `s3://bucket/jobs/x.py` → `jobs/x.py`; `dbfs:/jobs/x.py` → `/jobs/x.py`. */
function pathOf(token: string): string {
  const local = /^(local|file):\/\/(\/.*)$/.exec(token);
  if (local) return local[2];
  const bucket = /^(s3a?|gs|abfss?|wasbs?|hdfs|oss):\/\/[^/]+\/(.*)$/.exec(token);
  if (bucket) return bucket[2];
  const dbfs = /^dbfs:(\/.*)$/.exec(token);
  return dbfs ? dbfs[1] : token;
}

/** `a/./b/` → `a/b`. */
function clean(path: string): string {
  return path.split('/').filter((p) => p && p !== '.').join('/');
}

/**
 * Repository paths a Dockerfile's COPY and ADD put at `target`, an absolute
 * path inside the image (WORKDIR applied to relative destinations; stages'
 * `--from` copies skipped).
 */
function copiedFrom(dockerfile: FileFacts, target: string): string[] {
  const context = dirOf(dockerfile.path);
  const out: string[] = [];
  let workdir = '/';
  for (const d of dockerfile.docker ?? []) {
    if (d.keyword === 'WORKDIR') workdir = d.args.startsWith('/') ? d.args : `${workdir.replace(/\/$/, '')}/${d.args}`;
    if (d.keyword !== 'COPY' && d.keyword !== 'ADD') continue;
    let args = words(d.args.startsWith('[') ? d.args.replace(/[[\]",]/g, ' ') : d.args);
    if (args.some((a) => a.startsWith('--from'))) continue;
    args = args.filter((a) => !a.startsWith('--'));
    if (args.length < 2) continue;
    const dest = args[args.length - 1];
    const destAbs = `/${clean(dest.startsWith('/') ? dest : `${workdir}/${dest}`)}`;
    const sources = args.slice(0, -1).map(clean);
    const wanted = `/${clean(target)}`;
    for (const src of sources) {
      const name = src.split('/').pop() ?? '';
      const intoDir = dest.endsWith('/') || sources.length > 1;
      // `COPY train.py /app/` or `COPY train.py /app/train.py`: the file itself.
      if (PROGRAM.test(src) && (wanted === (intoDir ? `${destAbs}/${name}`.replace(/^\/\//, '/') : destAbs))) out.push(clean(`${context}/${src}`));
      // `COPY src /app`, `COPY . .`: a folder's content under the destination.
      else if (!PROGRAM.test(src) && (destAbs === '/' || wanted.startsWith(`${destAbs}/`))) out.push(clean(`${context}/${src}/${wanted.slice(destAbs === '/' ? 1 : destAbs.length + 1)}`));
    }
  }
  return out;
}

/** The repository file a path inside an image means, through the Dockerfiles' copies (the image's own first), when one file is meant. */
function throughCopies(ctx: DetectContext, target: string, build: Build | undefined): string | undefined {
  const dockerfiles = ctx.files.filter((f) => f.docker && f.docker.length > 0);
  const own = build ? dockerfiles.filter((f) => dirOf(f.path) === build.dir) : [];
  for (const set of [own, dockerfiles]) {
    const found = [...new Set(set.flatMap((f) => copiedFrom(f, target)))].filter((p) => ctx.python.some((py) => py.path === p));
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/** The command a spec's run means in the repository: the program token mapped back to a repository path, as a command. */
function asRepoCommand(ctx: DetectContext, run: string, build: Build | undefined): string | undefined {
  const tokens = words(run).map(pathOf);
  const mapped = tokens.map((t) => {
    const withExt = PROGRAM.test(t) || !t.startsWith('/') ? t : ctx.python.some((p) => p.path.endsWith(`${clean(t)}.py`)) ? `${t}.py` : `${t}.ipynb`;
    if (!PROGRAM.test(withExt)) return t;
    return withExt.startsWith('/') ? (throughCopies(ctx, withExt, build) ?? withExt) : withExt;
  });
  if (PYTHON.test(mapped[0]?.split('/').pop() ?? '') || mapped[0] === 'bash' || mapped[0] === 'sh' || mapped[0]?.endsWith('.sh')) return mapped.join(' ');
  const program = mapped.find((t) => PROGRAM.test(t));
  if (!program) return undefined;
  return program.endsWith('.ipynb') ? `papermill ${program}` : program.endsWith('.sh') ? `bash ${program}` : `python ${program}`;
}

/** What a spec file runs of the repository: its runs' programs, else its images' own commands or code. */
export function specFilesRun(ctx: DetectContext, spec: FileFacts): { text: string; files: PyFile[] } {
  const configs = spec.configs ?? [];
  const images = configs.filter((c) => c.key === 'spec:image').map((c) => c.text);
  const build = images.map((i) => buildOf(ctx, i)).find((b) => b !== undefined);
  const files: PyFile[] = [];
  const shown: string[] = [];
  for (const run of configs.filter((c) => c.key === 'spec:run')) {
    const command = asRepoCommand(ctx, run.text, build);
    if (!command) continue;
    const found = commandFiles(ctx, command, build?.dir, 0).files.filter((f) => !files.includes(f));
    if (found.length > 0) shown.push(run.text);
    files.push(...found);
  }
  if (files.length === 0 && build) files.push(...buildFiles(ctx, build, [], 0));
  return { text: shown[0] ?? (build ? `image ${images[0]} (built from ${build.dir || '.'})` : ''), files };
}
