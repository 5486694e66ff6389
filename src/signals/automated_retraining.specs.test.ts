import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { automatedRetraining } from './automated_retraining.js';

// A scheduled DAG whose task submits a job spec file (a SparkApplication, a
// pod template, a Databricks job): the training is in the program the spec
// runs, inside an image built from the repository.

/** A DAG on `schedule` submitting `spec` with `operator(keyword=spec)`. */
function dag(schedule: string, spec = 'sparkapplications/train.yaml', operator = 'SparkKubernetesOperator', keyword = 'application_file'): string {
  return py`
    from airflow import DAG
    from airflow.providers.cncf.kubernetes.operators.spark_kubernetes import SparkKubernetesOperator

    SCHEDULE = ${schedule}
    with DAG("model_train", schedule_interval=SCHEDULE) as dag:
        submit = ${operator}(task_id="submit", namespace="airflow", ${keyword}="${spec}")
  `;
}

const SPARK_APP = yaml`
  apiVersion: "sparkoperator.k8s.io/v1beta2"
  kind: SparkApplication
  metadata:
    name: train
  spec:
    type: Python
    image: "spark-demo:v1.0"
    mainApplicationFile: local:///app/train.py
`;

const FITS = 'import joblib\nfrom sklearn.linear_model import LogisticRegression\nmodel = LogisticRegression().fit(X, y)\njoblib.dump(model, "m.pkl")\n';
const SCORES = 'import joblib\nmodel = joblib.load("m.pkl")\nprint(model.predict(rows))\n';
const DOCKERFILE = 'FROM spark:3.5.0-python3\nCOPY requirements.txt requirements.txt\nRUN pip install -r requirements.txt\nCOPY src /app\n';

describe('signals/automated_retraining (scheduled tasks submitting job specs)', () => {
  it('is present for a scheduled SparkApplication whose main file, copied into the image, fits a model', async () => {
    const result = await detect(automatedRetraining, {
      'requirements.txt': 'scikit-learn\npyspark\n',
      Dockerfile: DOCKERFILE,
      'dags/dag_train.py': dag('"1 0 * * *"'),
      'dags/sparkapplications/train.yaml': SPARK_APP,
      'src/train.py': FITS,
      'src/inference.py': SCORES,
      // Another train.py elsewhere: only the Dockerfile's COPY tells which one runs.
      'notebooks/train.py': SCORES,
    });

    expect(locations(result)).toEqual(['dags/dag_train.py:5', 'dags/dag_train.py:6']);
    expect(result.evidence[1].match).toBe('SparkKubernetesOperator: spec sparkapplications/train.yaml (local:///app/train.py) runs src/train.py');
  });

  it('follows a pod template container command and a Databricks job JSON', async () => {
    const pod = await detect(automatedRetraining, {
      'dags/nightly.py': dag('"@daily"', 'templates/pod.yaml', 'KubernetesPodOperator', 'pod_template_file'),
      'dags/templates/pod.yaml': yaml`
        apiVersion: v1
        kind: Pod
        spec:
          containers:
            - name: base
              image: registry.io/team/trainer:1
              command: ["python", "-m", "pipeline.fit"]
      `,
      'trainer/Dockerfile': 'FROM python:3.12\nWORKDIR /srv\nCOPY . .\n',
      'trainer/pipeline/fit.py': FITS,
    });
    const databricks = await detect(automatedRetraining, {
      'dags/nightly.py': dag('"@weekly"', 'jobs/train_job.json', 'DatabricksSubmitRunOperator', 'json_file'),
      'dags/jobs/train_job.json': JSON.stringify({ tasks: [{ task_key: 'fit', spark_python_task: { python_file: 'dbfs:/jobs/fit_model.py' } }] }),
      'jobs/fit_model.py': FITS,
    });

    expect(pod.present).toBe(true);
    expect(pod.evidence[1].match).toContain('runs trainer/pipeline/fit.py');
    expect(databricks.present).toBe(true);
    expect(databricks.evidence[1].match).toContain('runs jobs/fit_model.py');
  });

  it('is absent for a spec whose program only scores, an unscheduled DAG, and a spec no task submits', async () => {
    const base = { Dockerfile: DOCKERFILE, 'dags/sparkapplications/train.yaml': SPARK_APP };
    const scoring = await detect(automatedRetraining, { ...base, 'dags/dag_train.py': dag('"@daily"'), 'src/train.py': SCORES });
    const unscheduled = await detect(automatedRetraining, { ...base, 'dags/dag_train.py': dag('None'), 'src/train.py': FITS });
    const unsubmitted = await detect(automatedRetraining, {
      ...base,
      'dags/dag_train.py': dag('"@daily"', 'sparkapplications/other.yaml'),
      'src/train.py': FITS,
    });
    // Mentioned only: a comment and a log line naming the spec.
    const mentioned = await detect(automatedRetraining, {
      ...base,
      'dags/dag_train.py': py`
        from airflow import DAG
        from airflow.operators.empty import EmptyOperator

        with DAG("model_train", schedule="@daily") as dag:
            print("submit sparkapplications/train.yaml by hand")  # sparkapplications/train.yaml
            EmptyOperator(task_id="noop")
      `,
      'src/train.py': FITS,
    });

    for (const result of [scoring, unscheduled, unsubmitted, mentioned]) expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
