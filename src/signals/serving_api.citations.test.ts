import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { servingApi } from './serving_api.js';

// Issue 14: cite the line that does the thing, in the handler's own file; no citation repeated.
describe('signals/serving_api (citations)', () => {
  it('cites the handler that calls into the model module, and only the route when no handler call leads there', async () => {
    const workflow = py`
      from openai import OpenAI


      def run_workflow(question):
          return OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])
    `;
    const called = await detect(servingApi, {
      'app/api.py': py`
        from fastapi import FastAPI

        from app.workflow import run_workflow

        app = FastAPI()


        @app.get("/health")
        def health():
            return {"ok": True}


        @app.post("/answer")
        def answer(q: str):
            return {"a": run_workflow(q)}
      `,
      'app/workflow.py': workflow,
    });
    const indirect = await detect(servingApi, {
      'app/api.py': py`
        from fastapi import FastAPI

        import app.workflow

        app = FastAPI()


        @app.post("/answer")
        def answer(q: str):
            return {"a": q}
      `,
      'app/workflow.py': workflow,
    });

    expect(locations(called)).toEqual(['app/api.py:13', 'app/api.py:15']);
    expect(locations(indirect)).toEqual(['app/api.py:8']);
  });

  it('cites the call a Lambda handler makes into the model module', async () => {
    const result = await detect(servingApi, {
      'lambda_function.py': py`
        import model

        service = model.init()


        def lambda_handler(event, context):
            return service.handle(event)
      `,
      'model.py': py`
        import mlflow


        class Service:
            def __init__(self):
                self.model = mlflow.pyfunc.load_model("models:/m/1")

            def handle(self, event):
                return self.model.predict(event)


        def init():
            return Service()
      `,
    });

    expect(locations(result)).toEqual(['lambda_function.py:6', 'lambda_function.py:7']);
  });

  it('cites a Ray Serve deployment once, as its decorator', async () => {
    const result = await detect(servingApi, {
      'serve.py': py`
        from ray import serve


        @serve.deployment(num_replicas=1)
        class Model:
            def __call__(self, request):
                return 1
      `,
    });

    expect(result.evidence.map((e) => `${e.location} ${e.match}`)).toEqual(['serve.py:4 @ray.serve.deployment']);
  });
});
