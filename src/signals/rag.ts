// signals.md › rag: retrieval-augmented generation: embeddings stored in a vector index (FAISS, Chroma, Pinecone, Qdrant, Weaviate, Milvus, pgvector, LanceDB, Elasticsearch kNN) and retrieved into a prompt.
// Present when all three are in the repository: a vector index is used
// (a vector database, an ANN library, a LangChain/LlamaIndex vector store,
// or an Elasticsearch/OpenSearch kNN query), something is retrieved from it
// (`similarity_search`, `as_retriever`, `as_query_engine`, a pgvector
// distance in SQL, or a query on the store in a file that uses it), and an
// LLM is called (llm_integration).
// Data flow into the prompt is not traced; the three together stand for it.
import { matchesAny } from '../catalog/index.js';
import { KNN_KWARGS, RETRIEVAL_CALLS, STORE_QUERY_KWARGS, STORE_QUERY_METHODS, STORE_RECEIVER, VECTOR_SQL } from '../catalog/tools/llm-calls.js';
import type { CallFact } from '../parse/types.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { llmEvidence } from './helpers/llm.js';
import { callEvidence, orHints, signalTools, toolUses } from './helpers/ml.js';
import type { Evidence } from './types.js';

const STORES = signalTools('rag');

function knnSearches(ctx: DetectContext): Evidence[] {
  return ctx.python.flatMap((f) =>
    f.facts.calls.filter((c) => /(^|\.)search$/.test(c.name) && c.kwargs.some((k) => KNN_KWARGS.includes(k))).map((c) => callEvidence(f, c)),
  );
}

/** A query on a vector store object (`collection.query(query_texts=...)`, `index.search(q, k)`). */
function isStoreQuery(call: CallFact): boolean {
  if (!STORE_QUERY_METHODS.test(call.name)) return false;
  const parts = call.name.split('.');
  const receiver = parts.length > 1 ? parts[parts.length - 2] : '';
  return STORE_RECEIVER.test(receiver) || call.kwargs.some((k) => STORE_QUERY_KWARGS.includes(k));
}

function retrievals(ctx: DetectContext, storePaths: Set<string>): Evidence[] {
  return ctx.python.flatMap((f) =>
    f.facts.calls
      .filter(
        (c) =>
          matchesAny(c.name, RETRIEVAL_CALLS) ||
          c.strings.some((s) => VECTOR_SQL.test(s)) ||
          (storePaths.has(f.path) && isStoreQuery(c)),
      )
      .map((c) => callEvidence(f, c)),
  );
}

function detectRag(ctx: DetectContext): Evidence[] {
  const stores = [...toolUses(ctx, STORES), ...knnSearches(ctx)];
  const retrieved = retrievals(ctx, new Set(stores.map((e) => e.path)));
  const llm = llmEvidence(ctx);
  if (stores.length === 0 || retrieved.length === 0 || llm.length === 0) return orHints(ctx, [], STORES);
  return [...stores.slice(0, 4), ...retrieved.slice(0, 4), llm[0]];
}

export const rag = defineDetector({
  id: 'rag',
  area: 'llm',
  tools: [],
  detect: detectRag,
});
