// Issue 15: model registries beyond MLflow: versioned model artefacts in
// trackers and feature platforms, and merged fine-tuned models pushed to the Hub.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelRegistry } from './model_registry.js';

describe('signals/model_registry (trackers and hubs)', () => {
  it('counts a merged fine-tuned model pushed to the Hub, a Hopsworks model and a W&B checkpoint artifact', async () => {
    const result = await detect(modelRegistry, {
      'finetune.py': py`
        from unsloth import FastLanguageModel

        model, tokenizer = FastLanguageModel.from_pretrained("base")
        model.push_to_hub_merged("me/merged", tokenizer, save_method="merged_16bit")
      `,
      'register.py': 'import hopsworks\n\nmr = hopsworks.login().get_model_registry()\nmr.python.create_model(name="sales", metrics={"mae": 1.0})\n',
      'ckpt.py': 'import wandb\n\nwandb.log_artifact("out/ckpt.pt", name="resnet", type="checkpoint")\n',
    });

    expect(locations(result).sort()).toEqual(['ckpt.py:3', 'finetune.py:4', 'register.py:3', 'register.py:4']);
  });

  it('is absent for a model kept as an MLflow run artefact, a merged model saved locally, and mentions', async () => {
    const result = await detect(modelRegistry, {
      'train.py': 'import mlflow\n\nmlflow.sklearn.log_model(model, "model")\n',
      'merge.py': 'merged = model.merge_and_unload()\nmerged.save_pretrained("out/merged")\n',
      'README.md': 'The merged model is pushed with push_to_hub_merged and registered in Hopsworks.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
