import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataValidation } from './data_validation.js';

describe('signals/data_validation', () => {
  it('is present for Great Expectations and pandera checks, at the import', async () => {
    const result = await detect(dataValidation, {
      'tests/data/conftest.py': 'import great_expectations as ge\ncontext = ge.get_context()\n',
      'pipeline/schema.py': py`
        import pandas as pd
        import pandera as pa

        schema = pa.DataFrameSchema({"age": pa.Column(int, pa.Check.ge(0))})
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['pipeline/schema.py:4', 'tests/data/conftest.py:2', 'pipeline/schema.py:2', 'tests/data/conftest.py:1']);
  });

  it('counts pydantic request schemas of an API that serves a model', async () => {
    const result = await detect(dataValidation, {
      'app/schemas.py': py`
        from pydantic import BaseModel, Field
        from pydantic_settings import BaseSettings

        class PredictRequest(BaseModel):
            text: str = Field(min_length=1)

        class AppSettings(BaseSettings):
            model_path: str = "model.pkl"
      `,
      'app/main.py': py`
        import joblib
        from fastapi import FastAPI
        from app.schemas import PredictRequest

        app = FastAPI()
        model = joblib.load("model.pkl")

        @app.post("/predict")
        def predict(req: PredictRequest):
            return {"label": model.predict([req.text])[0]}
      `,
    });

    expect(result.evidence).toMatchObject([{ location: 'app/schemas.py:4', match: 'class PredictRequest(pydantic.BaseModel)' }]);
  });

  it('does not count response models or schemas the API never takes a request through; a body parameter or a validating call counts', async () => {
    const schemas = py`
      from pydantic import BaseModel

      class Prediction(BaseModel):
          label: str
          score: float

      class Health(BaseModel):
          status: str

      class Query(BaseModel):
          text: str
          language: str
    `;
    const api = (handler: string) => py`
      import joblib
      from fastapi import FastAPI
      from app.schemas import Health, Prediction, Query

      app = FastAPI()
      model = joblib.load("model.pkl")

      @app.get("/health", response_model=Health)
      def health():
          return Health(status="ok")

      ${handler}
    `;
    const responseOnly = await detect(dataValidation, {
      'app/schemas.py': schemas,
      'app/main.py': api('@app.get("/predict", response_model=Prediction)\ndef predict(text: str):\n    return {"label": model.predict([text])[0], "score": 1.0}\n'),
    });
    const body = await detect(dataValidation, {
      'app/schemas.py': schemas,
      'app/main.py': api('@app.post("/predict", response_model=Prediction)\ndef predict(q: Query) -> Prediction:\n    return Prediction(label=model.predict([q.text])[0], score=1.0)\n'),
    });
    const validated = await detect(dataValidation, {
      'app/schemas.py': schemas,
      'app/main.py': api('@app.post("/predict")\nasync def predict(request):\n    q = Query.model_validate(await request.json())\n    return {"label": model.predict([q.text])[0]}\n'),
    });

    expect(responseOnly.present).toBe(false);
    expect(locations(body)).toEqual(['app/schemas.py:10']);
    expect(locations(validated)).toEqual(['app/schemas.py:10']);
  });

  it('counts record or feature models in an ML project', async () => {
    const result = await detect(dataValidation, {
      'features.py': 'from pydantic import BaseModel\n\nclass HouseFeatures(BaseModel):\n    rooms: int\n    area: float\n',
      'train.py': 'from sklearn.linear_model import LinearRegression\n',
    });

    expect(locations(result)).toEqual(['features.py:3']);
  });

  it('is absent for CRUD schemas of an API that serves no model, settings, LLM output schemas and mentions', async () => {
    const result = await detect(dataValidation, {
      'backend/models.py': 'from pydantic import BaseModel\n\nclass UserCreate(BaseModel):\n    email: str\n\nclass Config(BaseModel):\n    debug: bool\n',
      'backend/routes.py': 'from fastapi import APIRouter\nfrom backend.models import UserCreate\nrouter = APIRouter()\n\n@router.post("/users")\ndef create(user: UserCreate):\n    return user\n',
      'agent/state.py': 'from pydantic import BaseModel\nfrom langchain_openai import ChatOpenAI\n\nclass ResearchRecord(BaseModel):\n    summary: str\n',
      'README.md': 'Input data is validated with Great Expectations.\n',
      'check.py': '# import great_expectations as ge\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('does not count pandera typing annotations, which validate nothing', async () => {
    const result = await detect(dataValidation, {
      'requirements.txt': 'pandera==0.18.3\n',
      'nodes.py': py`
        import pandas as pd
        from pandera.typing import Series

        def is_event(target: Series) -> Series[bool]:
            return target > 0
      `,
    });

    // pandera is imported, so its declaration is no declared-only hint either (signals.md).
    expect(result).toMatchObject({ present: false, strength: null, evidence: [] });
  });

  it('counts request schemas that a package re-exports to the API module', async () => {
    const result = await detect(dataValidation, {
      'shared/records.py': 'from pydantic import BaseModel\n\nclass ScoreRequest(BaseModel):\n    amount: float\n    merchant_category: str\n',
      'app/schemas/__init__.py': 'from shared.records import ScoreRequest\n',
      'app/api.py': py`
        import joblib
        from fastapi import FastAPI
        from app.schemas import ScoreRequest

        app = FastAPI()
        model = joblib.load("model.joblib")

        @app.post("/score")
        def score(req: ScoreRequest):
            return {"fraud": float(model.predict([[req.amount]])[0])}
      `,
    });

    expect(locations(result)).toEqual(['shared/records.py:3']);
  });

  it('counts a hand-written check of the data against a schema file', async () => {
    const result = await detect(dataValidation, {
      'config/schema.yaml': 'columns:\n  - age: int64\n  - income: float64\nnumerical_columns:\n  - age\n',
      'src/components/data_validation.py': py`
        import pandas as pd

        class DataValidation:
            def validate_number_of_columns(self, df: pd.DataFrame) -> bool:
                return len(df.columns) == len(self.schema["columns"])

            def is_numerical_column_exist(self, df: pd.DataFrame) -> bool:
                return all(c in df.columns for c in self.schema["numerical_columns"])
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['src/components/data_validation.py:4', 'src/components/data_validation.py:7']);
  });

  it('needs both halves of a hand-written check: a schema and dataframe code', async () => {
    const result = await detect(dataValidation, {
      'forms.py': 'import re\n\ndef validate_columns(form):\n    return bool(re.match("a", form))\n',
      'etl/clean.py': 'import pandas as pd\n\ndef check_columns(df):\n    return list(df.columns)\n',
    });

    expect(result.present).toBe(false);
  });

  it('leaves a declared pandera that is never imported as a hint', async () => {
    const result = await detect(dataValidation, { 'requirements.txt': 'pandera==0.18\n' });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
  });
});
