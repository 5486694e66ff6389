// Issue 14, review on real people: FAISS used through LangChain's wrapper
// (`from langchain_community.vectorstores import FAISS`) was "unverified:
// skills list only", and a Kafka producer written with aiokafka left Kafka
// "only declared"; the kit then told the candidate "we saw no use of it".
// A wrapper that runs the tool itself is use of the tool.
import { describe, expect, it } from 'vitest';
import { scanToolsOf } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';

describe('catalog: tools used through a wrapper', () => {
  it('LangChain and LlamaIndex FAISS stores are FAISS; aiokafka is Kafka', async () => {
    const tools = await scanToolsOf({
      'rag.py': py`
        from langchain_community.vectorstores import FAISS

        def build(docs, embeddings):
            return FAISS.from_documents(docs, embeddings)
      `,
      'events.py': py`
        from aiokafka import AIOKafkaProducer

        async def publish(payload):
            producer = AIOKafkaProducer(bootstrap_servers="kafka:9092")
            await producer.send_and_wait("orders", payload)
      `,
    });

    expect(tools.find((t) => t.tool === 'faiss')).toMatchObject({ used: true, evidence: [expect.objectContaining({ location: 'rag.py:1' })] });
    expect(tools.find((t) => t.tool === 'kafka')).toMatchObject({ used: true, evidence: [expect.objectContaining({ location: 'events.py:4', kind: 'call' }), expect.objectContaining({ location: 'events.py:1' })] });
  });

  it('another store of LangChain is not FAISS', async () => {
    const tools = await scanToolsOf({ 'rag.py': 'from langchain_community.vectorstores import Chroma\n\ndb = Chroma(persist_directory="db")\n' });

    expect(tools.some((t) => t.tool === 'faiss')).toBe(false);
  });
});
