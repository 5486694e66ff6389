// data_validation: a route linked to its model through an object the app
// builds (lib/model-reach.ts): the handler takes the request, reads the
// object from the app's state into a local name (`analyzer =
// request.app.state.analyzer`, an assignment the facts do not keep) and
// calls a method that a class of a model-loading module the app imports
// defines. The same method on a class of a module that loads no model links
// nothing.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataValidation } from './data_validation.js';

const appWith = (module: string) => py`
  from fastapi import FastAPI
  from ${module} import Analyzer
  from svc import routes

  app = FastAPI()
  app.state.analyzer = Analyzer()
  app.include_router(routes.router)
`;
const ROUTES = py`
  from fastapi import APIRouter, Request
  from pydantic import BaseModel

  router = APIRouter()

  class TextIn(BaseModel):
      text: str

  @router.post("/analyze")
  def analyze(body: TextIn, request: Request):
      analyzer = request.app.state.analyzer
      return analyzer.analyze(body.text)
`;

describe('signals/data_validation (a model object the app builds)', () => {
  it("counts the request schema of a handler calling a method of the app's model wrapper", async () => {
    const result = await detect(dataValidation, {
      'svc/model.py': 'from transformers import pipeline\n\nclass Analyzer:\n    def __init__(self):\n        self.pipe = pipeline("sentiment-analysis")\n\n    def analyze(self, text):\n        return self.pipe(text)[0]\n',
      'svc/main.py': appWith('svc.model'),
      'svc/routes.py': ROUTES,
    });

    expect(locations(result)).toEqual(['svc/routes.py:6']);
  });

  it('is absent when the class with that method loads no model', async () => {
    const result = await detect(dataValidation, {
      'svc/stats.py': 'class Analyzer:\n    def analyze(self, text):\n        return {"words": len(text.split())}\n',
      'svc/main.py': appWith('svc.stats'),
      'svc/routes.py': ROUTES,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
