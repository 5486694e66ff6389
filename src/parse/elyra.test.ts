import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { parseFile } from './index.js';

const SCHEMA = 'http://api.dataplatform.ibm.com/schemas/common-pipeline/pipeline-flow/pipeline-flow-v3-schema.json';

function facts(path: string, content: string) {
  return parseFile(path, new TextEncoder().encode(content));
}

describe('parse/elyra', () => {
  it('reads each execution node as a stage, and the runtime', () => {
    const pipeline = text`
      {
        "doc_type": "pipeline",
        "version": "3.0",
        "json_schema": "${SCHEMA}",
        "pipelines": [{
          "id": "primary",
          "nodes": [
            { "id": "a", "type": "execution_node", "op": "execute-notebook-node",
              "app_data": { "label": "prepare", "component_parameters": { "filename": "prep.ipynb", "dependencies": ["data.csv"], "outputs": ["clean.csv"] } } },
            { "id": "b", "type": "execution_node", "op": "execute-python-node",
              "app_data": { "component_parameters": { "filename": "train.py" }, "ui_data": { "label": "train.py" } } },
            { "id": "c", "type": "execution_node", "op": "url-catalog:2b1f4e",
              "app_data": { "label": "upload", "component_parameters": { "bucket": "models" } } }
          ],
          "app_data": { "runtime_type": "KUBEFLOW_PIPELINES" }
        }]
      }
    `;

    const result = facts('flows/Train Model.pipeline', pipeline);

    expect(result.format).toBe('elyra');
    expect(result.stages).toEqual([
      { name: 'prepare', cmd: 'prep.ipynb', deps: ['data.csv'], outs: ['clean.csv'], line: 9 },
      { name: 'train.py', cmd: 'train.py', deps: [], outs: [], line: 11 },
      { name: 'upload', cmd: 'url-catalog:2b1f4e', deps: [], outs: [], line: 12 },
    ]);
    expect(result.configs).toEqual([{ key: 'elyra:runtime', text: 'KUBEFLOW_PIPELINES', line: 15 }]);
    expect(result.problems).toBeUndefined();
  });

  it('reads the format before 3.0, where the file sits in the node app_data and the runtime is `runtime`', () => {
    const pipeline = text`
      {"doc_type": "pipeline", "version": "1.0", "pipelines": [{"nodes": [
        {"type": "execution_node", "op": "execute-notebook-node", "app_data": {"filename": "train.ipynb"}}
      ], "app_data": {"runtime": "kfp"}}]}
    `;

    const result = facts('train.pipeline', pipeline);

    expect(result.stages).toEqual([{ name: 'train.ipynb', cmd: 'train.ipynb', deps: [], outs: [], line: 2 }]);
    expect(result.configs).toEqual([{ key: 'elyra:runtime', text: 'kfp', line: 3 }]);
  });

  it.each([
    ['no nodes', `{"doc_type": "pipeline", "json_schema": "${SCHEMA}", "pipelines": [{"id": "primary", "nodes": []}]}`],
    ['a generic node with no file', `{"doc_type": "pipeline", "pipelines": [{"nodes": [{"type": "execution_node", "op": "execute-notebook-node", "app_data": {"component_parameters": {"filename": ""}}}]}]}`],
    ['a comment node', `{"doc_type": "pipeline", "pipelines": [{"nodes": [{"type": "support_node", "op": "comment", "app_data": {}}]}]}`],
    ['other JSON', `{"name": "build", "pipelines": [{"nodes": [{"type": "execution_node", "op": "run"}]}]}`],
  ])('has no stage for %s', (_, content) => {
    expect(facts('x.pipeline', `${content}\n`).stages).toEqual([]);
  });

  it('reports a file that is not JSON as a problem', () => {
    const result = facts('broken.pipeline', '{"doc_type": "pipeline", "pipelines": [\n');

    expect(result.stages).toEqual([]);
    expect(result.problems?.[0]).toMatchObject({ path: 'broken.pipeline', kind: 'syntax' });
  });
});
