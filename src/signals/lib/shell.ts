// Reads CI script text (GitHub `run:`, GitLab `script:`, Jenkins `sh`),
// Makefile recipes and scripts into simple commands, to tell a step that runs
// the project (tests, linters, a build, training, a deployment) from setup and
// reporting (installs, echo, git, CML comments). The words come from the one
// shell reader (parse/shell-lex.ts): text inside quotes, heredoc bodies and
// comments is never a command. The script is read as text, never run.
import { shellSegments } from '../../parse/shell-lex.js';

/** A simple command with its wrappers (`poetry run`, `sudo`, `VAR=1`) removed. */
export interface ShellCommand {
  /** Words of the command, first the program, quotes taken off. */
  words: string[];
  /** The command as written in the script. */
  text: string;
  /** Line of the script (from 0) the command starts on. */
  line: number;
  /** A heredoc's body the command reads as input (`python - <<EOF`): data, not commands. */
  input?: string;
}

const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'for', 'case', 'esac', '!', '{', '}', 'exec', 'nohup', 'sudo', 'time', 'command']);
/** `poetry run X` → `X`: tools that only run another command. */
const RUNNERS: Record<string, readonly string[]> = {
  poetry: ['run'], uv: ['run'], pipenv: ['run'], pdm: ['run'], hatch: ['run'], rye: ['run'], conda: ['run'],
  micromamba: ['run'], mamba: ['run'], pixi: ['run'], bundle: ['exec'], npx: [], bunx: [], 'xvfb-run': [], timeout: [], env: [],
};

/** Runner options that take a value (`conda run -n env`, `uv run --group test pytest`). */
const VALUE_OPTIONS = new Set(['-n', '-p', '--name', '--prefix', '-e', '--env', '--with', '--group', '--only-group', '--extra', '--package', '--python', '--project', '--directory', '--env-file', '--with-requirements', '--index']);
/** Shells whose `-c` string is a script of its own (`bash -c "cd app && pytest"`). */
const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh']);

/** Drops wrappers and `VAR=value` prefixes: `FOO=1 poetry run pytest -x` → `pytest -x`. */
export function unwrap(words: string[]): string[] {
  let rest = words;
  for (let guard = 0; guard < 8 && rest.length > 0; guard++) {
    const [head, second] = rest;
    if (KEYWORDS.has(head) || /^[A-Za-z_]\w*=/.test(head)) rest = rest.slice(1);
    else if (head in RUNNERS && (RUNNERS[head].length === 0 || RUNNERS[head].includes(second))) {
      rest = rest.slice(RUNNERS[head].length === 0 ? 1 : 2);
      // Options of the runner itself (`conda run -n env`, `timeout 60`).
      while (rest.length > 0 && (rest[0].startsWith('-') || /^\d+[smh]?$/.test(rest[0]))) {
        rest = rest.slice(VALUE_OPTIONS.has(rest[0]) ? 2 : 1);
      }
    } else break;
  }
  return rest;
}

/**
 * Splits a script into simple commands: not at operators inside quotes, not
 * heredoc bodies or comments; a shell's `-c` string is read as the commands it runs.
 */
export function shellCommands(script: string, depth = 0): ShellCommand[] {
  const out: ShellCommand[] = [];
  for (const segment of shellSegments(script)) {
    const words = unwrap(segment.words);
    if (words.length === 0) continue;
    const program = words[0].slice(words[0].lastIndexOf('/') + 1);
    const c = words.indexOf('-c');
    if (SHELLS.has(program) && c !== -1 && words[c + 1] !== undefined && depth < 2) {
      out.push(...shellCommands(words[c + 1], depth + 1).map((inner) => ({ ...inner, line: segment.line + inner.line })));
      continue;
    }
    out.push({ words: [...words], text: segment.text, line: segment.line, ...(segment.input === undefined ? {} : { input: segment.input }) });
  }
  return out;
}

/**
 * Programs that build, test, lint or deploy a project, in any ecosystem: their
 * run in CI is CI's own work (signals.md: build, tests, linters, deployment).
 * One line per kind; `./gradlew`, `./mvnw` are named by their base name.
 */
export const CHECK_PROGRAMS = new Set(
  [
    'pytest py.test tox nox coverage nbmake locust k6 playwright cypress jest vitest mocha ava karma rspec phpunit pest gotestsum ctest', // tests
    'make cmake meson ninja bazel bazelisk buck2 pants just rake cargo mvn mvnw gradle gradlew ant sbt lein mix dotnet xcodebuild nx turbo lerna tsc', // builds and task runners
    'golangci-lint eslint prettier rubocop stylelint shellcheck hadolint', // linters of other languages (Python's: LINT_PROGRAMS)
    'docker docker-compose podman terraform tofu terragrunt kubectl helm kustomize skaffold serverless sls sam cdk pulumi', // containers and infrastructure
    'twine mkdocs sphinx-build fly flyctl heroku vercel netlify railway anyscale modal bentoml dbt', // publishing and deployment
  ]
    .join(' ')
    .split(' '),
);
/** Programs whose use in CI runs the project itself (tests, linters, builds, training, deployment): checks, runtimes, servers, orchestrators. */
const PROJECT_PROGRAMS = new Set([
  ...CHECK_PROGRAMS,
  ...('ruff flake8 pylint black isort mypy pyright basedpyright bandit pre-commit papermill uvicorn gunicorn go java node deno bun ' +
    'ruby php perl Rscript R julia elixir ssh scp rsync zenml kedro prefect dagster airflow mlflow jupyter bash sh zsh hatch').split(' '),
]);
/** Subcommands that are setup or reporting for programs that can also run the project. */
const SETUP_SUBCOMMANDS: Record<string, readonly string[]> = {
  docker: ['login', 'logout', 'pull', 'images', 'ps', 'info', 'version', 'tag', 'buildx'],
  dvc: ['pull', 'fetch', 'checkout', 'metrics', 'plots', 'params', 'diff', 'remote', 'config', 'version', 'doctor', 'status', 'install', 'exp'],
  npm: ['install', 'ci', 'config', 'cache', '--version', '-v'],
  yarn: ['install', '--version'],
  pnpm: ['install', '--version'],
  bundle: ['install', 'config', 'update', 'lock', 'check', '--version'],
  gem: ['install', 'update', 'sources', 'list', '--version'],
  composer: ['install', 'update', 'require', 'config', 'self-update', 'dump-autoload', 'validate', '--version'],
  poetry: ['install', 'lock', 'config', 'self', 'env', 'show', '--version', 'check', 'export'],
  uv: ['sync', 'pip', 'venv', 'lock', 'python', 'tool', 'self', '--version', 'export'],
  pdm: ['install', 'sync', 'lock', 'config'],
  rye: ['sync', 'pin', 'fetch'],
  gcloud: ['auth', 'config', 'components', 'info', '--version'],
  aws: ['configure', 'sts', '--version'],
  az: ['login', 'account', 'extension', 'config', '--version'],
};

/**
 * Subcommands that sign in, configure the CLI or report its version, in any
 * tool (`prefect cloud login`, `wandb login`, `fly auth token`, `kubectl
 * config use-context`, `java -version`): setup, not the project's work.
 */
const SETUP_WORDS = new Set(['login', 'logout', 'auth', 'whoami', 'token', 'tokens', 'config', 'version', '--version', '-version', '--help', '-h', 'help']);

/** The command's subcommand path (up to two words before its first option, or that option alone) names setup. */
function setupSubcommand(words: string[]): boolean {
  for (const word of words.slice(1, 3)) {
    if (SETUP_WORDS.has(word) || /^[\w-]+:(login|logout|auth)$/.test(word)) return true;
    if (word.startsWith('-')) return false;
  }
  return false;
}

/** True when the command runs something of the project rather than preparing or reporting. */
export function runsProject(cmd: ShellCommand): boolean {
  const [program, sub] = cmd.words;
  const name = program.slice(program.lastIndexOf('/') + 1);
  if (/^python[\d.]*$|^py$/.test(name)) return isProjectPython(cmd.words.slice(1));
  if (name === 'dvc') return sub === 'repro' || sub === 'push' || (sub === 'exp' && cmd.words[2] === 'run');
  if (name in SETUP_SUBCOMMANDS) return sub !== undefined && !SETUP_SUBCOMMANDS[name].includes(sub);
  if (PROJECT_PROGRAMS.has(name) && setupSubcommand(cmd.words)) return false;
  if (PROJECT_PROGRAMS.has(name)) return !(name === 'bash' || name === 'sh' || name === 'zsh') || (sub !== undefined && !sub.startsWith('-'));
  // `./scripts/train.sh`, `scripts/deploy.py`: a script of the repository.
  return program.includes('/') && !program.startsWith('/') && !program.startsWith('$');
}

function isProjectPython(args: string[]): boolean {
  const [first, second] = args;
  if (first === undefined || first === '--version' || first === '-V' || first === '-c') return false;
  if (first === '-m') return second !== undefined && !['pip', 'venv', 'ensurepip', 'site', 'virtualenv'].includes(second);
  return !first.startsWith('-') || args.length > 1;
}

/** Linters, formatters and type checkers a CI command runs (`ruff check`, `python -m mypy`). */
export const LINT_PROGRAMS = new Set(['ruff', 'flake8', 'pylint', 'black', 'isort', 'mypy', 'pyright', 'basedpyright', 'bandit', 'pycodestyle', 'pydocstyle', 'pyflakes', 'autopep8', 'yapf', 'pytype', 'pyre', 'pre-commit']);

/** `docker exec` / `docker compose exec|run` options that take a value. */
const CONTAINER_VALUE_OPTIONS = new Set(['-e', '--env', '-w', '--workdir', '-u', '--user', '--env-file', '--entrypoint', '-v', '--volume', '--name', '-p', '--publish', '-f', '--file', '--project-name', '--index']);

/** The command run inside a container: `docker exec web flake8 .`, `docker compose run --rm app ruff check` → the linter's words. */
function insideContainer(words: string[]): string[] {
  const name = words[0].slice(words[0].lastIndexOf('/') + 1);
  let rest = name === 'docker' && words[1] === 'compose' ? words.slice(2) : name === 'docker' || name === 'docker-compose' ? words.slice(1) : undefined;
  if (rest === undefined) return words;
  // Options of `docker compose` itself (`-f file`), then the subcommand.
  while (rest.length > 0 && rest[0].startsWith('-')) rest = rest.slice(CONTAINER_VALUE_OPTIONS.has(rest[0]) ? 2 : 1);
  if (rest[0] !== 'exec' && rest[0] !== 'run') return words;
  rest = rest.slice(1);
  while (rest.length > 0 && rest[0].startsWith('-')) rest = rest.slice(CONTAINER_VALUE_OPTIONS.has(rest[0]) ? 2 : 1);
  // The container or service, then its command.
  return rest.length > 1 ? rest.slice(1) : words;
}

/** The linter a command runs, if any (also inside a container). */
export function lintProgram(cmd: ShellCommand): string | undefined {
  const [program, sub, third] = insideContainer(cmd.words);
  const name = program.slice(program.lastIndexOf('/') + 1);
  if (/^python[\d.]*$/.test(name) && sub === '-m' && third && LINT_PROGRAMS.has(third)) return third;
  return LINT_PROGRAMS.has(name) ? name : undefined;
}

/**
 * The linter a GitHub Action runs, by a word of its repository's name:
 * `astral-sh/ruff-action`, `psf/black`, `reviewdog/action-flake8`,
 * `tsuyoshicho/action-mypy`, `jakebailey/pyright-action`.
 */
export function lintToolOfAction(uses: string): string | undefined {
  const repo = uses.replace(/@.*$/, '').split('/')[1] ?? '';
  return repo.toLowerCase().split(/[._-]/).find((word) => LINT_PROGRAMS.has(word));
}
