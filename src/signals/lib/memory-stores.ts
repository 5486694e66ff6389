// Vector stores kept only in the process (data_engineering): a document job
// whose chunks go into one keeps no data, so its "write" is none. LangChain's
// InMemoryVectorStore and DocArrayInMemorySearch always are (unless dumped to
// a file); a LangChain Chroma built without `persist_directory`, a `client`
// or `client_settings`, a FAISS index built by `from_documents`/`from_texts`
// and a LlamaIndex VectorStoreIndex without a `storage_context` are, unless
// the module saves an index (`save_local`, `write_index`, `.persist()`,
// `.dump(path)`). A store the call reaches by a name bound to such a
// construction (`vs = InMemoryVectorStore(emb)` then `vs.add_documents(docs)`)
// is in memory too. Server stores (Pinecone, Qdrant, Weaviate, pgvector,
// Milvus, Chroma's HttpClient/PersistentClient) are never in memory here.
import { SAVED_INDEX } from '../../catalog/tools/data-calls.js';
import type { CallFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';

/** Stores that live only in memory whatever their arguments. */
const ALWAYS_IN_MEMORY = /(^|\.)(InMemoryVectorStore|DocArrayInMemorySearch)(\.\w+)?$/;
/** LangChain's Chroma (constructor or class builder), in memory without a directory or a client. */
const CHROMA = /(^|\.)Chroma(\.a?from_(documents|texts))?$/;
const CHROMA_PERSISTED = /^(persist_directory|client|client_settings)$/;
/** FAISS built from documents, texts or embeddings: in memory until saved. */
const FAISS = /(^|\.)FAISS(\.a?from_(documents|texts|embeddings))?$/;
/** LlamaIndex's index over documents or nodes: in memory without a storage context. */
const LLAMA_INDEX = /(^|\.)(VectorStoreIndex|GPTVectorStoreIndex)(\.from_documents)?$/;
/** A store dumped to a file (`InMemoryVectorStore.dump(path)`), besides the saved indexes of the catalogue. */
const DUMPED = /(^|\.)(storage_context|\w*(store|db|index))\.dump$/i;

/** A construction (or class builder) of a store kept only in memory, ignoring saves. */
function constructsInMemory(call: CallFact): boolean {
  if (ALWAYS_IN_MEMORY.test(call.name)) return true;
  if (CHROMA.test(call.name)) return !call.kwargs.some((k) => CHROMA_PERSISTED.test(k));
  if (FAISS.test(call.name)) return true;
  if (LLAMA_INDEX.test(call.name)) return !call.kwargs.includes('storage_context');
  return false;
}

/** The module saves an index or a store (then none of its stores is only in memory, but the always-in-memory ones it never dumps). */
export function savesIndex(file: PyFile): boolean {
  return file.facts.calls.some((c) => SAVED_INDEX.test(c.name) || DUMPED.test(c.name));
}

/** Names bound only to in-memory store constructions in the module. */
function inMemoryNames(file: PyFile, saved: boolean): Set<string> {
  const memory = new Set<string>();
  const other = new Set<string>();
  for (const c of file.facts.calls) {
    for (const name of c.bound ?? []) {
      const inMemory = saved ? ALWAYS_IN_MEMORY.test(c.name) : constructsInMemory(c);
      (inMemory ? memory : other).add(name);
    }
  }
  for (const name of other) memory.delete(name);
  return memory;
}

const CACHE = new WeakMap<PyFile, { saved: boolean; names: Set<string> }>();

/** A vector-store write into a store that lives only in the process (see above). */
export function writesInMemoryStore(file: PyFile, call: CallFact): boolean {
  let facts = CACHE.get(file);
  if (!facts) {
    const saved = savesIndex(file);
    CACHE.set(file, (facts = { saved, names: inMemoryNames(file, saved) }));
  }
  if (facts.saved ? ALWAYS_IN_MEMORY.test(call.name) : constructsInMemory(call)) return true;
  const head = call.name.split('.')[0];
  return call.name.includes('.') && facts.names.has(head);
}
