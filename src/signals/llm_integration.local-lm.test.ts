// A causal LM loaded to run here, not only with `.generate()`: held-out
// Mcusac/kaggle-ml-comp-scripts (slice AS) loads a Qwen-style model through
// transformers (importlib + getattr) or Unsloth, puts it in inference mode and
// decodes token by token from its logits. Unsloth's loaders are generative
// LMs like transformers' AutoModelForCausalLM; loading one only to fine-tune
// it is not an LLM call.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { llmIntegration } from './llm_integration.js';

describe('signals/llm_integration (causal LMs loaded to run)', () => {
  it('counts a causal LM loaded and put in inference mode, through a dynamic import or Unsloth', async () => {
    const result = await detect(llmIntegration, {
      'backends/hf.py': py`
        import importlib

        class TransformersBackend:
            def load(self):
                self._transformers = importlib.import_module("transformers")
                AutoModelForCausalLM = getattr(self._transformers, "AutoModelForCausalLM")
                self._model = AutoModelForCausalLM.from_pretrained(self.path, torch_dtype="auto")
                self._model.eval()
      `,
      'backends/fast.py': py`
        from unsloth import FastLanguageModel

        def load(path):
            model, tokenizer = FastLanguageModel.from_pretrained(model_name=path, load_in_4bit=True)
            return FastLanguageModel.for_inference(model), tokenizer
      `,
      'backends/chat.py': py`
        from unsloth import FastLanguageModel

        model, tokenizer = FastLanguageModel.from_pretrained("unsloth/Qwen2.5-1.5B-Instruct")
        out = model.generate(**tokenizer("hi", return_tensors="pt"), max_new_tokens=32)
      `,
    });

    expect(locations(result).sort()).toEqual([
      'backends/chat.py:3', 'backends/chat.py:4', 'backends/fast.py:4', 'backends/fast.py:5', 'backends/hf.py:7', 'backends/hf.py:8',
    ]);
  });

  it('does not count fine-tuning only, eval mode elsewhere, a classifier in eval mode, the builtin eval, or a mention', async () => {
    const result = await detect(llmIntegration, {
      'train.py': py`
        from transformers import AutoModelForCausalLM, Trainer

        def train(args, data):
            model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2.5-0.5B")
            Trainer(model=model, args=args, train_dataset=data).train()
            model.save_pretrained("out")

        def validate(model, batch):
            model.eval()
            return model(**batch).loss
      `,
      'finetune.py': py`
        from unsloth import FastLanguageModel
        from trl import SFTTrainer

        model, tokenizer = FastLanguageModel.from_pretrained("unsloth/llama-3-8b-bnb-4bit")
        model = FastLanguageModel.get_peft_model(model, r=16)
        SFTTrainer(model=model, tokenizer=tokenizer).train()
      `,
      'classify.py': py`
        from transformers import AutoModelForSequenceClassification

        def load(path, expr):
            model = AutoModelForSequenceClassification.from_pretrained(path)
            model.eval()
            return eval(expr)
      `,
      'README.md': 'We run Qwen with `FastLanguageModel.for_inference(model)` and `model.eval()`.\n',
    });

    expect(result).toMatchObject({ present: false });
  });
});
