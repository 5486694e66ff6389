// Issue 15: data versioning beyond DVC: dataset artefacts in experiment
// trackers, feature-store versions, and dataset snapshots the project
// versions itself with a manifest in a tracker (borderline).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataVersioning } from './data_versioning.js';

describe('signals/data_versioning (trackers and feature stores)', () => {
  it('counts dataset artefacts in Neptune and Comet, and a versioned Hopsworks feature group', async () => {
    const result = await detect(dataVersioning, {
      'track.py': 'import neptune\n\nrun = neptune.init_run()\nrun["data/train"].track_files("data/train.csv")\n',
      'comet_data.py': 'import comet_ml\n\nart = comet_ml.Artifact("sales", artifact_type="dataset")\n',
      'features.py': 'import hopsworks\n\nfs = hopsworks.login().get_feature_store()\nfg = fs.get_or_create_feature_group("sales", version=2, primary_key=["id"])\n',
    });

    expect(locations(result).sort()).toEqual(['comet_data.py:3', 'features.py:4', 'track.py:4']);
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
      'README.md': 'Datasets are versioned in Hopsworks (fs.get_feature_group(version=2)) and tracked with Neptune.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
