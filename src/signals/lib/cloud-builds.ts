// CI work that the shared step rules (ci-steps.ts) do not see, for the ci
// detector:
// - a command that hands one of the repository's own Python modules or
//   scripts to a program (`run-pipeline --module-name pipelines.qa.pipeline`,
//   a console script the package installs) runs the project;
// - the build configurations of managed build services (Google Cloud Build,
//   AWS CodeBuild; parse/cloudbuild.ts), whose trigger is set in the cloud
//   console, outside the repository. They count by the same rules as a
//   workflow's steps: the first command that runs the project is cited.
import { CLOUD_BUILD_FILE, cloudBuildService } from '../../parse/cloudbuild.js';
import type { CiFacts, FileFacts } from '../../parse/types.js';
import type { DetectContext } from '../context.js';
import { configEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { jobActions, projectCommand, workLine, type ProjectAction } from './ci-steps.js';
import { shellCommands } from './shell.js';

/** Programs whose arguments name files without running them: setup, file handling, reporting. */
const HANDLES_FILES = new Set(
  ('pip pip3 conda mamba micromamba apt apt-get apk yum brew echo printf cat less ls cp mv rm ln mkdir cd pushd popd export ' +
    'source . chmod chown touch git curl wget tar unzip zip gzip sed awk grep tee head tail find xargs test [ sleep wc sort diff ' +
    'aws gsutil gcloud az env which pwd set')
    .split(' '),
);
const DOTTED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/;

/** The repository's own module or script that a word names (`pipelines.qa.pipeline`, `src/run.py`), if any. */
function ownModule(word: string, ctx: DetectContext): string | undefined {
  const value = word.replace(/^--?[\w-]+=/, '').replace(/^["']|["']$/g, '').replace(/^\.\//, '');
  const paths = value.endsWith('.py') ? [value] : DOTTED.test(value) ? [`${value.replace(/\./g, '/')}.py`, `${value.replace(/\./g, '/')}/__init__.py`] : [];
  if (paths.length === 0) return undefined;
  return ctx.python.find((f) => !f.test && !f.notebook && paths.includes(f.path))?.path;
}

/** The first command of a script that hands a program one of the repository's own modules. */
export function ownCodeCommand(script: string, ctx: DetectContext): string | undefined {
  for (const cmd of shellCommands(script)) {
    const program = cmd.words[0].slice(cmd.words[0].lastIndexOf('/') + 1);
    if (HANDLES_FILES.has(program) || /^python[\d.]*$/.test(program)) continue;
    if (cmd.words.slice(1).some((w) => ownModule(w, ctx) !== undefined)) return cmd.text;
  }
  return undefined;
}

/** A workflow's first step that hands a program the repository's own code, when no step runs the project by the shared rules. */
export function ownCodeAction(ci: CiFacts, ctx: DetectContext): ProjectAction | undefined {
  for (const job of ci.jobs) {
    for (const action of jobActions(job)) {
      const work = action.run === undefined ? undefined : ownCodeCommand(action.run, ctx);
      if (work !== undefined) return { job, action, work, line: workLine(action, work) };
    }
  }
  return undefined;
}

type BuildFile = FileFacts & { commands: NonNullable<FileFacts['commands']> };

/** Build configurations of managed build services in the repository, anywhere (the trigger names the file). */
export function cloudBuildFiles(ctx: DetectContext): BuildFile[] {
  return ctx.files.filter((f): f is BuildFile => CLOUD_BUILD_FILE.test(f.path.slice(f.path.lastIndexOf('/') + 1)) && (f.commands?.length ?? 0) > 0);
}

/**
 * The first command of each managed build configuration that runs the
 * project, cited after the workflows whose trigger is in the repository;
 * `idle` lists the configurations that run nothing of it.
 */
export function cloudBuildWork(ctx: DetectContext): { evidence: Evidence[]; idle: string[] } {
  const evidence: Evidence[] = [];
  const idle: string[] = [];
  for (const file of cloudBuildFiles(ctx)) {
    let found: { line: number; work: string } | undefined;
    for (const c of file.commands) {
      const work = projectCommand(c.text)?.text ?? ownCodeCommand(c.text, ctx);
      if (work !== undefined) {
        found = { line: c.line, work };
        break;
      }
    }
    if (!found) {
      idle.push(file.path);
      continue;
    }
    const cited = configEvidence(file.path, { line: found.line }, `${found.work} (${cloudBuildService(file.path)} build; its trigger is configured outside the repository)`);
    evidence.push({ ...cited, secondary: true });
  }
  return { evidence, idle };
}
