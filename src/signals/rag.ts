// signals.md › rag: retrieval-augmented generation: embeddings stored in a vector index (FAISS, Chroma, Pinecone, Qdrant, Weaviate, Milvus, pgvector, LanceDB, Elasticsearch kNN) and retrieved into a prompt.
import { defineDetector } from './define.js';

export const rag = defineDetector({
  id: 'rag',
  area: 'llm',
});
