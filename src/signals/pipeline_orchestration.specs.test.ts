import { describe, expect, it } from 'vitest';
import { detect } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { pipelineOrchestration } from './pipeline_orchestration.js';

// A DAG in a sub-project of its own whose task submits a job spec file: it is
// the ML workflow when the program the spec runs does ML.

/** A DAG submitting `spec` as an EMR-on-EKS or Spark operator would. */
const DAG = py`
  from airflow import DAG
  from airflow.providers.cncf.kubernetes.operators.spark_kubernetes import SparkKubernetesOperator

  with DAG("weekly", schedule=None) as dag:
      SparkKubernetesOperator(task_id="submit", application_file="specs/job.yaml")
`;

/** A SparkApplication running `main` in the image built from `jobs/`. */
const spec = (main: string) => yaml`
  apiVersion: sparkoperator.k8s.io/v1beta2
  kind: SparkApplication
  spec:
    image: jobs:latest
    mainApplicationFile: ${main}
`;

const JOBS = {
  'jobs/requirements.txt': 'pyspark==3.5.0\nscikit-learn==1.4.2\n',
  'jobs/Dockerfile': 'FROM spark:3.5.0-python3\nWORKDIR /opt/jobs\nCOPY pipeline/ ./pipeline/\n',
  'jobs/pipeline/fit.py': 'from sklearn.ensemble import RandomForestClassifier\nRandomForestClassifier().fit(X, y)\n',
  'jobs/pipeline/clean.py': 'import pyspark\nspark.read.csv("raw").dropna().write.parquet("clean")\n',
};

describe('signals/pipeline_orchestration (tasks that submit job specs)', () => {
  it('is present when the spec runs a program of the repository that does ML', async () => {
    const result = await detect(pipelineOrchestration, {
      'orchestration/requirements.txt': 'apache-airflow==2.9.1\n',
      'orchestration/dags/weekly.py': DAG,
      'orchestration/dags/specs/job.yaml': spec('local:///opt/jobs/pipeline/fit.py'),
      ...JOBS,
    });

    expect(result.present).toBe(true);
    expect(result.evidence.map((e) => e.match)).toContain('SparkKubernetesOperator: spec specs/job.yaml (local:///opt/jobs/pipeline/fit.py) runs jobs/pipeline/fit.py');
  });

  it('is absent when the spec runs a program without ML', async () => {
    const result = await detect(pipelineOrchestration, {
      'orchestration/requirements.txt': 'apache-airflow==2.9.1\n',
      'orchestration/dags/weekly.py': DAG,
      'orchestration/dags/specs/job.yaml': spec('local:///opt/jobs/pipeline/clean.py'),
      ...JOBS,
    });

    expect(result).toMatchObject({ present: false });
    expect(result.evidence.map((e) => e.match).join('\n')).not.toContain('runs jobs/');
  });
});
