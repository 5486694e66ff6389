// LangChain vector stores beyond the catalogue's list: a store class of any
// `langchain_*` integration package (`RedisVectorStore` from
// `langchain_google_memorystore_redis`, `AlloyDBVectorStore`, `Neo4jVector`,
// `DatabricksVectorSearch`), or any class of its vector-store module. The
// catalogue's `langchain-vectorstores` tool counts the packages it names by
// import; a package it does not name counts where the store is built or
// used (`RedisVectorStore(...)`, `RedisVectorStore.from_documents(...)`). An
// import never used, a loader, an embeddings class, a retriever and a test
// double (in a test file, or named `FakeVectorStore`) are no vector store.
import { getTool, matchesAny } from '../../catalog/index.js';
import { DOUBLE_NAMES, LANGCHAIN_PACKAGE } from '../../catalog/tools/llm-calls.js';
import { NOT_VECTOR_STORE, VECTOR_STORE_CLASS, VECTOR_STORE_MODULE } from '../../catalog/tools/llm-retrieval.js';
import type { DetectContext } from '../context.js';
import type { Evidence } from '../types.js';
import { callEvidence } from './code.js';

/** A vector-store class of a LangChain integration package, or a method of one, by its resolved name. */
export function isLangchainStore(name: string): boolean {
  const segs = name.split('.');
  if (segs.length < 2 || !LANGCHAIN_PACKAGE.test(segs[0])) return false;
  // The class is the last capitalised segment: `pkg.RedisVectorStore`, `pkg.RedisVectorStore.from_documents`.
  const at = segs.findLastIndex((s, i) => i > 0 && /^[A-Z]/.test(s));
  if (at === -1) return false;
  const cls = segs[at];
  if (NOT_VECTOR_STORE.test(cls) || DOUBLE_NAMES.test(cls) || /^Base[A-Z]/.test(cls)) return false;
  return VECTOR_STORE_CLASS.test(cls) || segs.slice(1, at).some((s) => VECTOR_STORE_MODULE.test(s));
}

/** Where the project's code (tests aside) builds or uses a LangChain vector store of a package the catalogue does not list. */
export function langchainStores(ctx: DetectContext): Evidence[] {
  const local = ctx.localModules;
  const listed = getTool('langchain-vectorstores').calls ?? [];
  const unlisted = (name: string) => isLangchainStore(name) && !matchesAny(name, listed) && !local.has(name.split('.')[0]);
  return ctx.python
    .filter((f) => !f.test)
    .flatMap((file) => file.facts.calls.filter((c) => unlisted(c.name)).map((c) => callEvidence(file, c, 'langchain-vectorstores')));
}
