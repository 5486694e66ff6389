// Held-out review (issue 15): a fastai Learner given metrics, on data fastai
// splits into training and validation sets (IndexSplitter(valid_idx) in a
// DataBlock), was not read as an evaluation. signals.md: "the model is
// evaluated on held-out data: ... metrics on a validation set". High-level
// trainers that score a held-out split by construction count; a name alone
// does not.
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

describe('signals/model_evaluation: trainers that score a validation split', () => {
  it('counts a fastai learner with metrics on a DataBlock split, at the splitter and the learner', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': py`
        from fastai.vision.data import IndexSplitter, DataBlock, ImageBlock, CategoryBlock
        from fastai.vision.learner import vision_learner, accuracy

        def splitter(valid_idx):
            return IndexSplitter(valid_idx)

        block = DataBlock(blocks=(ImageBlock, CategoryBlock), splitter=splitter(idx))
        learn = vision_learner(block.dataloaders(path), "resnet34", metrics=[accuracy])
        learn.fine_tune(3)
      `,
    });

    expect(locations(result)).toEqual(['train.py:5', 'train.py:8']);
  });

  it('counts fastai after a star import, with a DataLoaders factory holding out valid_pct', async () => {
    const result = await detect(modelEvaluation, {
      'pets.ipynb': notebook([
        'from fastai.vision.all import *',
        'dls = ImageDataLoaders.from_name_func(path, files, label_func, valid_pct=0.2, item_tfms=Resize(224))',
        'learn = vision_learner(dls, resnet34, metrics=error_rate)\nlearn.fine_tune(1)',
      ]),
    });

    expect(locations(result)).toEqual(['pets.ipynb#cell=1:1', 'pets.ipynb#cell=2:1']);
  });

  it('does not count a fastai learner without metrics, or with no data built beside it', async () => {
    const result = await detect(modelEvaluation, {
      'no_metrics.py': py`
        from fastai.vision.all import *
        dls = DataBlock(blocks=(ImageBlock, CategoryBlock), get_items=get_image_files).dataloaders(path)
        learn = vision_learner(dls, resnet34)
        learn.fine_tune(1)
      `,
      'elsewhere.py': 'from fastai.learner import Learner\nlearn = Learner(dls, model, metrics=accuracy)\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('does not take functions of the author named like fastai\'s for fastai', async () => {
    const result = await detect(modelEvaluation, {
      'build.py': py`
        from mylib.data import DataBlock, RandomSplitter
        from mylib.train import vision_learner
        data = DataBlock(splitter=RandomSplitter())
        learner = vision_learner(data, metrics=["accuracy"])
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts Keras fit with validation data, a Hugging Face Trainer with an evaluation set, and Lightning validation', async () => {
    const result = await detect(modelEvaluation, {
      'keras_train.py': py`
        from tensorflow import keras
        model.compile(optimizer="adam", loss="mse", metrics=["mae"])
        model.fit(X, y, validation_split=0.2, epochs=10)
      `,
      'hf_train.py': py`
        from transformers import Trainer
        trainer = Trainer(model=m, args=args, train_dataset=tr, eval_dataset=va, compute_metrics=compute_metrics)
        trainer.train()
      `,
      'pl_train.py': py`
        import lightning as L
        trainer = L.Trainer(max_epochs=5)
        trainer.fit(model, train_dataloaders=train_dl, val_dataloaders=val_dl)
        trainer.validate(model, dataloaders=val_dl)
      `,
    });

    expect(locations(result).sort()).toEqual(['hf_train.py:2', 'keras_train.py:3', 'pl_train.py:3', 'pl_train.py:4']);
  });

  it('does not count a trainer or fit with no held-out data', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': py`
        from transformers import Trainer
        import lightning as L
        Trainer(model=m, args=args, train_dataset=tr).train()
        L.Trainer(max_epochs=5).fit(model, train_dataloaders=train_dl)
        model.fit(X, y, epochs=10)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
