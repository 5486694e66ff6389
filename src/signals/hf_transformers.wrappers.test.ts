// Held-out review (issue 15): sentence-transformers run through LangChain's
// `HuggingFaceEmbeddings` was read as "declared only". A framework class that
// loads a Hugging Face model and runs it here runs the library (signals.md:
// "Hugging Face `transformers`, ..., `sentence-transformers`"); one that sends
// text to a hosted model (`HuggingFaceEndpoint`, the Inference API) runs none
// of them and is llm_integration's.
import { describe, expect, it } from 'vitest';
import { detect, locations, scanToolsOf } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { hfTransformers } from './hf_transformers.js';

describe('signals/hf_transformers: libraries run through a framework class', () => {
  it('counts LangChain, LlamaIndex and Chroma classes that run sentence-transformers or transformers locally', async () => {
    const result = await detect(hfTransformers, {
      'services/embedding.py': py`
        import torch
        from langchain_huggingface import HuggingFaceEmbeddings

        model = HuggingFaceEmbeddings(model_name="all-MiniLM-L6-v2", model_kwargs={"device": "cpu"})
      `,
      'legacy.py': 'from langchain_community.embeddings import HuggingFaceBgeEmbeddings\nemb = HuggingFaceBgeEmbeddings(model_name="BAAI/bge-small-en")\n',
      'index.py': 'from llama_index.embeddings.huggingface import HuggingFaceEmbedding\nembed = HuggingFaceEmbedding(model_name="BAAI/bge-small-en-v1.5")\n',
      'llm.py': 'from langchain_community.llms import HuggingFacePipeline\nllm = HuggingFacePipeline.from_model_id(model_id="gpt2", task="text-generation")\n',
      'store.py': py`
        from chromadb.utils import embedding_functions
        ef = embedding_functions.SentenceTransformerEmbeddingFunction(model_name="all-MiniLM-L6-v2")
      `,
      'requirements.txt': 'langchain-huggingface\nsentence-transformers\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual([
      'index.py:1', 'index.py:2', 'legacy.py:1', 'legacy.py:2', 'llm.py:1', 'llm.py:2', 'services/embedding.py:2', 'services/embedding.py:4', 'store.py:2',
    ]);
    expect(result.evidence.find((e) => e.location === 'services/embedding.py:4')).toMatchObject({ tool: 'sentence-transformers' });
    expect(result.evidence.find((e) => e.location === 'llm.py:2')).toMatchObject({ tool: 'transformers' });
  });

  it('does not count hosted-inference classes, which call a model over HTTP', async () => {
    const result = await detect(hfTransformers, {
      'remote.py': py`
        from langchain_huggingface import HuggingFaceEndpoint, HuggingFaceEndpointEmbeddings, ChatHuggingFace
        from langchain_community.embeddings import HuggingFaceInferenceAPIEmbeddings
        from llama_index.llms.huggingface_api import HuggingFaceInferenceAPI
        from chromadb.utils import embedding_functions

        llm = ChatHuggingFace(llm=HuggingFaceEndpoint(repo_id="HuggingFaceH4/zephyr-7b-beta"))
        emb = HuggingFaceEndpointEmbeddings(model="sentence-transformers/all-MiniLM-L6-v2")
        api = HuggingFaceInferenceAPIEmbeddings(api_key=key, model_name="BAAI/bge-base-en-v1.5")
        ef = embedding_functions.HuggingFaceEmbeddingFunction(api_key=key)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when the class is only named in text or a comment', async () => {
    const result = await detect(hfTransformers, {
      'README.md': 'Embeddings come from LangChain `HuggingFaceEmbeddings`.\n',
      'app.py': '# from langchain_huggingface import HuggingFaceEmbeddings\nprint("HuggingFaceEmbeddings")\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('still takes the repository\'s own `transformers.py` for its own module (the class names add no import root)', async () => {
    const result = await detect(hfTransformers, {
      'src/transformers.py': 'class Scaler:\n    pass\n',
      'src/train.py': 'from transformers import Scaler\nscaler = Scaler()\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('lists the library the class runs as used in the tool list', async () => {
    const tools = await scanToolsOf({ 'rag.py': 'from langchain_huggingface import HuggingFaceEmbeddings\nemb = HuggingFaceEmbeddings()\n' });

    expect(tools.find((t) => t.tool === 'sentence-transformers')).toMatchObject({ used: true });
  });
});
