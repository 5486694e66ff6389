import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { modelRegistry } from './model_registry.js';

describe('signals/model_registry', () => {
  it('is present for MLflow registry calls, registered_model_name and models:/ URIs', async () => {
    const result = await detect(modelRegistry, {
      'train.py': py`
        import mlflow
        from mlflow.tracking import MlflowClient

        mlflow.sklearn.log_model(model, "model", registered_model_name="churn")
        client = MlflowClient()
        client.transition_model_version_stage(name="churn", version=3, stage="Production")
      `,
      'serve.py': 'import mlflow\nmodel = mlflow.pyfunc.load_model("models:/churn@champion")\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['serve.py:2', 'train.py:4', 'train.py:6']);
  });

  it('finds W&B model artifacts, push_to_hub and the BentoML model store', async () => {
    const result = await detect(modelRegistry, {
      'wb.py': 'import wandb\nart = wandb.Artifact("clf", type="model")\nrun.log_artifact(art)\n',
      'hub.py': 'from transformers import AutoModel\nm = AutoModel.from_pretrained("bert-base-uncased")\nm.push_to_hub("me/bert-ft")\n',
      'bento.py': 'import bentoml\nbentoml.sklearn.save_model("iris_clf", clf)\n',
    });

    expect(locations(result)).toEqual(['bento.py:2', 'hub.py:3', 'wb.py:2']);
  });

  it('counts model files that DVC tracks: dvc.yaml outs, model artifacts and .dvc files', async () => {
    const result = await detect(modelRegistry, {
      'dvc.yaml': yaml`
        artifacts:
          clf:
            path: models/clf.pkl
            type: model
        stages:
          prepare:
            cmd: python prepare.py
            outs:
              - data/prepared
          train:
            cmd: python train.py
            outs:
              - models/clf.pkl
      `,
      'weights/resnet.pt.dvc': 'outs:\n- md5: 3f2a\n  path: resnet.pt\n',
      'data/raw.csv.dvc': 'outs:\n- md5: 9c1b\n  path: raw.csv\n',
    });

    expect(locations(result)).toEqual(['dvc.yaml:2', 'dvc.yaml:10', 'weights/resnet.pt.dvc']);
  });

  it('is absent for loading from a run or a file, a dataset pushed to the Hub, or a mention', async () => {
    const result = await detect(modelRegistry, {
      'README.md': 'Models go to the MLflow Model Registry (`mlflow.register_model`).\n',
      'load.py': py`
        import mlflow, joblib
        # mlflow.register_model("runs:/1/model", "clf")
        m = mlflow.pyfunc.load_model("runs:/abc/model")
        clf = joblib.load("models/model.pkl")
        dataset.push_to_hub("me/reviews")
      `,
      'model_registry.py': 'MODEL_REGISTRY = {"llama": {"path": "models/llama.gguf"}}\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts models versioned in the ZenML Model Control Plane', async () => {
    const result = await detect(modelRegistry, {
      'pipelines/training.py': py`
        from zenml import Model, pipeline

        @pipeline(model=Model(name="price_predictor"))
        def training():
            pass
      `,
      'steps/loader.py': 'from zenml import Model\n\nproduction = Model(name="price_predictor", version="production")\n',
    });

    expect(locations(result)).toEqual(['pipelines/training.py:3', 'steps/loader.py:3']);
  });

  it('leaves a declared BentoML that stores nothing as a hint', async () => {
    const result = await detect(modelRegistry, { 'requirements.txt': 'bentoml==1.2.0\n' });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
  });
});
