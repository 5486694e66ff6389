// The RAG detectors' knowledge beyond imports: calls that retrieve from a vector
// index, vector stores of LangChain integration packages, vector search and
// storage in SQL, and vector indexes written by hand. Data only; split from
// llm-calls.ts, whose other LLM calls stay there.

/** Retrieval from a vector index, whatever the store. */
export const RETRIEVAL_CALLS = [
  '*.similarity_search', '*.asimilarity_search', '*.similarity_search_with_score', '*.similarity_search_with_relevance_scores',
  '*.similarity_search_by_vector', '*.max_marginal_relevance_search', '*.as_retriever', '*.get_relevant_documents',
  '*.aget_relevant_documents', '*.as_query_engine', '*.as_chat_engine', '*.knn_search', '*.query_points', '*.vector_search', '*.hybrid_search',
  // LlamaIndex retrievers and query engines over an index; LangChain retrieval chains and retrievers.
  '*.VectorIndexRetriever', 'llama_index.core.query_engine', 'llama_index.core.retrievers', 'llama_index.query_engine', 'llama_index.retrievers',
  'langchain.chains.RetrievalQA', 'langchain.chains.ConversationalRetrievalChain', 'langchain.chains.create_retrieval_chain',
  'langchain.chains.retrieval.create_retrieval_chain', 'langchain.retrievers', 'langchain_core.vectorstores.VectorStoreRetriever',
  'langchain.chains.retrieval_qa', 'langchain.chains.conversational_retrieval', 'langchain.chains.RetrievalQAWithSourcesChain', 'langchain.chains.VectorDBQA',
  'langchain.chains.VectorDBQAWithSourcesChain', 'langchain.chains.qa_with_sources.retrieval', 'langchain.chains.qa_with_sources.vector_db',
  'langchain_classic.chains.RetrievalQA', 'langchain_classic.chains.ConversationalRetrievalChain', 'langchain_classic.chains.retrieval', 'langchain_classic.chains.create_retrieval_chain', 'langchain_classic.chains.retrieval_qa', 'langchain_classic.retrievers',
  '*.cosine_distance', '*.l2_distance', '*.max_inner_product',
  // Haystack's embedding retrievers (a keyword BM25 retriever is not a vector index).
  '*.InMemoryEmbeddingRetriever', '*.ChromaEmbeddingRetriever', '*.QdrantEmbeddingRetriever', '*.PineconeEmbeddingRetriever',
  '*.WeaviateEmbeddingRetriever', '*.PgvectorEmbeddingRetriever', '*.ElasticsearchEmbeddingRetriever', '*.OpenSearchEmbeddingRetriever',
  '*.MongoDBAtlasEmbeddingRetriever', '*.EmbeddingRetriever', '*.DensePassageRetriever',
];
/**
 * A vector store of a LangChain integration package the catalogue does not list (LANGCHAIN_PACKAGE): a class named for
 * vectors (`RedisVectorStore`, `Neo4jVector`, `DatabricksVectorSearch`) or of its `vectorstores` module; not its loaders, embeddings, retrievers.
 */
export const VECTOR_STORE_CLASS = /^(?=[A-Z])\w*Vector(?!i[sz]e)/;
export const VECTOR_STORE_MODULE = /^vector_?stores?$/;
export const NOT_VECTOR_STORE = /Embedding|Loader|Splitter|Retriever|Tool|Transformer|Encoder/;
/** Vectors searched by distance in SQL: pgvector operators, and the distance functions of pgvector, sqlite-vec, DuckDB, BigQuery, Oracle, Snowflake. */
export const VECTOR_SEARCH_SQL = /<=>|<->|<#>|<\+>|\b(cosine_distance|l2_distance|inner_product|vector_distance|vec_distance_\w+|array_cosine_(similarity|distance)|vector_cosine_similarity|vector_search|approx_distance)\s*\(/i;
/** Vectors stored in the database: pgvector columns and indexes, the extension; sqlite-vec tables. */
export const VECTOR_STORE_SQL = /\bvector\s*\(\s*\d+\s*\)|\bUSING\s+(hnsw|ivfflat|diskann)\b|\bCREATE\s+EXTENSION\s+(IF\s+NOT\s+EXISTS\s+)?"?vector\b|\bUSING\s+vec0\b/i;
/** A stored function the database runs a vector search in (`CREATE FUNCTION match_documents(...)`): its name. */
export const SQL_FUNCTION_NAME = /\bCREATE\s+(OR\s+REPLACE\s+)?FUNCTION\s+(?:"?\w+"?\.)?"?(\w+)"?\s*\(/i;
/**
 * Calls that run or build SQL from a string (DB-API `execute`, pandas `read_sql`,
 * SQLAlchemy `text`, asyncpg `fetch`): where SQL held in a constant is read.
 * A constant only printed or measured (`print(SQL)`, `len(SQL)`) runs nothing.
 */
export const SQL_RUN_CALLS = /(^|\.)(execute|executemany|executescript|exec_driver_sql|mogrify|query|sql|raw|read_sql|read_sql_query|text|fetch|fetchrow|fetchval|run)$/;
/** Calls that run a database function by name (Supabase `rpc`, SQLAlchemy `func`). */
export const DB_FUNCTION_CALLS = /(^|\.)(rpc|callproc)$/;
/**
 * Methods that retrieve from a vector store, in a file that uses one: the
 * receiver is named like a store (`collection.query`, `index.search`) or the
 * call passes vector-search arguments (`n_results=`, `query_embeddings=`).
 * A web-search client's `.search()` is neither.
 */
export const STORE_QUERY_METHODS = /(^|\.)(similarity_search\w*|query|search|retrieve|knn_query|get_nns_by_vector|get_nns_by_item)$/;
export const STORE_RECEIVER = /(index|collection|store|vector|vdb|vectordb|table|retriever|faiss|chroma|qdrant|pinecone|milvus|lance|weaviate)\w*$/i;
export const STORE_QUERY_KWARGS = ['query_embeddings', 'query_texts', 'n_results', 'query_vector', 'vector', 'vector_queries', 'top_k', 'k', 'knn'];
/**
 * A vector index written by hand: texts embedded (an embeddings API or
 * model) and ranked by vector similarity in the same file
 * (`np.dot(self.embeddings, query_embedding)`). IPython's `embed()` is a
 * debugging shell, not an embedding.
 */
export const EMBED_CALLS = [
  '*.embeddings.create', '*.embed', '*.aembed', '*.embed_query', '*.embed_documents', '*.aembed_query', '*.aembed_documents',
  '*.embed_content', '*.get_text_embedding', '*.get_query_embedding', '*.get_embedding', '*.get_embeddings',
  '*.create_embedding', '*.create_embeddings', 'sentence_transformers.SentenceTransformer',
];
export const NOT_EMBED = /^IPython\./;
export const SIMILARITY_CALLS = [
  'numpy.dot', 'numpy.inner', 'numpy.matmul', '*.cosine_similarity', '*.cos_sim', '*.dot_score', 'sentence_transformers.util.semantic_search',
  'scipy.spatial.distance.cosine', 'scipy.spatial.distance.cdist', 'torch.matmul', 'torch.mm', 'sklearn.neighbors.NearestNeighbors',
];
/** Keyword arguments of a search request that make it a vector (kNN) search: Elasticsearch, OpenSearch. */
export const KNN_KWARGS = ['knn', 'query_vector'];
