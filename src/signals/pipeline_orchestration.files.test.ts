import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { text, yaml } from '../../test/helpers/text.js';
import { infraAsCode } from './infra_as_code.js';
import { pipelineOrchestration } from './pipeline_orchestration.js';

/** An Elyra pipeline file (pipeline-flow format 3) whose nodes run `files`. */
function elyra(files: string[], runtime = 'KUBEFLOW_PIPELINES'): string {
  const nodes = files.map((f, i) => `    {"id": "n${i}", "type": "execution_node", "op": "execute-notebook-node", "app_data": {"component_parameters": {"filename": "${f}"}}}`);
  return text`
    {"doc_type": "pipeline", "version": "3.0", "pipelines": [{"id": "primary", "nodes": [
    ${nodes.join(',\n')}
    ], "app_data": {"runtime_type": "${runtime}"}}]}
  `;
}

const FINE_TUNE = notebook(['from transformers import AutoModelForCausalLM\n', 'model = AutoModelForCausalLM.from_pretrained("gpt2")\nmodel.train()\n']);

/** A DataSciencePipelinesApplication: the server pipelines run on, not a pipeline. */
const DSPA = yaml`
  apiVersion: datasciencepipelinesapplications.opendatahub.io/v1alpha1
  kind: DataSciencePipelinesApplication
  metadata:
    name: pipelines
`;

describe('signals/pipeline_orchestration (pipeline files)', () => {
  it('is present for the nodes of an Elyra pipeline in a project that does ML, with its Kubeflow runtime', async () => {
    const result = await detect(pipelineOrchestration, {
      'Fine Tune.pipeline': elyra(['prep.ipynb', 'fine_tune.ipynb']),
      'prep.ipynb': notebook(['import pandas as pd\n']),
      'fine_tune.ipynb': FINE_TUNE,
    });

    expect(result.present).toBe(true);
    expect(result.evidence.map((e) => [e.location, e.match, e.tool])).toEqual([
      ['Fine Tune.pipeline:2', 'Elyra node prep.ipynb: prep.ipynb', 'elyra'],
      ['Fine Tune.pipeline:3', 'Elyra node fine_tune.ipynb: fine_tune.ipynb', 'elyra'],
      ['Fine Tune.pipeline:4', 'Elyra runtime KUBEFLOW_PIPELINES', 'kubeflow'],
    ]);
  });

  it('is present for a compiled Kubeflow pipeline spec', async () => {
    const result = await detect(pipelineOrchestration, {
      'pipeline.yaml': yaml`
        deploymentSpec:
          executors: {exec-train: {}}
        pipelineInfo:
          name: train
        root:
          dag:
            tasks: {train: {}}
      `,
      'train.py': 'from sklearn.linear_model import LogisticRegression\nLogisticRegression().fit(X, y)\n',
    });

    expect(result.evidence.map((e) => [e.location, e.tool])).toEqual([['pipeline.yaml:3', 'kubeflow']]);
  });

  it('is absent for a README about Kubeflow, a pipeline file without nodes and a pipelines server', async () => {
    const result = await detect(pipelineOrchestration, {
      'README.md': 'Run the fine-tuning as a Kubeflow pipeline from Elyra (Fine Tune.pipeline).\n',
      'Fine Tune.pipeline': elyra([]),
      'Empty.pipeline': '',
      'setup/dspa.yaml': DSPA,
      'fine_tune.ipynb': FINE_TUNE,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent, with a note, for an Elyra pipeline of notebooks that do no ML', async () => {
    const result = await detect(pipelineOrchestration, {
      'etl.pipeline': elyra(['extract.ipynb'], 'APACHE_AIRFLOW'),
      'extract.ipynb': notebook(['import pandas as pd\npd.read_csv("a.csv").to_parquet("a.parquet")\n']),
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toMatch(/no ML step.* in the project of etl\.pipeline$/);
  });

  it('does not count a compiled pipeline as infrastructure', async () => {
    const result = await detect(infraAsCode, {
      'pipeline.yaml': 'deploymentSpec: {executors: {}}\npipelineInfo: {name: p}\nroot: {dag: {tasks: {a: {}}}}\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
