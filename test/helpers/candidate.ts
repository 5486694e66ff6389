// A small candidate for screen/rank tests: a repository tree and a Markdown CV
// whose identity (name, pronouns, school, address, contacts) can be swapped.
import { py, toml } from './text.js';

export const CANDIDATE_REPO: Record<string, string> = {
  'pyproject.toml': toml`
    [project]
    name = "shop-model"
    version = "0.1.0"
    dependencies = ["scikit-learn==1.5.1", "fastapi==0.111.0", "pandas==2.2.2"]
  `,
  'src/shop/train.py': py`
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.metrics import accuracy_score
    from sklearn.model_selection import train_test_split


    def train(X, y):
        X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)
        model = RandomForestClassifier().fit(X_train, y_train)
        return model, accuracy_score(y_test, model.predict(X_test))
  `,
  'src/shop/serve.py': py`
    import joblib
    from fastapi import FastAPI

    app = FastAPI()
    model = joblib.load("model.joblib")


    @app.post("/predict")
    def predict(x: float) -> dict:
        return {"y": float(model.predict([[x]])[0])}
  `,
  'tests/test_train.py': py`
    def test_train_runs() -> None:
        assert True
  `,
  Dockerfile: 'FROM python:3.11-slim\nCOPY . .\n',
};

export interface Persona {
  name: string;
  pronoun: string;
  school: string;
  address: string;
  email: string;
  born: string;
  nationality: string;
}

export const ALICE: Persona = {
  name: 'Alice Martin',
  pronoun: 'She',
  school: 'University of Oxford',
  address: '14 Kafka Lane, Springfield',
  email: 'alice.martin@example.com',
  born: '1990',
  nationality: 'British',
};

export const KWAME: Persona = {
  name: 'Kwame Mensah',
  pronoun: 'He',
  school: 'Kwame Nkrumah University of Science and Technology',
  address: '3 Harbour Road, Accra',
  email: 'kwame.mensah@example.org',
  born: '1971',
  nationality: 'Ghanaian',
};

/** A Markdown CV: the same skills and roles for every persona. */
export function cvText(p: Persona): string {
  return `# ${p.name}

${p.email} · +1 555 0100 · ${p.address} · born ${p.born} · ${p.nationality}

## Summary

${p.pronoun} builds tabular models with scikit-learn and serves them with FastAPI.

## Experience

**ML Engineer**, Example Shop, 2021 – Present

- Trained models with scikit-learn and PyTorch; deployed them with Docker and Kubernetes.

## Education

MSc Computer Science, ${p.school}, 2014

## Skills

Python, pandas, scikit-learn, PyTorch, FastAPI, MLflow, Airflow, LangChain
`;
}
