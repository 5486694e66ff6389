// data_engineering: a document-ingestion job whose chunks go into a vector
// store kept only in the process writes nothing (held-out AT: text chunks
// embedded into an InMemoryVectorStore; BV: the LangChain docs example,
// Chroma.from_documents without persist_directory or a client). A server
// store or a persisted local one stays a write.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

const job = (store: string, extra = '') => py`
  from langchain_community.document_loaders import PyPDFLoader
  from langchain.text_splitter import RecursiveCharacterTextSplitter
  from langchain_core.vectorstores import InMemoryVectorStore
  from langchain_community.vectorstores import Chroma, FAISS
  from langchain_pinecone import PineconeVectorStore

  docs = PyPDFLoader("data/handbook.pdf").load()
  chunks = RecursiveCharacterTextSplitter(chunk_size=500).split_documents(docs)
  ${store}
  ${extra}
`;

describe('signals/data_engineering (vector stores kept in memory)', () => {
  it('does not count chunks embedded into an InMemoryVectorStore', async () => {
    const result = await detect(dataEngineering, { 'ingest.py': job('store = InMemoryVectorStore.from_documents(chunks, embeddings)') });
    expect(locations(result)).toEqual([]);
  });

  it('does not count chunks added to a name bound to an in-memory store', async () => {
    const result = await detect(dataEngineering, { 'ingest.py': job('store = InMemoryVectorStore(embeddings)', 'store.add_documents(chunks)') });
    expect(locations(result)).toEqual([]);
  });

  it('does not count Chroma without a persist directory or a client, nor FAISS never saved', async () => {
    for (const store of ['db = Chroma.from_documents(chunks, embeddings)', 'db = FAISS.from_documents(chunks, embeddings)']) {
      const result = await detect(dataEngineering, { 'ingest.py': job(store, 'print(db.similarity_search("q")[0].page_content)') });
      expect(locations(result)).toEqual([]);
    }
  });

  it('counts Chroma with a persist directory, FAISS saved locally and a server store', async () => {
    const cases: [string, string][] = [
      ['db = Chroma.from_documents(chunks, embeddings, persist_directory="chroma")', ''],
      ['db = FAISS.from_documents(chunks, embeddings)', 'db.save_local("faiss_index")'],
      ['db = PineconeVectorStore.from_documents(chunks, embeddings, index_name="docs")', ''],
    ];
    for (const [store, extra] of cases) {
      const result = await detect(dataEngineering, { 'ingest.py': job(store, extra) });
      expect(locations(result)).toEqual(['ingest.py:7', 'ingest.py:8', 'ingest.py:9']);
    }
  });

  it('counts a store built in memory by a helper and saved by the job that calls it', async () => {
    const result = await detect(dataEngineering, {
      'store.py': py`
        from langchain_community.document_loaders import PyPDFLoader
        from langchain.text_splitter import RecursiveCharacterTextSplitter
        from langchain_community.vectorstores import FAISS

        def build_store(path, embeddings):
            docs = PyPDFLoader(path).load()
            chunks = RecursiveCharacterTextSplitter(chunk_size=500).split_documents(docs)
            return FAISS.from_documents(chunks, embeddings)
      `,
      'main.py': py`
        from store import build_store

        vs = build_store("data/handbook.pdf", embeddings)
        vs.save_local("faiss_index")
      `,
    });
    expect(locations(result).length).toBeGreaterThan(0);
  });

  it('does not count a README or a comment naming an in-memory store', async () => {
    const result = await detect(dataEngineering, {
      'README.md': 'Chunks go into `InMemoryVectorStore.from_documents(chunks, embeddings)`.\n',
      'notes.py': py`
        # store = InMemoryVectorStore.from_documents(chunks, embeddings)
        HELP = "Chroma.from_documents(chunks, embeddings, persist_directory='db')"
      `,
    });
    expect(locations(result)).toEqual([]);
  });
});
