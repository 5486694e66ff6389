// The demo's example candidate: a CV (Markdown) and the churn-model repository,
// committed under the candidate's git identity when git is available so that
// authorship shows. A fictional person; written for Evident.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { safeGitEnv } from '../ingest/source.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { EXAMPLE_REPO } from './example-repo.js';

const run = promisify(execFile);

export const EXAMPLE_IDENTITY = { name: 'Sam Example', email: 'sam@example.org' };

/** Claims what the repository shows, and a few things it does not (PyTorch, LangChain, Airflow). */
export const EXAMPLE_CV = `# Sam Example

sam@example.org · https://github.com/sam-example · Example City

## Summary

Machine learning engineer who takes tabular models to production: feature
pipelines in pandas, gradient-boosted models with scikit-learn, experiment
tracking and a model registry in MLflow, FastAPI services and drift reports
with Evidently.

## Experience

**ML Engineer**, Example Telecom, 2022 – Present

- Built the churn model (scikit-learn) and its feature pipeline (pandas).
- Served predictions with FastAPI; tracked experiments and models in MLflow.
- Added drift reports with Evidently and a weekly retraining job.

**Data Scientist**, Example Retail, 2019 – 2022

- Forecasting with PyTorch and LangChain prototypes; orchestration with Airflow.

## Education

MSc Statistics, Example University, 2019

## Skills

Python, pandas, scikit-learn, MLflow, FastAPI, Evidently, pytest, PyTorch, LangChain, Airflow
`;

async function writeTree(root: string, files: Readonly<Record<string, string>>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    await mkdir(dirname(abs), { recursive: true });
    await writeFileAtomic(abs, content);
  }
}

export async function writeExampleRepo(root: string): Promise<void> {
  await writeTree(root, EXAMPLE_REPO);
}

/** Commits the tree as the candidate; false when git is not usable (the demo then runs without history). */
async function commitAs(root: string, when: Date): Promise<boolean> {
  const date = when.toISOString();
  const env = {
    ...safeGitEnv(),
    GIT_AUTHOR_NAME: EXAMPLE_IDENTITY.name,
    GIT_AUTHOR_EMAIL: EXAMPLE_IDENTITY.email,
    GIT_COMMITTER_NAME: EXAMPLE_IDENTITY.name,
    GIT_COMMITTER_EMAIL: EXAMPLE_IDENTITY.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
  try {
    for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '--no-gpg-sign', '-m', 'churn model: features, training, serving, drift']]) {
      await run('git', ['-C', root, ...args], { env, timeout: 20_000 });
    }
    return true;
  } catch {
    return false;
  }
}

/** Writes the CV (`cv.md`) and the repository (`churn-model/`) under `parent`. */
export async function writeExampleCandidate(parent: string, when: Date): Promise<{ cv: string; repo: string; history: boolean }> {
  const repo = join(parent, 'churn-model');
  await writeExampleRepo(repo);
  const history = await commitAs(repo, when);
  const cv = join(parent, 'sam-example-cv.md');
  await writeFileAtomic(cv, EXAMPLE_CV);
  return { cv, repo, history };
}
