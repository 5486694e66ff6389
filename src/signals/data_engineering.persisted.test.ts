// data_engineering: document-ingestion jobs that persist their chunks other
// than through a vector store's write (held-out R: PDF/HTML text chunked in a
// function of its own and inserted with embeddings into Postgres; AL: YAML/CSV
// flattened, split and saved as a FAISS index; BL: TXT/PDF/DOCX text
// normalised and written as a JSON corpus). A store kept in memory is none.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe('signals/data_engineering (persisted document chunks)', () => {
  it('counts chunks inserted with their embeddings into SQL rows', async () => {
    const result = await detect(dataEngineering, {
      'scripts/ingest.py': py`
        from pdfminer.high_level import extract_text

        def chunk_tokens(text, size, overlap):
            words = text.split()
            return [" ".join(words[i:i + size]) for i in range(0, len(words), size - overlap)]

        async def ingest(conn, path, embed):
            text = extract_text(str(path))
            for i, chunk in enumerate(chunk_tokens(text, 200, 20)):
                await conn.execute("INSERT INTO chunks (chunk_id, content, embedding) VALUES ($1, $2, $3)", i, chunk, embed(chunk))
      `,
    });
    expect(locations(result).sort()).toEqual(['scripts/ingest.py:10', 'scripts/ingest.py:3', 'scripts/ingest.py:8']);
  });

  it('counts data files split by a library splitter and saved as a FAISS index', async () => {
    const result = await detect(dataEngineering, {
      'core/vector_db.py': py`
        import csv
        from langchain_community.vectorstores import FAISS
        from langchain_core.documents import Document
        from langchain.text_splitter import RecursiveCharacterTextSplitter

        def read_csv_file(path):
            with open(path) as f:
                return [Document(page_content=str(row)) for row in csv.DictReader(f)]

        def init_vector_db(paths, embeddings):
            docs = [d for p in paths for d in read_csv_file(p)]
            splits = RecursiveCharacterTextSplitter(chunk_size=500).split_documents(docs)
            store = FAISS.from_documents(splits, embeddings)
            store.save_local("vector_db")
      `,
    });
    expect(locations(result)).toEqual(['core/vector_db.py:8', 'core/vector_db.py:12', 'core/vector_db.py:14']);
  });

  it('counts parsed documents normalised in a function of its own and written as a JSON corpus', async () => {
    const result = await detect(dataEngineering, {
      'corpus_preprocessor.py': py`
        import json
        import docx

        def normalize_text(text):
            return " ".join(text.split()).strip()

        def build_corpus(paths, out):
            entries = [{"text": normalize_text("\\n".join(p.text for p in docx.Document(path).paragraphs))} for path in paths]
            with open(out, "w") as f:
                json.dump(entries, f)
      `,
    });
    expect(locations(result).sort()).toEqual(['corpus_preprocessor.py:10', 'corpus_preprocessor.py:4', 'corpus_preprocessor.py:8']);
  });

  it('is absent when the saved index or corpus file is only mentioned in a README, a comment or a string', async () => {
    const result = await detect(dataEngineering, {
      'README.md': 'Run `python ingest.py`: it reads PDFs, chunks them and calls `store.save_local("db")` / `faiss.write_index`.\n',
      'ingest.py': py`
        import csv
        from langchain.text_splitter import RecursiveCharacterTextSplitter

        def load(path):
            with open(path) as f:
                return list(csv.DictReader(f))

        def chunks(rows):
            # then store.save_local("db") and json.dump(chunks, f)
            note = "faiss.write_index(index, path)"
            return RecursiveCharacterTextSplitter(chunk_size=500).split_text(" ".join(map(str, rows)))
      `,
    });
    expect(result.present).toBe(false);
  });

  // A JSON file whose records a function of its own cleans is a record-file job (data_engineering.records.test.ts); rewritten unchanged it is none.
  it('is absent for a store built in memory, a JSON file rewritten unchanged, and a saved index without a chunk step', async () => {
    const memory = await detect(dataEngineering, {
      'embed.py': py`
        import csv
        from langchain_core.vectorstores import InMemoryVectorStore
        from langchain.text_splitter import RecursiveCharacterTextSplitter

        def build(path, embeddings):
            with open(path) as f:
                text = " ".join(map(str, csv.DictReader(f)))
            splits = RecursiveCharacterTextSplitter(chunk_size=500).split_text(text)
            store = InMemoryVectorStore(embeddings)
            print(store.similarity_search("query"))
      `,
    });
    expect(memory.present).toBe(false);
    const jsonOnly = await detect(dataEngineering, {
      'convert.py': py`
        import json

        def main(src, dst):
            with open(src) as f:
                rows = json.load(f)
            with open(dst, "w") as f:
                json.dump(rows, f, indent=2)
      `,
    });
    expect(jsonOnly.present).toBe(false);
    const unsplit = await detect(dataEngineering, {
      'index.py': py`
        import json
        from langchain_community.vectorstores import FAISS

        def build(path, embeddings):
            with open(path) as f:
                texts = json.load(f)
            store = FAISS.from_texts(texts, embeddings)
            store.save_local("db")
      `,
    });
    expect(unsplit.present).toBe(false);
  });
});
