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
    expect(locations(result).sort()).toEqual(['answer.py:1', 'store.py:1', 'store.py:5']);
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
