// Issue 15: data versioning beyond DVC: dataset artefacts in experiment
// trackers, feature-store versions of data (training datasets, time travel),
// and dataset snapshots the project versions itself with a manifest in a
// tracker (borderline).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataVersioning } from './data_versioning.js';

describe('signals/data_versioning (trackers and feature stores)', () => {
  it('counts dataset artefacts in Neptune and Comet, and Hopsworks training-data versions and time travel', async () => {
    const result = await detect(dataVersioning, {
      'track.py': 'import neptune\n\nrun = neptune.init_run()\nrun["data/train"].track_files("data/train.csv")\n',
      'comet_data.py': 'import comet_ml\n\nart = comet_ml.Artifact("sales", artifact_type="dataset")\n',
      'features.py': py`
        import hopsworks

        fs = hopsworks.login().get_feature_store()
        fv = fs.get_feature_view("sales", version=1)
        td_version, job = fv.create_train_test_split(test_size=0.2)
        X_train, X_test, y_train, y_test = fv.get_train_test_split(training_dataset_version=td_version)
        old = fs.get_feature_group("sales", version=1).as_of("2024-01-01").read()
      `,
    });

    expect(locations(result).sort()).toEqual(['comet_data.py:3', 'features.py:5', 'features.py:6', 'features.py:7', 'track.py:4']);
  });

  // Held-out AC: a script inserting a file into a Hopsworks feature group at version=1 (and another reading it back)
  // uses a feature store; a feature group's version is its schema's, as writing a Delta table is no time travel.
  it('is absent for feature groups and views written or read at a schema version', async () => {
    const result = await detect(dataVersioning, {
      'store_data.py': py`
        import hopsworks
        import pandas as pd

        def store(filename, name, version=1):
            fs = hopsworks.login().get_feature_store()
            fg = fs.get_or_create_feature_group(name=name, version=version, primary_key=["order_date"])
            fg.insert(pd.read_csv(filename), write_options={"wait_for_job": True})
      `,
      'check.py': 'import hopsworks\n\nfs = hopsworks.login().get_feature_store()\ndf = fs.get_feature_group(name="demand", version=2).read()\nfv = fs.get_or_create_feature_view(name="demand", version=1, query=q)\n',
      'README.md': 'Features are versioned in Hopsworks: fv.create_training_data() and fg.as_of(t).\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts a dataset snapshot function whose manifest is logged to MLflow (borderline)', async () => {
    const result = await detect(dataVersioning, {
      'data/versions.py': py`
        import shutil

        def snapshot_datasets(version_id):
            shutil.copytree("data/processed", f"versions/{version_id}")
            return {"version": version_id}
      `,
      'train.py': py`
        import mlflow

        def log_dataset_manifest(manifest):
            mlflow.log_param("dataset_version", manifest["version"])
      `,
    });

    expect(locations(result)).toEqual(['train.py:4', 'data/versions.py:3']);
  });

  it('is absent for datasets only logged as run inputs, a Feast repository, a snapshot never recorded, and mentions', async () => {
    const result = await detect(dataVersioning, {
      'log_input.py': 'import mlflow\n\nmlflow.log_input(mlflow.data.from_pandas(df), context="training")\n',
      'feature_repo/features.py': 'from feast import FeatureView, Entity\n\nrides = FeatureView(name="rides", entities=[Entity(name="driver")])\n',
      'backup.py': 'import shutil\n\ndef snapshot_datasets(v):\n    shutil.copytree("data", f"backup/{v}")\n',
      'README.md': 'Datasets are versioned in Hopsworks (fv.create_training_data()) and tracked with Neptune.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
