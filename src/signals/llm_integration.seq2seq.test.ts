// Encoder-decoder task models are no LLMs: held-out BU nhatkhangcs/BARTpho-VietBana
// fine-tunes mBART (BARTpho) to translate Vietnamese to Bahnar, then runs
// `model.generate(...)` over its test set and scores BLEU: model inference and
// model evaluation, not an LLM call graded. An instruction-tuned encoder-decoder
// (FLAN-T5, T0) prompted for a task is one (held-out AU: flan-t5-base prompted
// to summarise dialogues, its summaries scored with ROUGE).
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { llmEvals } from './llm_evals.js';
import { llmIntegration } from './llm_integration.js';

/** Load a seq2seq model, generate over a test set, score the outputs against references. */
const scored = (load: string) => py`
  from transformers import AutoTokenizer, AutoModelForSeq2SeqLM, MBartForConditionalGeneration, T5ForConditionalGeneration
  from nltk.translate.bleu_score import corpus_bleu

  ${load}
  preds = [tokenizer.decode(model.generate(**tokenizer(x, return_tensors="pt"), num_beams=5)[0]) for x in test_src]
  print(corpus_bleu([[r] for r in test_ref], preds))
`;

describe('signals/llm_integration (encoder-decoder task models)', () => {
  it.each([
    ['a locally fine-tuned mBART', 'model = MBartForConditionalGeneration.from_pretrained("checkpoint/best")'],
    ['a Marian translator', 'model = AutoModelForSeq2SeqLM.from_pretrained("Helsinki-NLP/opus-mt-en-de")'],
    ['a BART summariser', 'model = AutoModelForSeq2SeqLM.from_pretrained("facebook/bart-large-cnn")'],
    ['a T5 fine-tuned here', 'MODEL = "t5-small"\nmodel = T5ForConditionalGeneration.from_pretrained(MODEL)'],
    ['a checkpoint given by argument', 'model = AutoModelForSeq2SeqLM.from_pretrained(args.model_path)'],
  ])('does not count %s generating, nor its BLEU as llm_evals', async (_, load) => {
    const files = { 'evaluate_translation.py': scored(load) };

    expect((await detect(llmIntegration, files)).present).toBe(false);
    expect((await detect(llmEvals, files)).present).toBe(false);
  });

  it('does not count a text2text-generation pipeline of a task checkpoint, or of a task model loaded beside it', async () => {
    const result = await detect(llmIntegration, {
      'summarise.py': py`
        from transformers import pipeline
        summarise = pipeline("text2text-generation", model="t5-small")
        print(summarise("summarize: " + text))
      `,
      'translate.py': py`
        from transformers import pipeline, MarianMTModel, MarianTokenizer
        model = MarianMTModel.from_pretrained("Helsinki-NLP/opus-mt-vi-en")
        translate = pipeline("text2text-generation", model=model, tokenizer=MarianTokenizer.from_pretrained("Helsinki-NLP/opus-mt-vi-en"))
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts an instruction-tuned encoder-decoder prompted, by literal, constant or argparse default, and its graded summaries', async () => {
    const result = await detect(llmIntegration, {
      'zero_shot.py': scored('model = AutoModelForSeq2SeqLM.from_pretrained("google/flan-t5-base")'),
      'constant.py': py`
        from transformers import AutoModelForSeq2SeqLM
        MODEL = "bigscience/T0_3B"
        model = AutoModelForSeq2SeqLM.from_pretrained(MODEL)
        out = model.generate(**inputs)
      `,
      'cli.py': py`
        import argparse
        from transformers import T5ForConditionalGeneration
        parser = argparse.ArgumentParser()
        parser.add_argument("--model", default="MBZUAI/LaMini-Flan-T5-248M")
        args = parser.parse_args()
        model = T5ForConditionalGeneration.from_pretrained(args.model)
        out = model.generate(**inputs)
      `,
      'pipe.py': py`
        from transformers import pipeline
        llm = pipeline("text2text-generation", model="google/flan-t5-large")
      `,
      'given.py': py`
        from transformers import pipeline

        def build(model, tokenizer):
            return pipeline("text2text-generation", model=model, tokenizer=tokenizer)
      `,
    });

    expect(locations(result).sort()).toEqual([
      'cli.py:6', 'cli.py:7', 'constant.py:3', 'constant.py:4', 'given.py:4', 'pipe.py:2', 'zero_shot.py:4', 'zero_shot.py:5',
    ]);
    expect((await detect(llmEvals, { 'zero_shot.py': scored('model = AutoModelForSeq2SeqLM.from_pretrained("google/flan-t5-base")') })).present).toBe(true);
  });

  it('keeps counting decoder LMs, BlenderBot and vision-language conditional generators', async () => {
    const result = await detect(llmIntegration, {
      'chat.py': scored('from transformers import BlenderbotForConditionalGeneration\nmodel = BlenderbotForConditionalGeneration.from_pretrained("facebook/blenderbot-400M-distill")'),
      'vlm.py': scored('from transformers import LlavaForConditionalGeneration\nmodel = LlavaForConditionalGeneration.from_pretrained("llava-hf/llava-1.5-7b-hf")'),
      'gpt.py': scored('from transformers import AutoModelForCausalLM\nmodel = AutoModelForCausalLM.from_pretrained("gpt2")'),
    });

    expect([...new Set(result.evidence.map((e) => e.path))].sort()).toEqual(['chat.py', 'gpt.py', 'vlm.py']);
  });

  it('does not count a FLAN-T5 named only in markdown, a comment or prose, or instruction data, beside a task model', async () => {
    const result = await detect(llmIntegration, {
      'translate.ipynb': notebook([
        { md: 'Unlike [FLAN-T5](https://huggingface.co/google/flan-t5-base), this is a plain mBART translator.' },
        'from transformers import MBartForConditionalGeneration\n# not google/flan-t5-base\nmodel = MBartForConditionalGeneration.from_pretrained("ckpt/best")',
        'outputs = model.generate(input_ids=ids, num_beams=5)',
      ]),
      'train_t5.py': py`
        import json
        from transformers import T5ForConditionalGeneration
        rows = json.load(open("data/instructions.json"))
        print("Unlike flan-t5, this T5 follows no instructions; t0 =", t0)
        model = T5ForConditionalGeneration.from_pretrained("t5-base")
        out = model.generate(**batch)
      `,
      'README.md': 'We compare with `google/flan-t5-base` and call `model.generate()`.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
