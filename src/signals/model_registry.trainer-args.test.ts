// Held-out BU: `TrainingArguments(push_to_hub=True)` given to a Trainer that
// trains pushes the fine-tuned checkpoints to the Hugging Face Hub, as a
// `trainer.push_to_hub()` call does; it was missed. Arguments set to push
// count only when a trainer is given them and trains.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { notebook } from '../../test/helpers/notebook.js';
import { py } from '../../test/helpers/text.js';
import { modelRegistry } from './model_registry.js';

describe('signals/model_registry (trainer arguments set to push to the Hub)', () => {
  it('counts TrainingArguments(push_to_hub=True) given to a Trainer that trains', async () => {
    const result = await detect(modelRegistry, {
      'finetune_gpt2.py': py`
        from transformers import AutoModelForCausalLM, TrainingArguments, Trainer

        model = AutoModelForCausalLM.from_pretrained("distilbert/distilgpt2")
        training_args = TrainingArguments(
            output_dir="models/gpt2-finetune",
            learning_rate=2e-5,
            push_to_hub=True,
        )
        trainer = Trainer(model=model, args=training_args, train_dataset=ds["train"], eval_dataset=ds["test"])
        trainer.train()
      `,
    });

    expect(result.present).toBe(true);
    expect(result.evidence.map((e) => [e.location, e.match])).toEqual([['finetune_gpt2.py:4', 'TrainingArguments(push_to_hub=True)']]);
  });

  it('counts TRL configs passed positionally, inline arguments of a chained trainer, arguments a function returns, set_push_to_hub, notebooks and arguments imported from a config module', async () => {
    const result = await detect(modelRegistry, {
      'sft.py': py`
        from trl import SFTConfig, SFTTrainer

        def main():
            cfg = SFTConfig(output_dir="out", push_to_hub=True, hub_model_id="me/sft")
            sft_trainer = SFTTrainer(model, cfg, train_dataset=train)
            sft_trainer.train()
      `,
      'chained.py': py`
        import transformers

        transformers.Trainer(model=m, args=transformers.Seq2SeqTrainingArguments("out", push_to_hub=True), train_dataset=d).train()
      `,
      'setter.py': py`
        from transformers import Trainer, TrainingArguments

        args = TrainingArguments("out")
        args.set_push_to_hub("me/clf", strategy="end")
        Trainer(model=m, args=args, train_dataset=d).train()
      `,
      // Built in a function that returns them.
      'builder.py': py`
        from transformers import Trainer, TrainingArguments

        def get_args(out):
            return TrainingArguments(out, push_to_hub=True)

        def run():
            args = get_args("out")
            trainer = Trainer(model=m, args=args, train_dataset=d)
            trainer.train()
      `,
      'whisper.ipynb': notebook([
        'from transformers import Seq2SeqTrainingArguments, Seq2SeqTrainer\nargs = Seq2SeqTrainingArguments(output_dir="w", push_to_hub=True)',
        'trainer = Seq2SeqTrainer(model=model, args=args, train_dataset=ds)',
        'trainer.train()',
      ]),
      'src/config.py': py`
        from transformers import TrainingArguments

        training_args = TrainingArguments(output_dir="./vit", push_to_hub=True)
      `,
      'src/train.py': py`
        from transformers import Trainer
        from src.config import training_args

        class VitTrain:
            def __init__(self):
                self.trainer = Trainer(model=build(), args=training_args, train_dataset=ds)

            def train(self):
                self.trainer.train()
      `,
    });

    expect(locations(result).sort()).toEqual(['builder.py:4', 'chained.py:3', 'setter.py:4', 'sft.py:4', 'src/config.py:3', 'whisper.ipynb#cell=0:2']);
  });

  it('leaves out push_to_hub in a README, a comment or a string, set to False or to a flag', async () => {
    const result = await detect(modelRegistry, {
      'README.md': 'Set `TrainingArguments(push_to_hub=True)` to share your model on the Hub.\n',
      'train.py': py`
        from transformers import Trainer, TrainingArguments

        # args = TrainingArguments("out", push_to_hub=True)
        HELP = "TrainingArguments(push_to_hub=True) uploads checkpoints"
        args = TrainingArguments("out", push_to_hub=False, hub_model_id="me/clf")
        trainer = Trainer(model=m, args=args, train_dataset=d)
        trainer.train()
      `,
      'flag.py': py`
        from transformers import Trainer, TrainingArguments

        def main(opts):
            args = TrainingArguments("out", push_to_hub=opts.push_to_hub)
            trainer = Trainer(model=m, args=args, train_dataset=d)
            trainer.train()
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('leaves out arguments set to push that no trainer is given, a trainer never trained, and tests', async () => {
    const result = await detect(modelRegistry, {
      // Two argument sets: the trainer is given the one that does not push.
      'two.py': py`
        from transformers import Trainer, TrainingArguments

        hub_args = TrainingArguments("out", push_to_hub=True)
        local_args = TrainingArguments("out", push_to_hub=False)
        trainer = Trainer(model=m, args=local_args, train_dataset=d)
        trainer.train()
      `,
      // Built and given to a trainer that only evaluates.
      'evaluate.py': py`
        from transformers import Trainer, TrainingArguments

        args = TrainingArguments("out", push_to_hub=True)
        trainer = Trainer(model=m, args=args, eval_dataset=d)
        print(trainer.evaluate())
      `,
      // Built in a module nobody imports the arguments from.
      'conf/args.py': py`
        from transformers import TrainingArguments

        ARGS = TrainingArguments("out", push_to_hub=True)
      `,
      'tests/test_push.py': py`
        from transformers import Trainer, TrainingArguments

        def test_push(tmp_path):
            args = TrainingArguments(str(tmp_path), push_to_hub=True)
            trainer = Trainer(model=m, args=args, train_dataset=d)
            trainer.train()
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
