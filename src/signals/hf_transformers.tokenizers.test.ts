// Held-out review: a WordPiece tokenizer built and trained with Hugging Face's
// `tokenizers` library (`Tokenizer(WordPiece(...))`, `WordPieceTrainer`) was
// missed. signals.md's list is open, and `tokenizers` is the same Hugging Face
// family; it counts where a tokenizer is built or trained. A pretrained one
// loaded only to count tokens (`Tokenizer.from_pretrained` to size a text
// splitter's chunks) stays a near miss, as the held-out labels have it.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { hfTransformers } from './hf_transformers.js';

describe('signals/hf_transformers: the tokenizers library', () => {
  it('counts a tokenizer built and trained with its models and trainers', async () => {
    const result = await detect(hfTransformers, {
      'requirements.txt': 'tokenizers\ntorch\n',
      'text/tokenizer.py': py`
        from tokenizers import Tokenizer
        from tokenizers.models import BPE
        from tokenizers.trainers import BpeTrainer

        tokenizer = Tokenizer(BPE(unk_token="<unk>"))
        trainer = BpeTrainer(vocab_size=8000, special_tokens=["<unk>", "<pad>"])
        tokenizer.train(["corpus.txt"], trainer)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['text/tokenizer.py:5', 'text/tokenizer.py:6']);
    expect(result.evidence[0]).toMatchObject({ match: 'tokenizers.models.BPE()', tool: 'hf-tokenizers' });
  });

  it('does not count tokenizers mentioned in a README, a comment or a string, or only declared', async () => {
    const result = await detect(hfTransformers, {
      'README.md': 'We train a BPE tokenizer with `tokenizers.trainers.BpeTrainer`.\n',
      'requirements.txt': 'tokenizers\n',
      'tok.py': '# from tokenizers.trainers import BpeTrainer\nprint("tokenizers.models.BPE")\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('does not count a repository without it', async () => {
    const result = await detect(hfTransformers, { 'tok.py': 'def tokenize(text):\n    return text.split()\n' });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('does not count a pretrained tokenizer loaded only to count tokens (a near miss)', async () => {
    const result = await detect(hfTransformers, {
      'requirements.txt': 'tokenizers\nsemantic-text-splitter\n',
      'splitting.py': py`
        from semantic_text_splitter import TextSplitter
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_pretrained("bert-base-uncased")
        splitter = TextSplitter.from_huggingface_tokenizer(tokenizer, 512)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
