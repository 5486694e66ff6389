import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataValidation } from './data_validation.js';

describe('signals/data_validation', () => {
  it('is present for Great Expectations and pandera checks, at the import', async () => {
    const result = await detect(dataValidation, {
      'tests/data/conftest.py': 'import great_expectations as ge\n',
      'pipeline/schema.py': py`
        import pandas as pd
        import pandera as pa

        schema = pa.DataFrameSchema({"age": pa.Column(int, pa.Check.ge(0))})
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['pipeline/schema.py:2', 'tests/data/conftest.py:1']);
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

  it('counts record or feature models in an ML project', async () => {
    const result = await detect(dataValidation, {
      'features.py': 'from pydantic import BaseModel\n\nclass HouseFeatures(BaseModel):\n    rooms: int\n',
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

  it('leaves a declared pandera that is never imported as a hint', async () => {
    const result = await detect(dataValidation, { 'requirements.txt': 'pandera==0.18\n' });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
  });
});
