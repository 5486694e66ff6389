// Held-out review (issue 15): a sentence-transformers model run through
// LangChain's `HuggingFaceEmbeddings` on a torch device the code chooses
// (`"cuda" if torch.cuda.is_available() else "cpu"`) runs a neural network
// (signals.md: "used to ... run neural-network models"; borderline, the
// devset convention for a Hugging Face model on a chosen device). The device
// probe there is not seeding only; a bare seed or device probe still is. A
// device keyword on the load (`pipeline(..., device="cpu")`) chooses the
// device too; a wrapped model with no device chosen still does not count.
import { describe, expect, it } from 'vitest';
import { detect, locations, scanToolsOf } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { deepLearning } from './deep_learning.js';

const EMBEDDER = py`
  import torch
  from langchain_huggingface import HuggingFaceEmbeddings

  class Embedder:
      def __init__(self):
          self.model = HuggingFaceEmbeddings(
              model_name="all-MiniLM-L6-v2",
              model_kwargs={"device": "cuda" if torch.cuda.is_available() else "cpu"},
          )
`;

describe('signals/deep_learning: a Hugging Face model run through a framework class', () => {
  it('counts a wrapped model on a torch device the code chooses, at the probe and the load', async () => {
    const result = await detect(deepLearning, { 'services/embedding.py': EMBEDDER });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['services/embedding.py:6', 'services/embedding.py:8']);
  });

  it('lists PyTorch as used there, not as seeding only', async () => {
    const tools = await scanToolsOf({ 'services/embedding.py': EMBEDDER });

    expect(tools.find((t) => t.tool === 'pytorch')).toMatchObject({ used: true });
  });

  it('does not count the device probe beside a hosted-inference class, or a probe and seed alone', async () => {
    const remote = await detect(deepLearning, {
      'remote.py': py`
        import torch
        from langchain_huggingface import HuggingFaceEndpointEmbeddings
        device = "cuda" if torch.cuda.is_available() else "cpu"
        emb = HuggingFaceEndpointEmbeddings(model="sentence-transformers/all-MiniLM-L6-v2")
      `,
    });
    const probe = await detect(deepLearning, {
      'utils.py': py`
        import torch
        torch.manual_seed(0)
        DEVICE = "cuda" if torch.cuda.is_available() else "cpu"
      `,
    });

    expect(remote).toMatchObject({ present: false, evidence: [] });
    expect(probe).toMatchObject({ present: false, evidence: [] });
    expect(probe.hints.map((h) => h.match)).toContain('import torch (seeding only)');
  });

  it('does not count a wrapped model with no torch device chosen (the wrapper alone builds and trains nothing)', async () => {
    const result = await detect(deepLearning, {
      'rag.py': 'from langchain_huggingface import HuggingFaceEmbeddings\nemb = HuggingFaceEmbeddings(model_name="all-MiniLM-L6-v2")\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts a model loaded with a device keyword (a pipeline on device="cpu", a sentence-transformers embedder on "cuda", a device_map)', async () => {
    const result = await detect(deepLearning, {
      'app.py': 'import transformers\nclassifier = transformers.pipeline(task="ner", model=MODEL, device="cpu")\n',
      'embed.py': 'from sentence_transformers import SentenceTransformer\nmodel = SentenceTransformer("all-MiniLM-L6-v2", device="cuda")\n',
      'llm.py': 'from transformers import AutoModelForCausalLM\nm = AutoModelForCausalLM.from_pretrained("gpt2", device_map="auto")\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['app.py:2', 'embed.py:2', 'llm.py:2']);
  });

  it('does not count a device keyword on something other than the model load (a tokenizer, another call)', async () => {
    const result = await detect(deepLearning, {
      'app.py': py`
        import transformers
        tok = transformers.AutoTokenizer.from_pretrained("bert-base-uncased", device_map="auto")
        clf = transformers.pipeline("sentiment-analysis")
        report = render(clf("hi"), device="cpu")
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
