// model_evaluation (held-out BB): a Hugging Face Trainer given an
// `eval_dataset`, with TrainingArguments that never schedule evaluation (the
// default strategy is "no") and no metric anywhere, was credited. signals.md:
// "the model is evaluated on held-out data: ... metrics on a validation set";
// an evaluation set handed over and never scored is no evaluation.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

const trainer = (args: string, extra = '') => py`
  from transformers import TrainingArguments, Trainer

  training_args = TrainingArguments(${args})
  trainer = Trainer(model=model, args=training_args, train_dataset=train_ds, eval_dataset=eval_ds${extra})
  trainer.train()
`;

describe('signals/model_evaluation: a trainer\'s evaluation set must be scored', () => {
  it('is absent when the trainer\'s arguments schedule no evaluation and it is given no metrics', async () => {
    const result = await detect(modelEvaluation, { 'train.py': trainer('output_dir="out", num_train_epochs=3, save_steps=100') });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when the arguments switch evaluation off', async () => {
    const off = await detect(modelEvaluation, { 'train.py': trainer('output_dir="out", eval_strategy="no"') });
    const noEval = await detect(modelEvaluation, { 'train.py': trainer('output_dir="out", do_eval=False') });

    expect(off.present).toBe(false);
    expect(noEval.present).toBe(false);
  });

  it('counts an evaluation schedule in the arguments (TrainingArguments or TRL\'s SFTConfig), or metrics given to the trainer', async () => {
    const scheduled = await detect(modelEvaluation, { 'train.py': trainer('output_dir="out", evaluation_strategy="epoch"') });
    const metrics = await detect(modelEvaluation, { 'train.py': trainer('output_dir="out"', ', compute_metrics=compute_metrics') });
    const trl = await detect(modelEvaluation, {
      'sft.py': py`
        from trl import SFTConfig, SFTTrainer
        config = SFTConfig(output_dir="out", eval_strategy="steps", eval_steps=50)
        trainer = SFTTrainer(model=model, args=config, train_dataset=train_ds, eval_dataset=eval_ds)
        trainer.train()
      `,
    });

    expect(locations(scheduled)).toEqual(['train.py:4']);
    expect(locations(metrics)).toEqual(['train.py:4']);
    expect(locations(trl)).toEqual(['sft.py:3']);
  });

  it('counts a trainer whose arguments are built elsewhere (a config file, a parser): their schedule is not known here', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': py`
        from transformers import Trainer
        from config import load_args
        trainer = Trainer(model=model, args=load_args(), train_dataset=train_ds, eval_dataset=eval_ds)
        trainer.train()
      `,
    });

    expect(locations(result)).toEqual(['train.py:3']);
  });
});
