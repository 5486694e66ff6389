import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { rag } from './rag.js';

describe('signals/rag', () => {
  it('is present for a vector store, a retrieval from it and an LLM call', async () => {
    const result = await detect(rag, {
      'store.py': py`
        import chromadb
        collection = chromadb.PersistentClient("db").get_or_create_collection("docs")

        def retrieve(question):
            return collection.query(query_texts=[question], n_results=4)
      `,
      'answer.py': 'from openai import OpenAI\nclient = OpenAI()\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['answer.py:1', 'store.py:1', 'store.py:2', 'store.py:5']);
  });

  it('counts a LangChain vector store with as_retriever', async () => {
    const result = await detect(rag, {
      'chain.py': py`
        from langchain_community.vectorstores import FAISS
        from langchain_openai import ChatOpenAI
        retriever = FAISS.from_documents(docs, embeddings).as_retriever()
        llm = ChatOpenAI()
      `,
    });

    expect(locations(result)).toContain('chain.py:3');
    expect(result.present).toBe(true);
  });

  it('counts a Haystack pipeline: document store, embedding retriever, generator', async () => {
    const result = await detect(rag, {
      'rag.py': py`
        from haystack.document_stores.in_memory import InMemoryDocumentStore
        from haystack.components.retrievers.in_memory import InMemoryEmbeddingRetriever
        from haystack.components.generators import OpenAIGenerator
        store = InMemoryDocumentStore()
        retriever = InMemoryEmbeddingRetriever(document_store=store)
        llm = OpenAIGenerator()
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['rag.py:4', 'rag.py:5']));
  });

  it('counts a hand-written vector index that a module calling the LLM imports', async () => {
    const result = await detect(rag, {
      'rag/vectordb.py': py`
        import numpy as np
        import voyageai

        class VectorDB:
            def add(self, texts):
                self.vectors = voyageai.Client().embed(texts, model="voyage-2").embeddings

            def search(self, query_vector, k=3):
                return np.argsort(np.dot(self.vectors, query_vector))[::-1][:k]
      `,
      'rag/answer.py': py`
        from anthropic import Anthropic
        from rag.vectordb import VectorDB

        client = Anthropic()
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['rag/answer.py:1', 'rag/vectordb.py:6', 'rag/vectordb.py:9']);
  });

  it('is absent for embeddings compared by similarity in a module no LLM code uses', async () => {
    const result = await detect(rag, {
      'dedupe.py': py`
        import numpy as np
        from sentence_transformers import SentenceTransformer
        vectors = SentenceTransformer("all-MiniLM-L6-v2").encode(titles)
        dupes = np.dot(vectors, vectors.T) > 0.95
      `,
      'summarise.py': 'from openai import OpenAI\nclient = OpenAI()\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts a hand-written index whose scores are ranked in the function that calls the scoring one', async () => {
    const result = await detect(rag, {
      'retrieve.py': py`
        import numpy as np
        from openai import OpenAI
        client = OpenAI()
        chunks = open("kb.txt").read().split("\\n\\n")
        matrix = np.array([d.embedding for d in client.embeddings.create(model="text-embedding-3-small", input=chunks).data])

        def scores(query_vector):
            return np.dot(matrix, query_vector)

        def top_chunks(query_vector, k=3):
            s = scores(query_vector)
            return [chunks[i] for i in np.argsort(-s)[:k]]
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['retrieve.py:5', 'retrieve.py:8']));
  });

  it('is absent for embeddings used to compare two texts (no store, nothing ranked or retrieved)', async () => {
    const result = await detect(rag, {
      'compare.py': py`
        import numpy as np
        from openai import OpenAI
        from sklearn.metrics.pairwise import cosine_similarity

        def get_embedding(text, client):
            return np.array(client.embeddings.create(model="text-embedding-ada-002", input=text).data[0].embedding)

        def similarity(text1, text2, client):
            a, b = get_embedding(text1, client), get_embedding(text2, client)
            return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))

        def run_prompt(prompt, client):
            return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])

        def labels(rows):
            return sorted(rows)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent without an LLM, or when a web-search client is the only search', async () => {
    const noLlm = await detect(rag, {
      'search.py': 'import faiss\nindex = faiss.IndexFlatL2(64)\nD, I = index.search(queries, 5)\n',
    });
    const webSearch = await detect(rag, {
      'agent.py': 'from tavily import TavilyClient\nfrom openai import OpenAI\nresults = TavilyClient().search(q, max_results=5)\n',
    });

    expect(noLlm).toMatchObject({ present: false, evidence: [] });
    expect(webSearch).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when RAG is only mentioned, and a declared store is a hint only', async () => {
    const result = await detect(rag, {
      'README.md': 'Retrieval-augmented generation with Chroma and `similarity_search`.\n',
      'app.py': 'from openai import OpenAI\n# docs = store.similarity_search(q)\n',
      'requirements.txt': text`
        chromadb==0.5.0
      `,
    });

    expect(result).toMatchObject({ present: false, strength: 'declared-only', evidence: [] });
  });
});
