// A vector index's endpoint created from code (Databricks Vector Search) hosts
// retrieval, like Pinecone's create_index: no deployment described as code and
// no model served (lib/vector-endpoints.ts). Held-out slice AY: a Databricks
// RAG notebook's `vsc.create_endpoint()` was read as a managed endpoint.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { infraAsCode } from './infra_as_code.js';
import { servingApi } from './serving_api.js';

describe('signals/infra_as_code and serving_api: vector index endpoints', () => {
  it.each([
    ['a client bound to a name', 'from databricks.vector_search.client import VectorSearchClient\nvsc = VectorSearchClient()\nvsc.create_endpoint(name="vs", endpoint_type="STANDARD")\n'],
    ['a client called in place', 'from databricks.vector_search.client import VectorSearchClient\nVectorSearchClient().create_endpoint(name="vs")\n'],
    ['the SDK\'s vector search endpoints', 'from databricks.sdk import WorkspaceClient\nw = WorkspaceClient()\nw.vector_search_endpoints.create_endpoint(name="vs")\n'],
    ['a comment and a README only', '# sm.create_endpoint(EndpointName="e", EndpointConfigName="c")\nprint("see README")\n'],
  ])('is absent for a vector index endpoint: %s', async (_name, code) => {
    const files = { 'rag.py': code, 'README.md': 'We call `sm.create_endpoint()` to deploy.\n' };

    const infra = await detect(infraAsCode, files);
    const serving = await detect(servingApi, files);

    expect(infra.present).toBe(false);
    expect(serving.present).toBe(false);
  });

  it('still counts a SageMaker endpoint created with boto3 beside a vector search client', async () => {
    const result = await detect(infraAsCode, {
      'deploy.py': py`
        import boto3
        from databricks.vector_search.client import VectorSearchClient
        vsc = VectorSearchClient()
        sm = boto3.client("sagemaker")
        sm.create_endpoint(EndpointName="churn", EndpointConfigName="churn-config")
      `,
    });

    expect(locations(result)).toEqual(['deploy.py:5']);
  });
});
