// Engineering tools: test runners, linters, formatters, type checkers.
import { defineTools } from '../types.js';

export const ENGINEERING_TOOLS = defineTools([
  { id: 'pytest', name: 'pytest', pypi: ['pytest', 'pytest-cov'], imports: ['pytest'], signals: ['tests'], files: ['**/pytest.ini', '**/conftest.py'] },
  { id: 'unittest', name: 'unittest', pypi: [], imports: ['unittest'], signals: ['tests'] },
  { id: 'nose2', name: 'nose2', pypi: ['nose2'], imports: ['nose2'], signals: ['tests'] },
  { id: 'hypothesis', name: 'Hypothesis', pypi: ['hypothesis'], imports: ['hypothesis'], signals: ['tests'] },
  { id: 'ruff', name: 'Ruff', pypi: ['ruff'], imports: [], signals: ['lint_typecheck'], files: ['**/ruff.toml', '**/.ruff.toml'] },
  { id: 'flake8', name: 'flake8', pypi: ['flake8'], imports: [], signals: ['lint_typecheck'], files: ['**/.flake8'] },
  { id: 'pylint', name: 'Pylint', pypi: ['pylint'], imports: [], signals: ['lint_typecheck'], files: ['**/.pylintrc', '**/pylintrc'] },
  { id: 'black', name: 'Black', pypi: ['black'], imports: [], signals: ['lint_typecheck'] },
  { id: 'isort', name: 'isort', pypi: ['isort'], imports: [], signals: ['lint_typecheck'], files: ['**/.isort.cfg'] },
  { id: 'mypy', name: 'mypy', pypi: ['mypy'], imports: [], signals: ['lint_typecheck'], files: ['**/mypy.ini', '**/.mypy.ini'] },
  { id: 'pyright', name: 'Pyright', pypi: ['pyright', 'basedpyright'], imports: [], signals: ['lint_typecheck'], files: ['**/pyrightconfig.json'] },
  { id: 'yapf', name: 'YAPF', pypi: ['yapf'], imports: [], signals: ['lint_typecheck'], files: ['**/.style.yapf'] },
  { id: 'pycodestyle', name: 'pycodestyle', pypi: ['pycodestyle', 'pydocstyle'], imports: [], signals: ['lint_typecheck'] },
  { id: 'autopep8', name: 'autopep8', pypi: ['autopep8'], imports: [], signals: ['lint_typecheck'] },
  { id: 'bandit', name: 'Bandit', pypi: ['bandit'], imports: [], signals: ['lint_typecheck'], files: ['**/.bandit'] },
  { id: 'pytype', name: 'pytype', pypi: ['pytype'], imports: [], signals: ['lint_typecheck'] },
  { id: 'pre-commit', name: 'pre-commit', pypi: ['pre-commit'], imports: [], signals: [], files: ['**/.pre-commit-config.yaml', '**/.pre-commit-config.yml'] },
  { id: 'docker', name: 'Docker', pypi: [], imports: [], signals: ['containerized'], aliases: ['docker compose', 'docker-compose', 'dockerfile'] },
  { id: 'git', name: 'Git', pypi: [], imports: [], signals: [] },
  { id: 'github-actions', name: 'GitHub Actions', pypi: [], imports: [], signals: ['ci'], files: ['.github/workflows/*.yml', '.github/workflows/*.yaml'] },
  { id: 'gitlab-ci', name: 'GitLab CI', pypi: [], imports: [], signals: ['ci'], files: ['**/.gitlab-ci.yml'] },
  { id: 'jenkins', name: 'Jenkins', pypi: [], imports: [], signals: ['ci'], files: ['**/Jenkinsfile'] },
  { id: 'circleci', name: 'CircleCI', pypi: [], imports: [], signals: ['ci'], files: ['.circleci/config.yml'] },
  { id: 'azure-pipelines', name: 'Azure Pipelines', pypi: [], imports: [], signals: ['ci'], files: ['**/azure-pipelines.yml', '**/azure-pipelines.yaml'] },
  { id: 'travis-ci', name: 'Travis CI', pypi: [], imports: [], signals: ['ci'], files: ['.travis.yml'] },
  { id: 'bitbucket-pipelines', name: 'Bitbucket Pipelines', pypi: [], imports: [], signals: ['ci'], files: ['bitbucket-pipelines.yml'] },
  { id: 'nox', name: 'nox', pypi: ['nox'], imports: ['nox'], signals: [], files: ['**/noxfile.py'] },
  { id: 'tox', name: 'tox', pypi: ['tox'], imports: [], signals: [], files: ['**/tox.ini'] },
]);

/**
 * Names a linter, formatter or type checker goes by in config keys and
 * pre-commit hook ids (`tool.ruff`, `[flake8]`, `mypy-numpy.*`, hook `black-jupyter`).
 */
export const LINT_CONFIG_NAMES: ReadonlySet<string> = new Set(
  ('ruff flake8 flakeheaven flakehell pylint black blacken isort mypy pyright basedpyright yapf pycodestyle pep8 ' +
    'pydocstyle pyflakes autopep8 autoflake pyupgrade bandit pytype pyre pylama prospector darglint docformatter').split(' '),
);
