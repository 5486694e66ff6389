import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSkill, roleClaim } from '../../test/helpers/cv.js';
import { buildRepo } from '../../test/helpers/repo.js';
import { fakeScan } from '../../test/helpers/scan.js';
import { py, toml, yaml } from '../../test/helpers/text.js';
import { scanRepository } from '../app/pipeline.js';
import type { RepoScan } from '../scan/types.js';
import { emptyClaims } from './extract.js';
import { buildClaimMatrix } from './matrix.js';

const claim = roleClaim;

const describeTool = describeSkill;

// A portfolio repository of two independent projects: `serving` is deployed
// (FastAPI, Docker, tracked experiments, CI at the root), `analysis` is a
// notebook-style study with its own requirements.
const MONOREPO = {
  '.github/workflows/ci.yml': yaml`
    on: [push]
    jobs:
      test:
        runs-on: ubuntu-latest
        steps:
          - run: pip install -e serving && pytest serving
  `,
  'serving/pyproject.toml': toml`
    [project]
    name = "serving"
    version = "0.1.0"
    dependencies = ["scikit-learn==1.5.1", "fastapi==0.111.0", "mlflow==2.14.0"]
  `,
  'serving/Dockerfile': 'FROM python:3.11-slim\nCOPY . .\nCMD ["uvicorn", "app:app"]\n',
  'serving/app.py': py`
    import joblib
    from fastapi import FastAPI

    app = FastAPI()
    model = joblib.load("model.joblib")


    @app.post("/predict")
    def predict(x: float) -> dict:
        return {"y": float(model.predict([[x]])[0])}
  `,
  'serving/train.py': py`
    import mlflow
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score


    def train(X, y):
        model = LogisticRegression().fit(X, y)
        mlflow.log_metric("accuracy", accuracy_score(y, model.predict(X)))
        return model
  `,
  'serving/tests/test_app.py': py`
    def test_predict() -> None:
        assert True
  `,
  'analysis/requirements.txt': 'statsmodels==0.14.2\npandas==2.2.2\n',
  'analysis/forecast.py': py`
    import pandas as pd
    import statsmodels.api as sm


    def fit(frame: pd.DataFrame):
        return sm.OLS(frame["y"], frame[["x"]]).fit()
  `,
};

let tree: { root: string; cleanup: () => Promise<void> };
let scan: RepoScan;

beforeAll(async () => {
  tree = await buildRepo(MONOREPO);
  scan = await scanRepository(tree.root, { history: false });
});

afterAll(async () => {
  await tree.cleanup();
});

describe('cv/matrix: projects inside a repository', () => {
  it('finds the project roots and counts tool files per project', () => {
    expect(scan.maturity.level).toBeGreaterThanOrEqual(2);
    expect(scan.projects).toEqual(['analysis', 'serving']);
    expect(scan.tools.find((t) => t.tool === 'statsmodels')?.projects).toEqual({ analysis: 1 });
  });

  it('judges each tool in its own project: one deployed project does not make every library production', () => {
    const matrix = buildClaimMatrix({ ...emptyClaims(), skills: ['scikit-learn', 'statsmodels', 'pandas'].map(claim) }, [scan], describeTool);

    expect(matrix.rows.map((r) => [r.skill, r.level])).toEqual([
      ['scikit-learn', 'production'],
      ['statsmodels', 'used'],
      ['pandas', 'used'],
    ]);
    expect(matrix.rows[0].reason).toMatch(/^used in serving, a deployed project \(serving\//);
    expect(matrix.rows[1]).toMatchObject({ reason: 'used in 1 file(s) of analysis', context: 'role' });
    expect(matrix.rows[1].evidence.map((e) => e.location)).toEqual(['analysis/forecast.py:6', 'analysis/forecast.py:2']);
  });

  it('a repository of one project keeps the repository-wide rule', () => {
    const single = { ...scan, projects: undefined, tools: scan.tools.map(({ projects: _, ...t }) => t) };

    const matrix = buildClaimMatrix({ ...emptyClaims(), skills: [claim('statsmodels')] }, [single], describeTool);

    expect(matrix.rows[0].level).toBe('production');
  });
});

describe('cv/matrix: skills the portfolio itself shows', () => {
  it('git from history, GitHub from the source, a CI service from its workflow file', () => {
    const hosted = fakeScan('alice/shop', {}, { source: { input: 'https://github.com/alice/shop.git', kind: 'git', commit: 'a'.repeat(40) } });
    const local = fakeScan('notes', {});
    const withCi = { ...scan, name: 'mono' };
    const skills = ['git', 'github', 'github-actions', 'gitlab-ci'].map((id) => ({ ...claim(id), tool: id !== 'github' }));

    const matrix = buildClaimMatrix({ ...emptyClaims(), skills }, [hosted, local, withCi], describeTool);

    expect(matrix.rows.map((r) => [r.skill, r.level, r.evidence[0]?.location ?? null])).toEqual([
      ['git', 'used', '.'],
      ['github', 'used', '.'],
      ['github-actions', 'used', '.github/workflows/ci.yml'],
      ['gitlab-ci', 'none', null],
    ]);
    expect(matrix.rows[1].reason).toBe('1 repository from GitHub');
    const blind = { ...hosted, name: 'repository 1', source: { ...hosted.source, input: 'https://github.com/[redacted]' } };
    expect(buildClaimMatrix({ ...emptyClaims(), skills: [skills[1]] }, [blind], describeTool).rows[0].level).toBe('used');
  });

  it('names a detector grouping by its product: LlamaIndex, never llamaindex-llm', () => {
    const repo = fakeScan('rag', {});
    const evidence = [{ path: 'rag.py', line: 1, location: 'rag.py:1', match: 'from llama_index.llms.openai import OpenAI', kind: 'import' as const }];
    repo.tools = [{ tool: 'llamaindex-llm', used: true, files: 1, evidence, configFiles: [], declared: [] }];

    const matrix = buildClaimMatrix(emptyClaims(), [repo], describeTool);

    expect(matrix.unclaimed.map((r) => [r.skill, r.name])).toEqual([['llamaindex', 'LlamaIndex']]);
  });
});
