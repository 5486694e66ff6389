import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { hfTransformers } from './hf_transformers.js';

describe('signals/hf_transformers', () => {
  it('is present where a Hugging Face library is imported', async () => {
    const result = await detect(hfTransformers, {
      'ft.py': py`
        import os
        from transformers import AutoModelForSequenceClassification
        from peft import LoraConfig

        model = AutoModelForSequenceClassification.from_pretrained("bert-base-uncased")
        config = LoraConfig(r=8)
      `,
      'nb.ipynb': notebook(['from datasets import load_dataset\nds = load_dataset("imdb")']),
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['ft.py:2', 'ft.py:3', 'ft.py:5', 'ft.py:6', 'nb.ipynb#cell=0:1', 'nb.ipynb#cell=0:2']);
  });

  it('counts the other Hugging Face model libraries (SetFit, Optimum)', async () => {
    const result = await detect(hfTransformers, {
      'fewshot.py': 'from setfit import SetFitModel\nmodel = SetFitModel.from_pretrained("BAAI/bge-small-en-v1.5")\n',
      'export.py': 'from optimum.onnxruntime import ORTModelForSequenceClassification\nmodel = ORTModelForSequenceClassification.from_pretrained("m", export=True)\n',
    });

    expect(locations(result).sort()).toEqual(['export.py:1', 'export.py:2', 'fewshot.py:1', 'fewshot.py:2']);
  });

  it('does not take the repository\'s own `datasets` package for Hugging Face Datasets', async () => {
    const result = await detect(hfTransformers, {
      'datasets/__init__.py': 'def load_dataset(name):\n    return []\n',
      'train.py': 'from datasets import load_dataset\nrows = load_dataset("local")\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when the libraries are only mentioned or commented out', async () => {
    const result = await detect(hfTransformers, {
      'README.md': 'Fine-tuned with Hugging Face transformers and PEFT.\n',
      'train.py': '# from transformers import AutoModel\nprint("import transformers")\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('reports a declared library that is never imported as a hint only', async () => {
    const result = await detect(hfTransformers, { 'requirements.txt': text`
      transformers==4.40.0
    ` });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
    expect(result.hints.map((h) => h.location)).toEqual(['requirements.txt:1']);
  });
});
