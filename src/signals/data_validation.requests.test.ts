// data_validation: a pydantic class counts when it describes features or is
// applied to records; a chat request wrapping the user's message, a message
// record keyed by ids, and an output composed from results do not
// (real-people review: a chat API's request body and a summary object were
// reported as data validation).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataValidation } from './data_validation.js';

/** An API module whose POST handler takes `schema` and calls an LLM. */
const chatApi = (schema: string) => py`
  from fastapi import FastAPI
  from openai import OpenAI
  from app.schemas import ${schema}

  app = FastAPI()
  client = OpenAI()

  @app.post("/chat")
  def chat(req: ${schema}):
      return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": req.message}])
`;

describe('signals/data_validation (request schemas and records)', () => {
  it('counts a request schema of a model-calling endpoint: constrained fields, typed fields, a feature matrix, a lone prompt', async () => {
    const constrained = await detect(dataValidation, {
      'app/schemas.py': py`
        from typing import Literal
        from pydantic import BaseModel, Field

        class ChatRequest(BaseModel):
            message: str
            temperature: float = Field(0.7, ge=0.0, le=1.0)
            tone: Literal["formal", "casual"] = "formal"
      `,
      'app/main.py': chatApi('ChatRequest'),
    });
    const typed = await detect(dataValidation, {
      'app/schemas.py': 'from pydantic import BaseModel\n\nclass ChatRequest(BaseModel):\n    message: str\n    use_context: bool = True\n',
      'app/main.py': chatApi('ChatRequest'),
    });

    const matrix = await detect(dataValidation, {
      'app/main.py': py`
        from typing import List
        import joblib
        from fastapi import FastAPI
        from pydantic import BaseModel

        app = FastAPI()
        model = joblib.load("model.joblib")

        class Batch(BaseModel):
            instances: List[List[float]]

        class Prompt(BaseModel):
            prompt: str

        @app.post("/predict")
        def predict(req: Batch):
            return {"y": model.predict(req.instances).tolist()}

        @app.post("/explain")
        def explain(req: Prompt):
            return {"y": model.predict([[len(req.prompt)]]).tolist()}
      `,
    });

    expect(locations(constrained)).toEqual(['app/schemas.py:4']);
    expect(locations(typed)).toEqual(['app/schemas.py:3']);
    expect(locations(matrix)).toEqual(['app/main.py:9', 'app/main.py:12']);
  });

  it('counts the schema of a handler that runs the model through a local service, and not the CRUD route beside it', async () => {
    const result = await detect(dataValidation, {
      'app/schemas.py': py`
        from pydantic import BaseModel

        class ScoreRequest(BaseModel):
            amount: float
            merchant: str

        class ProjectCreate(BaseModel):
            name: str
            description: str
      `,
      'app/services/scorer.py': 'import joblib\n\nmodel = joblib.load("model.joblib")\n\ndef score(req):\n    return float(model.predict([[req.amount]])[0])\n',
      'app/services/store.py': 'PROJECTS = []\n\ndef save(p):\n    PROJECTS.append(p)\n',
      'app/main.py': py`
        from fastapi import FastAPI
        from app.schemas import ProjectCreate, ScoreRequest
        from app.services.scorer import score
        from app.services.store import save

        app = FastAPI()

        @app.post("/score")
        def score_route(req: ScoreRequest):
            return {"fraud": score(req)}

        @app.post("/projects")
        def create_project(payload: ProjectCreate):
            save(payload)
            return payload
      `,
    });

    expect(locations(result)).toEqual(['app/schemas.py:3']);
  });

  it('counts a chat request whose handler calls the LLM, inherited fields included: free text going into inference is validated input (signals.md; borderline in the dev set)', async () => {
    const result = await detect(dataValidation, {
      'app/schemas.py': py`
        from typing import Optional
        from pydantic import BaseModel, Field

        class ChatRequest(BaseModel):
            message: str = Field(..., description="The user's message")
            session_id: Optional[str] = Field(None, description="Conversation")

        class MessageBase(BaseModel):
            content: str
            role: str

        class MessageCreate(MessageBase):
            thread_id: int
            user_id: int
            model_id: int
      `,
      'app/main.py': py`
        from fastapi import FastAPI
        from anthropic import Anthropic
        from app.schemas import ChatRequest, MessageCreate

        app = FastAPI()
        client = Anthropic()

        @app.post("/chat")
        def chat(req: ChatRequest):
            return client.messages.create(model="claude", max_tokens=100, messages=[{"role": "user", "content": req.message}])

        @app.post("/messages")
        def add(msg: MessageCreate):
            return client.messages.create(model="claude", max_tokens=100, messages=[{"role": msg.role, "content": msg.content}])
      `,
      'README.md': 'Requests are validated with pydantic (ChatRequest, MessageCreate).\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['app/schemas.py:12', 'app/schemas.py:4']);
  });

  it('counts a record model applied to rows with **row, and not an output model built from named results', async () => {
    const models = py`
      from pydantic import BaseModel

      class Student(BaseModel):
          age: int
          plan: str

      class StudentSummary(BaseModel):
          total: int
          mean_age: float
    `;
    // The rows feed a model (signals.md: data flowing into training or inference; data_validation.crud.test.ts).
    const train = 'from sklearn.linear_model import LinearRegression\n\ndef fit(X, y):\n    return LinearRegression().fit(X, y)\n';
    const applied = await detect(dataValidation, {
      'etl/models.py': models,
      'etl/train.py': train,
      'etl/pipeline.py': py`
        import pandas as pd
        from etl.models import Student

        def transform(path):
            df = pd.read_csv(path)
            return [Student(**row.to_dict()) for _, row in df.iterrows()]
      `,
    });
    const output = await detect(dataValidation, {
      'etl/models.py': models,
      'etl/train.py': train,
      'etl/analytics.py': py`
        import pandas as pd
        from etl.models import StudentSummary

        def summarise(path):
            df = pd.read_csv(path)
            return StudentSummary(total=len(df), mean_age=float(df["age"].mean()))
      `,
    });

    expect(locations(applied).sort()).toEqual(['etl/models.py:3', 'etl/pipeline.py:6']);
    expect(output).toMatchObject({ present: false, evidence: [] });
  });
});

describe('signals/data_validation (a model loaded beside the handler)', () => {
  it('counts the request schema of a handler whose file loads the model at module level', async () => {
    const result = await detect(dataValidation, {
      'src/api.py': py`
        from fastapi import FastAPI
        from pydantic import BaseModel
        from transformers import AutoTokenizer, AutoModelForSequenceClassification

        app = FastAPI()

        class PredictionRequest(BaseModel):
            text: str

        tokenizer = AutoTokenizer.from_pretrained("./model_output")
        model = AutoModelForSequenceClassification.from_pretrained("./model_output")

        @app.post("/predict")
        async def predict(request: PredictionRequest):
            inputs = tokenizer(request.text, return_tensors="pt")
            return {"logits": model(**inputs).logits.tolist()}
      `,
    });

    expect(locations(result)).toEqual(['src/api.py:7']);
  });
});
