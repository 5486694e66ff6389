// Real-people review: a notebook kept as Markdown (jupytext, an nbconvert
// export) showed PEFT and W&B in use, yet read as "skills list only".
import { describe, expect, it } from 'vitest';
import { detect } from '../../test/helpers/repo.js';
import { experimentTracking } from '../signals/experiment_tracking.js';
import { hfTransformers } from '../signals/hf_transformers.js';
import { notebookOnly } from '../signals/notebook_only.js';
import { isMarkdownNotebook } from './markdown-notebook.js';

const JUPYTEXT = [
  '---',
  'jupyter:',
  '  jupytext:',
  '    text_representation:',
  '      extension: .md',
  '      format_name: markdown',
  '  kernelspec:',
  '    display_name: Python 3',
  '    name: python3',
  '---',
  '',
  '# Fine-tuning with LoRA',
  '',
  '```python',
  '%pip install peft wandb',
  'import wandb',
  'from peft import LoraConfig, get_peft_model',
  '```',
  '',
  'Track the run:',
  '',
  '```python',
  'wandb.init(project="lora")',
  'model = get_peft_model(base, LoraConfig(r=8))',
  '```',
  '',
].join('\n');

const NBCONVERT = [
  '# Training',
  '',
  '```python',
  'import wandb',
  'run = wandb.init(project="demo")',
  '```',
  '',
  '    wandb: Tracking run with wandb version 0.16.0',
  '',
  '```python',
  'from peft import LoraConfig',
  'cfg = LoraConfig(r=8)',
  '```',
  '',
  '```',
  'LoraConfig(r=8)',
  '```',
  '',
  '```python',
  'print(cfg)',
  '```',
  '',
].join('\n');

const README = [
  '# My project',
  '',
  '```bash',
  'pip install wandb peft',
  '```',
  '',
  '```python',
  'import wandb',
  'wandb.init(project="x")',
  '```',
  '',
  '```python',
  'from peft import LoraConfig',
  'cfg = LoraConfig(r=8)',
  '```',
  '',
].join('\n');

describe('parse/markdown-notebook', () => {
  it('tells a jupytext or nbconvert notebook from ordinary Markdown; a README or model card is never one by shape', () => {
    expect(isMarkdownNotebook(JUPYTEXT, 'train.md')).toBe(true);
    expect(isMarkdownNotebook(NBCONVERT, 'notebooks/train.md')).toBe(true);
    expect(isMarkdownNotebook(README, 'docs/usage.md')).toBe(false);
    expect(isMarkdownNotebook(NBCONVERT, 'README.md')).toBe(false);
    expect(isMarkdownNotebook(NBCONVERT, 'model_card.md')).toBe(false);
  });

  it('a Markdown file named as a notebook, with three Python blocks, is one without saved outputs (real-people review: training_qlora-4bit-colab-notebook.md)', () => {
    const three = `${README}\n\`\`\`python\ntrainer.train()\n\`\`\`\n`;

    expect(isMarkdownNotebook(three, 'training_qlora-4bit-colab-notebook.md')).toBe(true);
    expect(isMarkdownNotebook(three, 'notebooks/eda.md')).toBe(true);
    // Two blocks are a snippet wherever they are; a README is never one.
    expect(isMarkdownNotebook(README, 'colab-notebook.md')).toBe(false);
    expect(isMarkdownNotebook(three, 'docs/usage.md')).toBe(false);
    expect(isMarkdownNotebook(three, 'notebook/README.md')).toBe(false);
  });

  it('reads a Markdown notebook as code at the .md file\'s own lines; a README snippet stays a mention', async () => {
    const tracking = await detect(experimentTracking, { 'train.md': JUPYTEXT });
    const hf = await detect(hfTransformers, { 'train.md': JUPYTEXT });
    const exported = await detect(experimentTracking, { 'notebooks/train.md': NBCONVERT });

    expect(tracking.present).toBe(true);
    expect(tracking.evidence.map((e) => e.location)).toContain('train.md:23');
    expect(hf.present).toBe(true);
    expect(hf.evidence.map((e) => e.location)).toContain('train.md:17');
    expect(exported.evidence.map((e) => e.location)).toContain('notebooks/train.md:5');
    expect((await detect(experimentTracking, { 'README.md': README, 'docs/usage.md': README })).present).toBe(false);
    expect((await detect(hfTransformers, { 'README.md': README })).present).toBe(false);
  });

  it('counts a Markdown notebook as notebook code', async () => {
    expect((await detect(notebookOnly, { 'train.md': JUPYTEXT })).present).toBe(true);
  });
});
