// Held-out review (issue 15): a Chroma collection built in the repository's
// own wrapper class (`core/db.py`) and queried through an attribute in
// another module (`self.collection.query(query_texts=...)` in a repository
// class), whose results a service formats into its prompt, was not read as
// RAG: a store query counted only in a file that uses the store itself.
// signals.md: embeddings stored in a vector index and retrieved into a
// prompt. A query on a store object counts in a file that reaches the store
// through the repository's own modules, within two imports; a query in a file
// that reaches no store, or a store never queried, does not.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { rag } from './rag.js';

const WRAPPER = py`
  import chromadb

  class ChromaDB:
      def __init__(self, path, name, embed_function=None):
          self.client = chromadb.PersistentClient(path)
          self.collection = self.client.get_or_create_collection(name=name, embedding_function=embed_function)
`;
const SERVICE = py`
  from google import genai
  from app.repositories.embed import ChromaRepository

  class GenAIService:
      def answer(self, question):
          docs = ChromaRepository().find_documents(question)
          prompt = TEMPLATE.format(context="\\n".join(docs), question=question)
          return genai.Client().models.generate_content(model="gemini-2.0-flash", contents=[prompt]).text
`;

describe('signals/rag: vector stores reached through the repository\'s own classes', () => {
  it('counts a collection built in a wrapper class and queried through an attribute in another module', async () => {
    const result = await detect(rag, {
      'app/core/db.py': WRAPPER,
      'app/repositories/embed.py': py`
        from app.core.db import ChromaDB

        class ChromaRepository:
            def __init__(self):
                self.collection = ChromaDB("./db", "docs").collection

            def find_documents(self, contents, n=2):
                result = self.collection.query(query_texts=contents, n_results=n)
                return result["documents"][0]
      `,
      'app/services/genai.py': SERVICE,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['app/core/db.py:1', 'app/repositories/embed.py:8', 'app/services/genai.py:1']));
  });

  it('counts a store reached through a package\'s __init__ re-export and a service layer, two imports away', async () => {
    const result = await detect(rag, {
      'app/stores/__init__.py': 'from app.stores.qdrant import VectorStore\n',
      'app/stores/qdrant.py': py`
        from qdrant_client import QdrantClient

        class VectorStore:
            def __init__(self):
                self.index = QdrantClient(url=URL)
      `,
      'app/services/store_service.py': 'from app.stores import VectorStore\nSTORE = VectorStore()\n',
      'app/retrieve.py': py`
        from app.services.store_service import STORE
        from openai import OpenAI

        def ask(question, vector):
            hits = STORE.index.search(collection_name="docs", query_vector=vector, limit=4)
            return OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": str(hits) + question}])
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toContain('app/retrieve.py:5');
  });

  it('is absent when the file that queries reaches no store, and for a wrapper whose store is never queried', async () => {
    const result = await detect(rag, {
      'app/core/db.py': WRAPPER,
      'app/repositories/embed.py': py`
        from app.core.db import ChromaDB

        class ChromaRepository:
            def __init__(self):
                self.collection = ChromaDB("./db", "docs").collection

            def count(self):
                return self.collection.count()
      `,
      'app/search.py': py`
        from app.web import SearchClient

        def find(question):
            return SearchClient().index.search(question, top_k=3)
      `,
      'app/services/genai.py': SERVICE,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when the wrapper is only mentioned: its import commented out, a README about Chroma', async () => {
    const result = await detect(rag, {
      'README.md': 'Documents are stored in Chroma and retrieved into the prompt.\n',
      'app/repositories/embed.py': py`
        # from app.core.db import ChromaDB

        class Repo:
            def find(self, contents):
                return self.collection.query(query_texts=contents, n_results=2)
      `,
      'app/services/genai.py': SERVICE,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
