// data_validation: the request schema of a model server's handler counts as a
// web route's does (signals.md: pydantic models of model features): a BentoML
// service's `@svc.api` / `@bentoml.api`, a LitServe or KServe request method.
// Held-out slice AQ: a BentoML fraud service taking a pydantic batch of
// `FraudRequest(amount: Field(ge=0))` was missed, the service being no web
// framework's app.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataValidation } from './data_validation.js';

const SCHEMAS = py`
  from typing import List, Optional
  from pydantic import BaseModel, Field


  class FraudRequest(BaseModel):
      user_id: str
      amount: float = Field(..., ge=0)
      channel: Optional[str] = None


  class FraudBatchRequest(BaseModel):
      requests: List[FraudRequest]
`;

/** A legacy BentoML service (`svc = bentoml.Service(...)`) whose `predict` takes `param` and runs the MLflow model through helpers. */
const legacyService = (body: string) => py`
  import bentoml
  from bentoml.io import JSON
  import mlflow.pyfunc
  import pandas as pd

  from services.fraud.model import FraudBatchRequest

  _MODEL = None


  def _get_model():
      global _MODEL
      if _MODEL is None:
          _MODEL = mlflow.pyfunc.load_model("models:/fraud/Production")
      return _MODEL


  def handle_predict(batch):
      model = _get_model()
      frame = pd.DataFrame([r.dict() for r in batch.requests])
      return model.predict(frame).tolist()


  svc = bentoml.Service("fraud_detection")


  @svc.api(input=JSON(pydantic_model=FraudBatchRequest), output=JSON())
  ${body}
`;

describe('signals/data_validation (model servers)', () => {
  it('counts the pydantic input of a BentoML api that runs the model, and the records it holds', async () => {
    const result = await detect(dataValidation, {
      'services/fraud/model.py': SCHEMAS,
      'services/fraud/service.py': legacyService('def predict(batch: FraudBatchRequest) -> list:\n    return handle_predict(batch)\n'),
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['services/fraud/model.py:11', 'services/fraud/model.py:5']);
  });

  it('counts a BentoML 1.2 service class whose api runs the model its constructor loads', async () => {
    const result = await detect(dataValidation, {
      'service.py': py`
        import bentoml
        from pydantic import BaseModel, Field
        from transformers import pipeline


        class SummaryRequest(BaseModel):
            text: str
            max_length: int = Field(120, ge=10, le=512)


        @bentoml.service(resources={"cpu": "2"})
        class Summarizer:
            def __init__(self) -> None:
                self.pipe = pipeline("summarization", model="sshleifer/distilbart-cnn-12-6")

            @bentoml.api
            def summarize(self, req: SummaryRequest) -> str:
                return self.pipe(req.text, max_length=req.max_length)[0]["summary_text"]
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['service.py:6']);
  });

  it('counts the schema a LitServe decode_request takes when its predict runs the model', async () => {
    const result = await detect(dataValidation, {
      'server.py': py`
        import joblib
        import litserve as ls
        from pydantic import BaseModel, Field


        class HouseFeatures(BaseModel):
            rooms: int = Field(ge=1)
            area: float = Field(gt=0)


        class PriceAPI(ls.LitAPI):
            def setup(self, device):
                self.model = joblib.load("model.joblib")

            def decode_request(self, request: HouseFeatures):
                return [[request.rooms, request.area]]

            def predict(self, x):
                return self.model.predict(x)


        if __name__ == "__main__":
            ls.LitServer(PriceAPI()).run(port=8000)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['server.py:6']);
  });

  it('does not count a BentoML api whose handler runs no model', async () => {
    const result = await detect(dataValidation, {
      'services/fraud/model.py': SCHEMAS,
      'services/fraud/service.py': py`
        import bentoml
        from bentoml.io import JSON

        from services.fraud.model import FraudBatchRequest
        from services.fraud.store import save

        svc = bentoml.Service("feedback")


        @svc.api(input=JSON(pydantic_model=FraudBatchRequest), output=JSON())
        def feedback(batch: FraudBatchRequest) -> dict:
            save(batch.requests)
            return {"ok": True}
      `,
      'services/fraud/store.py': 'import json\n\ndef save(rows):\n    open("feedback.jsonl", "a").write(json.dumps(rows))\n',
    });

    expect(result.present).toBe(false);
  });

  it('does not count a schema beside a BentoML service that no api takes', async () => {
    const result = await detect(dataValidation, {
      'services/fraud/model.py': SCHEMAS,
      'services/fraud/service.py': legacyService('def predict(payload: dict) -> list:\n    return handle_predict(payload)\n'),
    });

    expect(result.present).toBe(false);
  });

  it('does not count a decorator named `api` on an object that is no model server', async () => {
    const result = await detect(dataValidation, {
      'app.py': py`
        import joblib
        from pydantic import BaseModel, Field
        from mytools import Registry


        class Features(BaseModel):
            amount: float = Field(ge=0)


        registry = Registry()
        model = joblib.load("model.joblib")


        @registry.api
        def score(f: Features):
            return model.predict([[f.amount]])
      `,
    });

    expect(result.present).toBe(false);
  });
});
