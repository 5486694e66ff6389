import { describe, expect, it } from 'vitest';
import { lintProgram, runsProject, shellCommands } from './shell.js';

const runs = (script: string): string[] => shellCommands(script).filter(runsProject).map((c) => c.text);

describe('signals/lib/shell', () => {
  it('splits a script into simple commands, dropping wrappers, comments and heredoc bodies', () => {
    const commands = shellCommands('# setup\nFOO=1 poetry run pytest -x && echo ok\ncat <<EOF > r.md\npytest inside text\nEOF\nconda run -n env python train.py');

    expect(commands.map((c) => c.words.join(' '))).toEqual(['pytest -x', 'echo ok', 'cat <<EOF > r.md', 'python train.py']);
  });

  it.each([
    ['pytest tests/', true],
    ['python -m pytest', true],
    ['python train.py --epochs 1', true],
    ['uv run ruff check .', true],
    ['uv run --group test coverage run -m pytest tests/', true],
    ['docker build -t app .', true],
    ['dvc repro', true],
    ['./scripts/deploy.sh', true],
    ['make test', true],
    ['pip install -r requirements.txt', false],
    ['python -m pip install .', false],
    ['python --version', false],
    ['uv sync --frozen', false],
    ['dvc pull eval', false],
    ['dvc exp diff main --md', false],
    ['docker login -u x', false],
    ['cml comment create report.md', false],
    ['git fetch origin main:main', false],
    ['echo done', false],
    ['vl2svg vega.json roc.svg', false],
    // Signing in, configuring the CLI, asking its version: setup, whatever the tool.
    ['prefect cloud login --key $PREFECT_API_KEY --workspace ws', false],
    ['pulumi login s3://state', false],
    ['fly auth token', false],
    ['kubectl config use-context prod', false],
    ['java -version', false],
    ['go version', false],
    ['heroku container:login', false],
    // The same tools doing the project's work still count.
    ['prefect deployment build src/main.py:flow -n main', true],
    ['pulumi up --yes', true],
    ['kubectl apply -f k8s/', true],
    ['make -C docs html', true],
  ])('%s → runs the project: %s', (script, expected) => {
    expect(runs(script).length > 0).toBe(expected);
  });

  it('names the linter a command runs', () => {
    const tools = shellCommands('ruff check . && python -m mypy src\nblack --check .\npytest').map(lintProgram);

    expect(tools).toEqual(['ruff', 'mypy', 'black', undefined]);
  });

  it('names the linter a command runs inside a container, not the container tool itself', () => {
    const script = 'docker exec -it web flake8 app\ndocker compose -f dev.yml run --rm -e X=1 api python -m mypy src\ndocker-compose exec app black .\ndocker run --rm ruff\ndocker exec web pytest';
    const tools = shellCommands(script).map(lintProgram);

    expect(tools).toEqual(['flake8', 'mypy', 'black', undefined, undefined]);
  });
});
