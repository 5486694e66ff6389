import { describe, expect, it } from 'vitest';
import { factsOf } from '../../../test/helpers/repo.js';
import { py } from '../../../test/helpers/text.js';
import { DetectContext } from '../context.js';
import { endpointSiblings, modelEndpoints } from './model-endpoints.js';
import { apiEvidence, routeHandlers } from './web-api.js';

async function fileOf(content: string) {
  const ctx = new DetectContext(await factsOf({ 'serve.py': content }));
  return ctx.python[0];
}

describe('signals/lib/model-endpoints', () => {
  it.each([
    ['a legacy BentoML service', py`
      import bentoml
      svc = bentoml.Service("fraud")

      @svc.api(input=None, output=None)
      def predict(batch):
          return batch
    `, ['predict']],
    ['a BentoML 1.2 service class', py`
      import bentoml

      @bentoml.service
      class Summarizer:
          @bentoml.api
          def summarize(self, text: str) -> str:
              return text

          def helper(self):
              pass
    `, ['Summarizer.summarize']],
    ['a LitServe API', py`
      import litserve as ls

      class API(ls.LitAPI):
          def setup(self, device):
              pass
          def decode_request(self, request):
              return request
          def predict(self, x):
              return x
    `, ['API.decode_request', 'API.predict']],
    ['a KServe model', py`
      import kserve

      class Churn(kserve.Model):
          def load(self):
              pass
          def predict(self, payload, headers=None):
              return payload
    `, ['Churn.predict']],
    ['a TorchServe handler', py`
      from ts.torch_handler.base_handler import BaseHandler

      class Handler(BaseHandler):
          def handle(self, data, context):
              return data
    `, ['Handler.handle']],
    ['a Ray Serve deployment', py`
      from ray import serve

      @serve.deployment
      class Model:
          async def __call__(self, request):
              return "ok"
    `, ['Model.__call__']],
    ['a Triton Python backend model', py`
      import triton_python_backend_utils as pb_utils

      class TritonPythonModel:
          def execute(self, requests):
              return []
    `, ['TritonPythonModel.execute']],
    ['a Cog predictor', py`
      from cog import BasePredictor, Input

      class Predictor(BasePredictor):
          def predict(self, prompt: str = Input(description="prompt")) -> str:
              return prompt
    `, ['Predictor.predict']],
  ])('finds the request handlers of %s, and the file is an API', async (_, content, handlers) => {
    const file = await fileOf(content);

    expect([...routeHandlers(file)].sort()).toEqual(handlers);
    expect(apiEvidence(file)).toBeDefined();
  });

  it.each([
    ['an `api` decorator on an object no model server built', 'from tools import Registry\nreg = Registry()\n\n@reg.api\ndef f(x):\n    return x\n'],
    ['a class named like a handler in a file that imports no model server', 'class TritonPythonModel:\n    def execute(self, requests):\n        return []\n'],
    ['a class with a `predict` method and no server base', 'import joblib\n\nclass Model:\n    def predict(self, x):\n        return joblib.load("m.pkl").predict(x)\n'],
  ])('finds none for %s', async (_, content) => {
    const file = await fileOf(content);

    expect(modelEndpoints(file)).toEqual([]);
    expect(apiEvidence(file)).toBeUndefined();
  });

  it('gives the other request methods of the same handler class', async () => {
    const file = await fileOf('import litserve as ls\n\nclass A(ls.LitAPI):\n    def decode_request(self, r):\n        return r\n    def predict(self, x):\n        return x\n');
    const decode = file.facts.functions.find((f) => f.name === 'decode_request')!;

    expect(endpointSiblings(file, decode).map((f) => f.name)).toEqual(['predict']);
  });
});
