// Issue 15, ci: a workflow runs the project when it runs any ecosystem's
// build, test, lint or deploy command (`bundle exec rake test`, `npm test`,
// `go test`, `./gradlew build`, `cargo test`), not only Python's; and
// deployment by a hosting CLI's upload (`kaggle datasets version`) counts as
// signals.md's "build, tests, linters, training or deployment" says.
// Held-out AX (a Ruby gem's `bundle exec rake test`, firm) and AY (code
// uploaded to Kaggle on push, borderline) labelled both present. Installing
// dependencies, downloading data or printing a command runs nothing.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { yaml } from '../../test/helpers/text.js';
import { ci } from './ci.js';
import { projectCommand } from './lib/ci-steps.js';

const workflow = (run: string) => yaml`
  on: [push, pull_request]
  jobs:
    build:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4
        - run: bundle install
        - run: ${run}
`;

describe('signals/ci (commands of any ecosystem)', () => {
  it('counts a Ruby workflow that runs its tests through bundler, at the test step', async () => {
    const result = await detect(ci, { '.github/workflows/build.yml': workflow('bundle exec rake test') });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['.github/workflows/build.yml:8']);
    expect(result.evidence[0].match).toContain('bundle exec rake test');
  });

  it.each([
    ['bundle exec rake test', 'rake test'],
    ['bundle exec rspec', 'rspec'],
    ['npm test', 'npm test'],
    ['pnpm run build', 'pnpm run build'],
    ['go test ./...', 'go test ./...'],
    ['./gradlew build', './gradlew build'],
    ['mvn -B verify', 'mvn -B verify'],
    ['cargo test --all', 'cargo test --all'],
    ['composer test', 'composer test'],
    ['kaggle datasets version -p ./upload -m "update" --dir-mode zip', 'kaggle datasets version -p ./upload -m "update" --dir-mode zip'],
    ['kaggle kernels push -p notebook', 'kaggle kernels push -p notebook'],
    ['hf upload me/model ./out', 'hf upload me/model ./out'],
  ])('reads `%s` as running the project', (script, work) => {
    expect(projectCommand(script)?.words.join(' ')).toBe(work.replace(/"/g, ''));
  });

  it.each([
    'bundle install --jobs 4',
    'gem install bundler',
    'composer install --no-interaction',
    'kaggle datasets download -d owner/data',
    'kaggle competitions submit -c titanic -f submission.csv -m "first"',
    'kaggle config set -n path -v data',
    'echo "bundle exec rake test && npm test"',
  ])('reads `%s` as running nothing of the project', (script) => {
    expect(projectCommand(script)).toBeUndefined();
  });

  it('is absent for a workflow that only installs gems, downloads data and prints the test command', async () => {
    const result = await detect(ci, {
      '.github/workflows/build.yml': workflow('kaggle datasets download -d owner/data && echo "run: bundle exec rake test"'),
    });

    expect(result.present).toBe(false);
    expect(result.note).toContain('steps only set up, echo, comment or run bots: .github/workflows/build.yml');
  });

  it('counts a push workflow that uploads the code to Kaggle as a deployment', async () => {
    const result = await detect(ci, {
      '.github/workflows/upload.yml': yaml`
        on: push
        jobs:
          upload:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: pip install kaggle
              - run: cp -r ./src/* ./upload_dir/
              - run: kaggle datasets version -p ./upload_dir -m 'update' --dir-mode zip -d
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['.github/workflows/upload.yml:9']);
  });
});
