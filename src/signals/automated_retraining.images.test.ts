import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { automatedRetraining } from './automated_retraining.js';

// A scheduled DAG whose container task runs an image the repository builds:
// the training is in the image's code, not named by the task.

/** A compose file building the `refresher` image from `model/`. */
const COMPOSE = yaml`
  services:
    refresher:
      build: ./model
`;

/** The DAG running the `refresher` image (compose names it `<project>_refresher`) on `schedule`. */
function dag(schedule: string): string {
  return py`
    from airflow import DAG
    from airflow.providers.docker.operators.docker import DockerOperator

    with DAG("nightly", schedule=${schedule}) as dag:
        DockerOperator(task_id="refresh", image="shop_refresher")
  `;
}

const MODEL = {
  'model/requirements.txt': 'scikit-learn==1.4.2\npandas==2.2.2\n',
  'model/Dockerfile': 'FROM python:3.12-slim\nCOPY . /m\nCMD ["python", "/m/run.py"]\n',
};

describe('signals/automated_retraining (scheduled container tasks)', () => {
  it('is present for a scheduled DAG whose image, built from the repository, fits a model', async () => {
    const result = await detect(automatedRetraining, {
      'docker-compose.yml': COMPOSE,
      'dags/requirements.txt': 'apache-airflow==2.9.1\n',
      'dags/nightly.py': dag('"@daily"'),
      ...MODEL,
      'model/run.py': py`
        import pandas as pd
        from sklearn.ensemble import RandomForestClassifier

        frame = pd.read_parquet("/data/orders.parquet")
        RandomForestClassifier().fit(frame.drop(columns="label"), frame["label"])
      `,
    });

    expect(locations(result)).toEqual(['dags/nightly.py:4', 'dags/nightly.py:5']);
    expect(result.evidence[1].match).toBe('DockerOperator: image shop_refresher (built from model) runs model/run.py');
  });

  it('is absent for the same image on no schedule, and for a scheduled image that only scores', async () => {
    const unscheduled = await detect(automatedRetraining, {
      'docker-compose.yml': COMPOSE,
      'dags/nightly.py': dag('None'),
      ...MODEL,
      'model/run.py': 'from sklearn.linear_model import Ridge\nRidge().fit(X, y)\n',
    });
    const scoring = await detect(automatedRetraining, {
      'docker-compose.yml': COMPOSE,
      'dags/nightly.py': dag('"@daily"'),
      ...MODEL,
      'model/run.py': 'import joblib\nmodel = joblib.load("/m/model.joblib")\nprint(model.predict(rows))\n',
    });

    expect(unscheduled).toMatchObject({ present: false, evidence: [] });
    expect(scoring).toMatchObject({ present: false, evidence: [] });
  });
});
