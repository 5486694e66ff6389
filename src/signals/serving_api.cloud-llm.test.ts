import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { servingApi } from './serving_api.js';

const ROUTES = py`
  from fastapi import APIRouter

  from app.services.llm_service import LlmService

  router = APIRouter()
  service = LlmService()


  @router.post("/chat")
  async def chat(message: str):
      return service.reply(message)
`;

describe('signals/serving_api (cloud LLM SDKs)', () => {
  it('is present for routes calling a service module that calls Bedrock through boto3', async () => {
    const result = await detect(servingApi, {
      'app/api/routes.py': ROUTES,
      'app/services/llm_service.py': py`
        import boto3


        class LlmService:
            def __init__(self):
                self.client = boto3.client("bedrock-runtime", region_name="us-east-1")

            def reply(self, message):
                return self.client.converse(modelId="anthropic.claude-3", messages=[message])
      `,
    });

    expect(result.present).toBe(true);
    // Both in the routes file: the handler's call into the service, and its route (issue 14: not a line of another file).
    expect(locations(result).sort()).toEqual(['app/api/routes.py:11', 'app/api/routes.py:9']);
  });

  it('counts Vertex AI and Azure OpenAI calls reached from a route', async () => {
    const vertex = await detect(servingApi, {
      'app/api/routes.py': ROUTES,
      'app/services/llm_service.py': py`
        from vertexai.generative_models import GenerativeModel


        class LlmService:
            def reply(self, message):
                return GenerativeModel("gemini-1.5-pro").generate_content(message).text
      `,
    });
    const azure = await detect(servingApi, {
      'app/api/routes.py': ROUTES,
      'app/services/llm_service.py': py`
        from openai import AzureOpenAI


        class LlmService:
            def reply(self, message):
                client = AzureOpenAI(api_version="2024-06-01")
                return client.chat.completions.create(model="gpt-4o", messages=[message])
      `,
    });

    expect(vertex.present).toBe(true);
    expect(azure.present).toBe(true);
  });

  it('counts a route that posts to an Azure OpenAI deployment without an SDK, at the call in its handler', async () => {
    const result = await detect(servingApi, {
      'api.py': py`
        import requests
        from fastapi import FastAPI

        app = FastAPI()


        @app.post("/ask")
        def ask(q: str):
            return requests.post("https://contoso.openai.azure.com/openai/deployments/gpt4/chat/completions", json={"q": q}).json()
      `,
    });

    expect(locations(result)).toEqual(['api.py:9', 'api.py:7']);
  });

  it('is absent when the service only uses boto3 for storage or only mentions Bedrock', async () => {
    const result = await detect(servingApi, {
      'app/api/routes.py': ROUTES,
      'app/services/llm_service.py': py`
        import boto3

        # client = boto3.client("bedrock-runtime")
        NOTE = "Bedrock converse() comes later"


        class LlmService:
            def reply(self, message):
                return boto3.client("s3").put_object(Bucket="b", Key="k", Body=message)
      `,
    });

    expect(result.present).toBe(false);
    expect(result.note).toMatch(/^web API without a model/);
  });
});
