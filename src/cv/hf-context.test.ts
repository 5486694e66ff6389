// A bare "Transformers" on a CV: the Hugging Face library beside its other
// tools or called a library, the architecture otherwise (real-people review:
// "Transformers ecosystem (Transformers, PEFT, TRL)" not read as a claim).
import { describe, expect, it } from 'vitest';
import { findSkills } from './skills.js';
import type { CvLine, SectionKind } from './types.js';

function claims(entries: [SectionKind, string][]) {
  const lines: CvLine[] = entries.map(([, text]) => ({ text, segments: [text], page: 1 }));
  return findSkills(lines, entries.map(([w]) => w));
}

describe('cv/hf-context', () => {
  it('reads a bare "Transformers" as Hugging Face Transformers beside PEFT and TRL, or called a library', () => {
    const inList = claims([['skills', 'PyTorch; Transformers ecosystem (Transformers, PEFT, TRL); scikit-learn, xgboost']]);
    const library = claims([['experience', 'Fine-tuned BERT with the Transformers library for ticket routing.']]);

    expect(inList.find((c) => c.id === 'transformers')).toMatchObject({ name: 'Hugging Face Transformers', cvText: 'Transformers' });
    expect(inList.map((c) => c.id)).toEqual(expect.arrayContaining(['pytorch', 'peft', 'trl', 'scikit-learn']));
    expect(library.map((c) => c.id)).toContain('transformers');
  });

  it('leaves the architecture alone: no Hugging Face tool in the clause', () => {
    const found = claims([
      ['projects', 'Abstractive Text Summarization using Transformers'],
      ['skills', 'Deep learning: CNNs, RNNs, Transformers, attention'],
      ['experience', 'Compared Transformers with LSTMs. Later used PEFT for adapters.'],
    ]);

    expect(found.map((c) => c.id)).not.toContain('transformers');
  });
});
