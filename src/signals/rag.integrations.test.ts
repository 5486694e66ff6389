// Held-out review (issue 15): a notebook that embedded documents with Vertex AI
// into a Redis (Memorystore) vector store from `langchain_google_memorystore_redis`,
// retrieved with `as_retriever` and answered through a RetrievalQA chain with a
// Vertex LLM was not read as RAG: the store's package was not in the catalogue's
// list. signals.md: "embeddings stored in a vector index ... and retrieved into a
// prompt"; the list of stores is open. A vector store of any LangChain
// integration package counts where it is built or used; its loaders, embeddings
// and retrievers, a store imported and never used, and a test double do not.
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { isLangchainStore } from './lib/langchain-stores.js';
import { rag } from './rag.js';

describe('signals/rag: vector stores of any LangChain integration package', () => {
  it('counts a notebook: an integration package\'s store, its retriever, a RetrievalQA chain and a Vertex LLM', async () => {
    const result = await detect(rag, {
      'rag.ipynb': notebook([
        'from langchain_google_vertexai import VertexAIEmbeddings, VertexAI\nembeddings = VertexAIEmbeddings(model_name="text-embedding-005")',
        { md: '## Store' },
        'from langchain_google_memorystore_redis import RedisVectorStore\nstore = RedisVectorStore(index_name="docs", embeddings=embeddings, client=client)\nstore.add_documents(chunks)',
        'retriever = store.as_retriever(search_type="similarity", search_kwargs={"k": 3})',
        'from langchain.chains import RetrievalQA\nqa = RetrievalQA.from_chain_type(llm=VertexAI(model_name="gemini-2.0-flash"), chain_type="stuff", retriever=retriever)',
      ]),
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(
      expect.arrayContaining(['rag.ipynb#cell=2:2', 'rag.ipynb#cell=3:1', 'rag.ipynb#cell=4:2']),
    );
  });

  it('counts a script: a store class named for vectors, or any class of a package\'s vectorstores module', async () => {
    const named = await detect(rag, {
      'index.py': py`
        from langchain_neo4j import Neo4jVector
        from langchain_openai import ChatOpenAI
        store = Neo4jVector.from_documents(docs, embeddings, url=URL)
        hits = store.similarity_search(question, k=4)
        answer = ChatOpenAI().invoke(prompt.format(context=hits))
      `,
    });
    const byModule = await detect(rag, {
      'index.py': py`
        from langchain_oracledb.vectorstores import OracleVS
        from langchain.chains import VectorDBQA
        from langchain_openai import ChatOpenAI
        store = OracleVS(client, embeddings, "docs")
        qa = VectorDBQA.from_chain_type(llm=ChatOpenAI(), vectorstore=store)
      `,
    });
    const chains = await detect(rag, {
      'chain.py': py`
        from langchain_neo4j import Neo4jVector
        from langchain.chains.retrieval_qa.base import RetrievalQA
        from langchain_classic.chains import create_retrieval_chain
        from langchain_anthropic import ChatAnthropic
        Neo4jVector.from_documents(docs, embeddings, url=URL)

        def build(retriever):
            return RetrievalQA.from_chain_type(llm=ChatAnthropic(), retriever=retriever), create_retrieval_chain(retriever, combine)
      `,
    });

    expect(locations(named).sort()).toEqual(['index.py:2', 'index.py:3', 'index.py:4']);
    expect(locations(byModule).sort()).toEqual(['index.py:3', 'index.py:4', 'index.py:5']);
    expect(locations(chains).sort()).toEqual(['chain.py:4', 'chain.py:5', 'chain.py:8']);
  });

  it('is absent when the store is only mentioned, imported and never used, or commented out', async () => {
    const result = await detect(rag, {
      'README.md': 'Answers questions with `RedisVectorStore` from langchain_google_memorystore_redis.\n',
      'app.py': py`
        from langchain_google_memorystore_redis import RedisVectorStore
        from langchain_openai import ChatOpenAI
        # store = RedisVectorStore(index_name="docs", embeddings=embeddings, client=client)
        llm = ChatOpenAI()
        print("RedisVectorStore(...).as_retriever()")
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for an integration package\'s loaders and embeddings, a test double, or a store with no LLM', async () => {
    const noStore = await detect(rag, {
      'ingest.py': py`
        from langchain_google_community import GCSDirectoryLoader
        from langchain_google_vertexai import VertexAIEmbeddings, VertexAI
        docs = GCSDirectoryLoader(project_name=P, bucket="b").load()
        vectors = VertexAIEmbeddings(model_name="text-embedding-005").embed_documents(docs)
        answer = VertexAI().invoke("Summarise")
      `,
    });
    const double = await detect(rag, {
      'tests/test_chain.py': 'from langchain_acme import AcmeVectorStore\nfrom langchain_openai import ChatOpenAI\nAcmeVectorStore(e).as_retriever()\nChatOpenAI()\n',
      'fake.py': 'from langchain_acme import FakeVectorStore\nfrom langchain_openai import ChatOpenAI\nFakeVectorStore().as_retriever()\nChatOpenAI()\n',
    });
    const noLlm = await detect(rag, {
      'search.py': 'from langchain_neo4j import Neo4jVector\nhits = Neo4jVector.from_existing_index(e, index_name="docs").similarity_search(q)\n',
    });

    expect(noStore).toMatchObject({ present: false, evidence: [] });
    expect(double).toMatchObject({ present: false, evidence: [] });
    expect(noLlm).toMatchObject({ present: false, evidence: [] });
  });

  it.each`
    name                                                            | store
    ${'langchain_google_memorystore_redis.RedisVectorStore'}        | ${true}
    ${'langchain_google_alloydb_pg.AlloyDBVectorStore.create_sync'} | ${true}
    ${'langchain_databricks.DatabricksVectorSearch'}                | ${true}
    ${'langchain_sqlserver.vectorstores.SQLServer_VectorStore'}     | ${true}
    ${'langchain_google_vertexai.VertexAIEmbeddings'}               | ${false}
    ${'langchain_community.document_loaders.VectorDBLoader'}        | ${false}
    ${'langchain_core.vectorstores.VectorStoreRetriever'}           | ${false}
    ${'langchain_acme.BaseVectorStore'}                             | ${false}
    ${'my_langchain.RedisVectorStore'}                              | ${false}
    ${'langchain_text_splitters.VectorSplitter'}                    | ${false}
  `('reads $name as a vector store: $store', ({ name, store }) => {
    expect(isLangchainStore(name)).toBe(store);
  });
});
