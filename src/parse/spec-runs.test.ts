import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { parseYamlManifests } from './manifests.js';
import { jsonSpecRuns } from './spec-runs.js';

const runs = (configs: { key: string; text: string }[] | undefined) => (configs ?? []).filter((c) => c.key.startsWith('spec:')).map((c) => `${c.key} ${c.text}`);

describe('parse/spec-runs', () => {
  it('reads a SparkApplication main file with its arguments and image', () => {
    const { configs } = parseYamlManifests(
      yaml`
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        spec:
          image: spark-demo:v1.0
          mainApplicationFile: local:///app/train.py
          arguments: ["--epochs", "3"]
      `,
      'spark/train.yaml',
    );
    expect(runs(configs)).toEqual(['spec:run local:///app/train.py --epochs 3', 'spec:image spark-demo:v1.0']);
  });

  it('reads the containers of a Job template, the command and args joined', () => {
    const { configs } = parseYamlManifests(
      yaml`
        apiVersion: batch/v1
        kind: Job
        spec:
          template:
            spec:
              containers:
                - name: fit
                  image: trainer:1
                  command: ["python", "fit.py"]
                  args: ["--data", "/data"]
                - name: sidecar
                  image: fluentd
      `,
      'k8s/job.yaml',
    );
    expect(runs(configs)).toEqual(['spec:run python fit.py --data /data', 'spec:image trainer:1', 'spec:image fluentd']);
  });

  it('reads Databricks tasks and EMR steps from JSON, and nothing from other JSON', () => {
    const databricks = JSON.stringify({ tasks: [{ spark_python_task: { python_file: 'dbfs:/jobs/fit.py', parameters: ['--full'] } }, { notebook_task: { notebook_path: '/Repos/me/nb/score' } }] });
    const emr = JSON.stringify([{ Name: 'fit', HadoopJarStep: { Jar: 'command-runner.jar', Args: ['spark-submit', 's3://bkt/jobs/fit.py'] } }]);
    expect(runs(jsonSpecRuns(databricks).configs)).toEqual(['spec:run dbfs:/jobs/fit.py --full', 'spec:run /Repos/me/nb/score']);
    expect(runs(jsonSpecRuns(emr).configs)).toEqual(['spec:run spark-submit s3://bkt/jobs/fit.py']);
    expect(jsonSpecRuns(JSON.stringify({ rows: [{ python: 'file' }] }))).toEqual({});
  });
});
