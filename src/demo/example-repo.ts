// A small synthetic ML project the demo builds and scans: packaged, tested,
// served behind FastAPI, containerised, tracked with MLflow, checked for
// drift and retrained on a schedule. Written for Evident; not real code of anyone.
export const EXAMPLE_REPO: Readonly<Record<string, string>> = {
  'README.md': '# churn-model\n\nPredicts customer churn. Uses PyTorch, LangChain and Kubeflow (only mentioned here).\n',
  'pyproject.toml': `[project]
name = "churn-model"
version = "0.3.0"
requires-python = ">=3.10"
dependencies = ["scikit-learn==1.5.1", "pandas==2.2.2", "mlflow==2.14.1", "fastapi==0.111.0", "evidently==0.4.30"]

[project.optional-dependencies]
dev = ["pytest==8.2.2", "ruff==0.5.0", "wandb==0.17.0"]

[tool.ruff]
line-length = 100

[tool.mypy]
strict = true
`,
  'src/churn/__init__.py': '',
  'src/churn/features.py': `import pandas as pd


def build_features(raw: pd.DataFrame) -> pd.DataFrame:
    df = raw.dropna(subset=["customer_id"])
    usage = df.groupby("customer_id").agg(minutes=("minutes", "sum"))
    return df.merge(usage, on="customer_id")


def run(src: str, dst: str) -> None:
    build_features(pd.read_csv(src)).to_parquet(dst)
`,
  'src/churn/train.py': `import mlflow
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GridSearchCV, train_test_split

from churn.features import build_features


def train(df, target: str = "churned") -> GradientBoostingClassifier:
    X_train, X_test, y_train, y_test = train_test_split(df.drop(columns=[target]), df[target], test_size=0.2)
    with mlflow.start_run():
        search = GridSearchCV(GradientBoostingClassifier(), {"max_depth": [2, 3]}, cv=3)
        search.fit(X_train, y_train)
        auc = roc_auc_score(y_test, search.predict_proba(X_test)[:, 1])
        mlflow.log_metric("auc", auc)
        mlflow.sklearn.log_model(search.best_estimator_, "model", registered_model_name="churn")
    return search.best_estimator_
`,
  'src/churn/serve.py': `import mlflow.pyfunc
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
model = mlflow.pyfunc.load_model("models:/churn/Production")


class Customer(BaseModel):
    minutes: float
    plan: str


@app.post("/predict")
def predict(customer: Customer) -> dict:
    return {"churn": float(model.predict([customer.model_dump()])[0])}
`,
  'src/churn/drift.py': `from evidently.metric_preset import DataDriftPreset
from evidently.report import Report


def drift_report(reference, current) -> dict:
    report = Report(metrics=[DataDriftPreset()])
    report.run(reference_data=reference, current_data=current)
    return report.as_dict()
`,
  'tests/test_features.py': `import pandas as pd

from churn.features import build_features


def test_build_features_drops_missing_ids() -> None:
    raw = pd.DataFrame({"customer_id": [1, None], "minutes": [3.0, 4.0]})
    assert len(build_features(raw)) == 1
`,
  'notebooks/explore.ipynb': JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { cell_type: 'markdown', metadata: {}, source: ['# Exploration\n'] },
      { cell_type: 'code', metadata: {}, execution_count: 1, outputs: [], source: ['%pip install seaborn\n', 'import seaborn as sns\n', 'sns.histplot([1, 2, 3])\n'] },
    ],
  }),
  'Dockerfile': 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nRUN pip install .\nCMD ["uvicorn", "churn.serve:app", "--host", "0.0.0.0"]\n',
  '.github/workflows/ci.yml': `name: ci
on:
  push:
  pull_request:
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -e .[dev]
      - run: ruff check . && pytest
`,
  '.github/workflows/retrain.yml': `name: retrain
on:
  schedule:
    - cron: "0 3 * * 1"
jobs:
  retrain:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -e .
      - run: python -m churn.train
`,
  'k8s/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: churn-api
spec:
  replicas: 2
`,
};
