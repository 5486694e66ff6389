// Held-out review (issue 15), ci: a workflow whose job deploys by a push (a
// Hugging Face Space, Heroku) is CI work (signals.md: "a CI configuration runs
// the project's own build, tests, linters, training or deployment on push");
// a large-file warning bot is housekeeping, and a workflow that tests, builds
// or deploys is cited before one that only runs an action of unknown purpose.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { yaml } from '../../test/helpers/text.js';
import { ci } from './ci.js';
import { deployRemotes, pushDeploys } from './lib/push-deploys.js';
import { shellCommands } from './lib/shell.js';

const SPACE_SYNC = yaml`
  name: Deploy the demo
  on:
    push:
      branches: [main]
  jobs:
    sync:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4
        - name: Push to the Space
          env:
            HF_TOKEN: \${{ secrets.HF_TOKEN }}
          run: git push --force https://me:$HF_TOKEN@huggingface.co/spaces/me/demo main
`;

const SIZE_BOT = yaml`
  on: pull_request
  jobs:
    size:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4
        - uses: ppremk/lfs-warning@v3.2
          with:
            filesizelimit: 10MB
`;

describe('signals/ci (deploys by push, and which workflow is cited)', () => {
  it('counts a workflow that pushes the project to a Hugging Face Space, at the push', async () => {
    const result = await detect(ci, { '.github/workflows/deploy.yml': SPACE_SYNC, '.github/workflows/size.yml': SIZE_BOT });

    expect(result.present).toBe(true);
    expect(result.evidence.map((e) => [e.location, e.match])).toEqual([
      ['.github/workflows/deploy.yml:13', 'sync: git push --force https://me:$HF_TOKEN@huggingface.co/spaces/me/demo main (on: push)'],
    ]);
  });

  it('is absent for a large-file warning bot and a push to the repository\'s own branch, and says so', async () => {
    const result = await detect(ci, {
      '.github/workflows/size.yml': SIZE_BOT,
      '.github/workflows/branch.yml': yaml`
        on: push
        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: |
                  mkdir -p out && cp -r app/* out
                  git add -A . && git commit -m "Update" && git push origin deploy-branch
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toBe('CI files found but none runs the project automatically (steps only set up, echo, comment or run bots: .github/workflows/size.yml, .github/workflows/branch.yml)');
  });

  it('cites a workflow that tests or deploys before one that only runs an action of unknown purpose', async () => {
    const result = await detect(ci, {
      '.github/workflows/a-greeting.yml': 'on: pull_request\njobs:\n  hi:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: someone/pr-size-badge@v1\n',
      '.github/workflows/m-lint.yml': 'on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: psf/black@stable\n      - run: pytest\n',
      '.github/workflows/z-deploy.yml': 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: someone/pr-size-badge@v1\n      - run: git push heroku main\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['.github/workflows/m-lint.yml:6', '.github/workflows/z-deploy.yml:7', '.github/workflows/a-greeting.yml:6']);
  });

  it('reads deploy pushes by URL, by a host remote name and by a remote the script adds; never a push to origin', () => {
    const script = 'git remote add space https://hf.co/spaces/me/app\ngit -C dist push space HEAD:main\ngit push origin main\nhf upload me/app . --repo-type space';
    const cmds = shellCommands(script);
    const remotes = deployRemotes(cmds);

    expect([...remotes]).toEqual(['space']);
    expect(cmds.map((c) => pushDeploys(c, remotes))).toEqual([false, true, false, true]);
    expect(shellCommands('git push -u dokku main\ngit push https://git.heroku.com/app.git HEAD:main\ngit push').map((c) => pushDeploys(c))).toEqual([true, true, false]);
  });
});
