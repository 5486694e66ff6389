// Present when all three are in the repository: a vector index is used
// (a vector database, an ANN library, a LangChain/LlamaIndex vector store,
// one of any LangChain integration package (lib/langchain-stores.ts), or an
// Elasticsearch/OpenSearch kNN query), something is retrieved from it
// (`similarity_search`, `as_retriever`, `as_query_engine`, a LlamaIndex
// retriever or query engine, a LangChain retrieval chain, or a query on the
// store in a file that uses it or reaches it through the repository's own
// modules, within two imports: a store object built in a wrapper class and
// queried through an attribute elsewhere), and an LLM is called (llm_integration).
// The database can be the index: vectors stored in a table (pgvector
// `vector(N)` columns, HNSW indexes) and searched by distance in SQL, or by
// a stored function the code calls (lib/db-vectors.ts). A vector index written by hand counts as
// store and retrieval: a file that embeds texts and ranks them by vector
// similarity (a similarity and a top-k ranking of its scores in one function:
// `argsort`, `topk`, `nlargest`, `sorted`, or a search that ranks itself such as
// `semantic_search`), which calls an LLM itself or is imported by a file that
// does. Embeddings alone, or the similarity of two texts, is no index.
// Data flow into the prompt is not traced; the three together stand for it.
import { matchesAny } from '../catalog/index.js';
import { EMBED_CALLS, KNN_KWARGS, NOT_EMBED, RETRIEVAL_CALLS, SIMILARITY_CALLS, STORE_QUERY_KWARGS, STORE_QUERY_METHODS, STORE_RECEIVER } from '../catalog/tools/llm-retrieval.js';
import type { CallFact } from '../parse/types.js';
import type { DetectContext, PyFile } from './context.js';
import { defineDetector } from './define.js';
import { callEvidence } from './lib/code.js';
import { databaseSearches, databaseStores } from './lib/db-vectors.js';
import { langchainStores } from './lib/langchain-stores.js';
import { feedsLlm, llmEvidence, llmPaths } from './lib/llm.js';
import { reachesWithin } from './lib/llm-reach.js';
import type { Evidence } from './types.js';

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

/** Local-import hops from a file that queries a store object to the module that builds it (a repository → its store wrapper). */
const STORE_HOPS = 2;

/**
 * Retrieval calls, and queries on a store object in a file that uses a
 * store or reaches one through the repository's own modules: the collection
 * built in a wrapper class (`self.collection = client.get_or_create_collection(...)`
 * in `db.py`) and queried through an attribute in another module
 * (`self.collection.query(query_texts=...)` in a repository class that imports it).
 */
function retrievals(ctx: DetectContext, storePaths: Set<string>): Evidence[] {
  return ctx.python.flatMap((f) => {
    const queries = f.facts.calls.filter(isStoreQuery);
    const reaches = queries.length > 0 && (storePaths.has(f.path) || reachesWithin(ctx, f, STORE_HOPS, storePaths));
    return f.facts.calls.filter((c) => matchesAny(c.name, RETRIEVAL_CALLS) || (reaches && queries.includes(c))).map((c) => callEvidence(f, c));
  });
}

/** Calls that pick the top-k of a set of scores (`np.argsort(-scores)[:k]`, `torch.topk`, `heapq.nlargest`, `sorted(..., key=)`). */
const RANKING_CALLS = /(^|\.)(argsort|argpartition|topk|nlargest|nsmallest|sorted|sort|sort_values)$/;
/** Similarity calls that are a top-k search themselves (sentence-transformers' `semantic_search`, a kNN index). */
const RANKING_SIMILARITY = /(^|\.)(semantic_search|NearestNeighbors)$/;

/**
 * A similarity whose scores are ranked: the similarity ranks itself, or a
 * ranking call stands in the same function, or in a function that calls the
 * similarity's function (`search()` sorting what `scores()` computed). Two
 * texts compared by cosine similarity are not ranked.
 */
function rankedSimilarity(file: PyFile): CallFact | undefined {
  const sims = file.facts.calls.filter((c) => matchesAny(c.name, SIMILARITY_CALLS));
  const rankings = file.facts.calls.filter((c) => RANKING_CALLS.test(c.name));
  const last = (name: string) => name.split('.').pop() ?? name;
  return sims.find(
    (s) =>
      RANKING_SIMILARITY.test(s.name) ||
      rankings.some((r) => r.inFunction === s.inFunction) ||
      (s.inFunction !== undefined &&
        file.facts.functions.some(
          (fn) =>
            rankings.some((r) => r.inFunction !== undefined && last(r.inFunction) === fn.name) &&
            fn.calls.some((c) => last(c) === last(s.inFunction ?? '')),
        )),
  );
}

/** A hand-written vector index: an embedding call and a ranked similarity in one file that feeds an LLM. */
function ownIndex(file: PyFile, feedsLlm: (file: PyFile) => boolean): { store: Evidence; retrieval: Evidence } | undefined {
  if (file.test) return undefined;
  const embed = file.facts.calls.find((c) => matchesAny(c.name, EMBED_CALLS) && !NOT_EMBED.test(c.name));
  const similarity = embed && rankedSimilarity(file);
  if (!embed || !similarity || !feedsLlm(file)) return undefined;
  return { store: callEvidence(file, embed), retrieval: callEvidence(file, similarity) };
}

function ownIndexes(ctx: DetectContext): { store: Evidence; retrieval: Evidence }[] {
  if (llmPaths(ctx).size === 0) return [];
  const feeds = feedsLlm(ctx);
  return ctx.python.flatMap((f) => ownIndex(f, feeds) ?? []);
}

/** `found`: the vector stores of the catalogue in use. All three halves are needed, or nothing is cited. */
function detectRag(ctx: DetectContext, found: Evidence[]): Evidence[] {
  const own = ownIndexes(ctx);
  const searches = databaseSearches(ctx);
  const stores = [...found, ...langchainStores(ctx), ...knnSearches(ctx), ...own.map((o) => o.store), ...databaseStores(ctx)];
  const retrieved = [...retrievals(ctx, new Set(stores.map((e) => e.path))), ...own.map((o) => o.retrieval), ...searches];
  // A distance search in the database is a vector index even when its table's DDL is not in the repository.
  if (stores.length === 0 && searches.length > 0) stores.push(searches[0]);
  // The three halves in one project of the repository (each project as what it is).
  for (const project of new Set(stores.map((e) => ctx.projectOf(e.path)))) {
    const here = (items: Evidence[]) => items.filter((e) => ctx.inProjects(e.path, new Set([project])));
    const [s, r, l] = [here(stores), here(retrieved), here(llmEvidence(ctx))];
    // A database search standing for the store is cited once.
    if (s.length > 0 && r.length > 0 && l.length > 0) return [...new Set([...s.slice(0, 4), ...r.slice(0, 4), l[0]])];
  }
  return [];
}

export const rag = defineDetector({
  id: 'rag',
  area: 'llm',
  rule: 'retrieval-augmented generation: embeddings stored in a vector index (FAISS, Chroma, Pinecone, Qdrant, Weaviate, Milvus, pgvector, LanceDB, Elasticsearch kNN) and retrieved into a prompt.',
  uses: 'import',
  detect: detectRag,
});
