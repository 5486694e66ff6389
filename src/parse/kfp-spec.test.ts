import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { parseFile } from './index.js';

function manifests(path: string, content: string) {
  return parseFile(path, new TextEncoder().encode(content)).manifests;
}

/** The shape `kfp.compiler.Compiler().compile()` writes (KFP v2 IR), cut down. */
const IR = yaml`
  # PIPELINE DEFINITION
  # Name: train-pipeline
  components:
    comp-train:
      executorLabel: exec-train
  deploymentSpec:
    executors:
      exec-train:
        container:
          image: python:3.11
  pipelineInfo:
    name: train-pipeline
  root:
    dag:
      tasks:
        train:
          componentRef:
            name: comp-train
  schemaVersion: 2.1.0
  sdkVersion: kfp-2.7.0
`;

describe('parse/kfp-spec', () => {
  it('reads a compiled KFP v2 pipeline spec as a kfp:pipeline at its pipelineInfo', () => {
    expect(manifests('pipelines/train_pipeline.yaml', IR)).toEqual([{ kind: 'kfp:pipeline', text: 'kfp pipeline train-pipeline: 1 task', line: 11 }]);
  });

  it('reads the spec under `pipelineSpec` of a Vertex AI PipelineJob', () => {
    const job = yaml`
      displayName: nightly
      pipelineSpec:
        deploymentSpec: {executors: {exec-a: {}, exec-b: {}}}
        pipelineInfo: {name: nightly}
        root: {dag: {tasks: {prep: {}, fit: {}}}}
      runtimeConfig: {}
    `;

    expect(manifests('job.yaml', job)).toEqual([{ kind: 'kfp:pipeline', text: 'kfp pipeline nightly: 2 tasks', line: 4 }]);
  });

  it('is no pipeline for a compiled component alone, or for a file that only names the keys', () => {
    const component = yaml`
      deploymentSpec:
        executors: {exec-train: {}}
      pipelineInfo:
        name: train
      root:
        executorLabel: exec-train
    `;

    expect(manifests('component.yaml', component)).toEqual([]);
    expect(manifests('notes.yaml', 'docs: "pipelineInfo and deploymentSpec are written by the compiler"\n')).toEqual([]);
  });
});
