// Writes a batch of synthetic candidates for the rank bench: per candidate a
// Markdown CV, three small repositories (one a git repository committed under
// the candidate's identity) and a candidate.yaml. Profiles rotate so the batch
// mixes ML, LLM, MLOps and web developers; every file carries the candidate's
// number so no two candidates share content (a cold run parses everything).
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

type Files = Record<string, string>;

const PROFILES: Array<{ skills: string; repos: Array<(n: number) => Files> }> = [
  { skills: 'Python, scikit-learn, pandas, MLflow, FastAPI, Docker', repos: [mlRepo, dataRepo, webRepo] },
  { skills: 'Python, LangChain, OpenAI, FastAPI, pytest, PyTorch', repos: [llmRepo, mlRepo, notebookRepo] },
  { skills: 'Python, Django, Flask, PostgreSQL, Docker, Kubernetes, TensorFlow', repos: [webRepo, webRepo, notebookRepo] },
  { skills: 'Python, PyTorch, Airflow, DVC, Evidently, MLflow', repos: [torchRepo, dataRepo, mlRepo] },
];

function mlRepo(n: number): Files {
  return {
    'pyproject.toml': `[project]\nname = "model-${n}"\nversion = "0.1.${n}"\ndependencies = ["scikit-learn==1.5.1", "mlflow==2.14.1", "fastapi==0.111.0"]\n\n[tool.ruff]\nline-length = 100\n`,
    'src/model/train.py': `# candidate ${n}\nimport mlflow\nfrom sklearn.ensemble import GradientBoostingClassifier\nfrom sklearn.metrics import roc_auc_score\nfrom sklearn.model_selection import GridSearchCV, train_test_split\n\n\ndef train(X, y):\n    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)\n    with mlflow.start_run():\n        search = GridSearchCV(GradientBoostingClassifier(), {"max_depth": [2, ${(n % 4) + 3}]})\n        search.fit(X_train, y_train)\n        mlflow.log_metric("auc", roc_auc_score(y_test, search.predict_proba(X_test)[:, 1]))\n    return search.best_estimator_\n`,
    'src/model/serve.py': `# candidate ${n}\nimport joblib\nfrom fastapi import FastAPI\n\napp = FastAPI()\nmodel = joblib.load("model.joblib")\n\n\n@app.post("/predict")\ndef predict(x: float) -> dict:\n    return {"y": float(model.predict([[x]])[0])}\n`,
    'tests/test_train.py': `def test_train_${n}() -> None:\n    assert ${n} == ${n}\n`,
    Dockerfile: `FROM python:3.11-slim\nCOPY . .\nRUN pip install .  # ${n}\n`,
    '.github/workflows/ci.yml': `name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pytest  # ${n}\n`,
  };
}

function dataRepo(n: number): Files {
  return {
    'requirements.txt': 'pandas==2.2.2\npandera==0.20.3\napache-airflow==2.9.2\n',
    'etl/transform.py': `# candidate ${n}\nimport pandas as pd\nimport pandera as pa\n\nschema = pa.DataFrameSchema({"id": pa.Column(int)})\n\n\ndef run(src: str, dst: str) -> None:\n    df = pd.read_csv(src).dropna()\n    schema.validate(df)\n    df.groupby("id").sum().to_parquet(dst)\n`,
    'dags/daily.py': `# candidate ${n}\nfrom airflow import DAG\nfrom airflow.operators.python import PythonOperator\n\nwith DAG("daily_${n}", schedule="@daily") as dag:\n    PythonOperator(task_id="transform", python_callable=print)\n`,
  };
}

function llmRepo(n: number): Files {
  return {
    'pyproject.toml': `[project]\nname = "assistant-${n}"\nversion = "0.2.0"\ndependencies = ["openai>=1.30", "langchain>=0.2", "chromadb>=0.5"]\n`,
    'app/rag.py': `# candidate ${n}\nimport chromadb\nfrom openai import OpenAI\n\nclient = OpenAI()\ncollection = chromadb.Client().get_or_create_collection("docs_${n}")\n\n\ndef answer(question: str) -> str:\n    hits = collection.query(query_texts=[question], n_results=3)\n    context = "\\n".join(hits["documents"][0])\n    reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": context + question}])\n    return reply.choices[0].message.content\n`,
    'tests/test_rag.py': `def test_answer_${n}() -> None:\n    assert True\n`,
  };
}

function torchRepo(n: number): Files {
  return {
    'requirements.txt': 'torch==2.3.1\n',
    'model/net.py': `# candidate ${n}\nimport torch\nfrom torch import nn\n\n\nclass Net(nn.Module):\n    def __init__(self) -> None:\n        super().__init__()\n        self.fc = nn.Linear(${n + 4}, 2)\n\n    def forward(self, x):\n        return self.fc(x)\n\n\ndef train(model, loader, epochs: int = 3) -> None:\n    opt = torch.optim.Adam(model.parameters())\n    for _ in range(epochs):\n        for x, y in loader:\n            opt.zero_grad()\n            loss = nn.functional.cross_entropy(model(x), y)\n            loss.backward()\n            opt.step()\n`,
  };
}

function webRepo(n: number): Files {
  return {
    'requirements.txt': 'flask==3.0.3\n',
    'app.py': `# candidate ${n}\nfrom flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route("/")\ndef index() -> str:\n    return "shop ${n}"\n`,
    'tests/test_app.py': `from app import app\n\n\ndef test_index_${n}() -> None:\n    assert app.test_client().get("/").status_code == 200\n`,
  };
}

function notebookRepo(n: number): Files {
  const cell = (source: string) => ({ cell_type: 'code', metadata: {}, execution_count: 1, outputs: [], source: [source] });
  const nb = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [cell(`import pandas as pd\nimport tensorflow as tf\ndf = pd.read_csv("data_${n}.csv")\n`), cell('model = tf.keras.Sequential()\nmodel.fit(df, df)\n')] };
  return { 'analysis.ipynb': JSON.stringify(nb) };
}

function cv(n: number, skills: string): string {
  return `# Candidate Person ${n}\n\nperson${n}@example.org · Example Street ${n}\n\n## Summary\n\nEngineer with ${(n % 9) + 2} years of Python.\n\n## Experience\n\n**Engineer**, Example Co ${n}, 2020 – Present\n\n- Built services and models with ${skills.split(', ').slice(1, 4).join(', ')}.\n\n## Skills\n\n${skills}\n`;
}

async function writeFiles(root: string, files: Files): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

async function commit(root: string, n: number): Promise<void> {
  const who = { GIT_AUTHOR_NAME: `Person ${n}`, GIT_AUTHOR_EMAIL: `person${n}@example.org`, GIT_AUTHOR_DATE: '2026-06-01T10:00:00Z' };
  const env = { PATH: process.env.PATH, HOME: '/nonexistent', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...who, GIT_COMMITTER_NAME: who.GIT_AUTHOR_NAME, GIT_COMMITTER_EMAIL: who.GIT_AUTHOR_EMAIL, GIT_COMMITTER_DATE: who.GIT_AUTHOR_DATE };
  for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '-m', 'initial']]) await exec('git', ['-C', root, ...args], { env });
}

/** Writes `count` candidates under `root`; returns the number of repositories written. */
export async function writeSyntheticCandidates(root: string, count: number): Promise<number> {
  let repos = 0;
  for (let n = 1; n <= count; n++) {
    const dir = join(root, `candidate-${String(n).padStart(3, '0')}`);
    const profile = PROFILES[n % PROFILES.length];
    await writeFiles(dir, { 'cv.md': cv(n, profile.skills), 'candidate.yaml': `emails: [person${n}@example.org]\n` });
    for (const [i, make] of profile.repos.entries()) {
      await writeFiles(join(dir, `repo-${i + 1}`), make(n));
      if (i === 0) await commit(join(dir, `repo-${i + 1}`), n);
      repos++;
    }
  }
  return repos;
}
