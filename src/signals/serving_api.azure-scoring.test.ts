// An Azure ML online deployment counts as serving a model unless it names no
// model and its scoring script, in the repository, runs none and reaches
// none (signals.md › serving_api: "A web API that serves no model or LLM is
// absent"). Held-out slice BJ: a FastAPI app whose one route answered
// "hello", deployed to a managed online endpoint, was credited.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { servingApi } from './serving_api.js';

const ENDPOINT = yaml`
  $schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json
  name: my-endpoint
  auth_mode: key
`;

function deployment(extra = ''): string {
  return yaml`
    $schema: https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json
    name: blue
    endpoint_name: my-endpoint
    code_configuration:
      code: src
      scoring_script: score.py
    instance_type: Standard_DS3_v2
  ` + extra;
}

const HELLO = py`
  import logging

  def init():
      logging.info("started")

  def run(raw_data):
      return {"message": "hello"}
`;

const SCORING = py`
  import os
  import joblib

  def init():
      global model
      model = joblib.load(os.path.join(os.getenv("AZUREML_MODEL_DIR"), "model.pkl"))

  def run(raw_data):
      return model.predict(raw_data).tolist()
`;

describe('signals/serving_api (Azure ML scoring scripts)', () => {
  it('is present for a deployment whose scoring script loads and runs a model', async () => {
    const result = await detect(servingApi, { 'deploy/endpoint.yml': ENDPOINT, 'deploy/deployment.yml': deployment(), 'deploy/src/score.py': SCORING });

    expect(result.present).toBe(true);
    expect(locations(result)).toContain('deploy/deployment.yml:1');
    expect(locations(result)).toContain('deploy/endpoint.yml:1');
  });

  it('is absent for a deployment whose scoring script serves no model, and for its endpoint', async () => {
    const result = await detect(servingApi, { 'endpoint.yml': ENDPOINT, 'deployment.yml': deployment(), 'src/score.py': HELLO });

    expect(result.present).toBe(false);
  });

  it('is present when the deployment names its model, or its script is not in the repository', async () => {
    const named = await detect(servingApi, { 'deployment.yml': deployment('model: azureml:clf:1\n'), 'src/score.py': HELLO });
    const elsewhere = await detect(servingApi, { 'deployment.yml': deployment(), 'README.md': 'The scoring script `score.py` lives in another repository.' });

    expect(locations(named)).toEqual(['deployment.yml:1']);
    expect(locations(elsewhere)).toEqual(['deployment.yml:1']);
  });

  it('is present for an endpoint with no deployment in the repository (near miss)', async () => {
    const result = await detect(servingApi, { 'endpoint.yml': ENDPOINT, 'src/score.py': HELLO });

    expect(locations(result)).toEqual(['endpoint.yml:1']);
  });
});
