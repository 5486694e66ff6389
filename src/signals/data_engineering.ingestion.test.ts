// data_engineering: document-ingestion jobs beyond the vocabulary of c33dcc0
// (held-out AM owais-kamdar/bedrock-chat: PDFs from S3 cleaned and chunked by
// the module's own string code, upserted to Pinecone; AM sprakash21/aws-genai-
// rageval-bot: a LangChain loader's load_and_split, written to PGVector by a
// method of an imported class; AR xuelin-wang/agentic_rag: a Docling pipeline
// class constructed and run by the indexing module), and a Hugging Face
// dataset pushed to the Hub as the write of a data-preparation service (AS
// josecaloca/multiclass-text-classification).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe('signals/data_engineering (document ingestion and Hub datasets)', () => {
  it('counts a module that reads PDFs, cleans and chunks the text in functions of its own, and writes a vector store', async () => {
    const result = await detect(dataEngineering, {
      'src/core/rag.py': py`
        import re
        from io import BytesIO
        from PyPDF2 import PdfReader

        class RAGSystem:
            def clean_text(self, text):
                text = re.sub(r"\\s+", " ", text)
                return text.strip()

            def create_chunks(self, text, size=800):
                return [text[i:i + size] for i in range(0, len(text), size)]

            def extract(self, content):
                return "".join(p.extract_text() for p in PdfReader(BytesIO(content)).pages)

            def index(self, store, content):
                chunks = self.create_chunks(self.clean_text(self.extract(content)))
                store.add_documents(chunks, namespace="base")
      `,
    });

    expect(locations(result)).toEqual(['src/core/rag.py:14', 'src/core/rag.py:18', 'src/core/rag.py:6']);
  });

  it('counts a job that runs methods of classes it imports: a loader split in the job, written by a store class', async () => {
    const result = await detect(dataEngineering, {
      'app/db/embeddings.py': py`
        from langchain_community.vectorstores.pgvector import PGVector

        class EmbeddingsDatabase:
            def __init__(self, conn, embeddings):
                self.conn = conn
                self.embeddings = embeddings

            def save_as_embedding(self, documents):
                store = PGVector(connection_string=self.conn, embedding_function=self.embeddings)
                store.add_documents(documents)

            def clear(self):
                self.conn.execute("TRUNCATE TABLE langchain_pg_embedding")
      `,
      'app/upload/uploader.py': py`
        from langchain.text_splitter import RecursiveCharacterTextSplitter
        from app.db.embeddings import EmbeddingsDatabase

        class Uploader:
            def __init__(self, database: EmbeddingsDatabase):
                self.database = database

            def upload(self, loader):
                splitter = RecursiveCharacterTextSplitter(chunk_size=1024, chunk_overlap=50)
                documents = loader.load_and_split(text_splitter=splitter)
                self.database.save_as_embedding(documents=documents)
      `,
    });

    expect(locations(result).sort()).toEqual(['app/db/embeddings.py:10', 'app/upload/uploader.py:10', 'app/upload/uploader.py:9']);
  });

  it('counts an indexing module that constructs a parsing pipeline class and indexes its chunks', async () => {
    const result = await detect(dataEngineering, {
      'docs/pipeline.py': py`
        from docling.document_converter import DocumentConverter
        from llama_index.node_parser.docling import DoclingNodeParser

        class PdfPipeline:
            def __init__(self):
                self.parser = DoclingNodeParser()

            def process(self, path):
                document = DocumentConverter().convert(path).document
                return self.parser.get_nodes_from_documents([document])
      `,
      'docs/ingest.py': py`
        from docs.pipeline import PdfPipeline

        def index_pdf(path, service):
            chunks = PdfPipeline().process(path)
            service.index_documents([c.text for c in chunks])
      `,
    });

    expect(locations(result).sort()).toEqual(['docs/ingest.py:5', 'docs/pipeline.py:6', 'docs/pipeline.py:9']);
  });

  it('counts a data-preparation module whose cleaned, split and tokenized dataset is pushed to the Hub', async () => {
    const result = await detect(dataEngineering, {
      'services/prep/pipeline.py': py`
        import pandas as pd
        from datasets import Dataset, DatasetDict
        from sklearn.model_selection import train_test_split

        def run(path, tokenizer, repo):
            df = pd.read_csv(path, sep="\\t")
            df["title"] = df["title"].apply(str.lower)
            train, test = train_test_split(df, stratify=df["label"])
            dataset_dict = DatasetDict({"train": Dataset.from_pandas(train), "test": Dataset.from_pandas(test)})
            tokenized_dataset = dataset_dict.map(lambda b: tokenizer(b["title"]), batched=True)
            tokenized_dataset.push_to_hub(repo)
      `,
    });

    expect(locations(result)).toEqual(['services/prep/pipeline.py:6', 'services/prep/pipeline.py:7', 'services/prep/pipeline.py:11']);
  });

  it('leaves out near misses: a copy into a store, a query-time read, an upload handler, a model pushed, a split written to files', async () => {
    const result = await detect(dataEngineering, {
      // A loader that writes its input unchanged: no transformation of its own.
      'copy.py': py`
        from pypdf import PdfReader

        def load(path, store):
            store.add_texts([p.extract_text() for p in PdfReader(path).pages])
      `,
      // An LLM request's answer kept in a memory store, cleaned first: retrieval plumbing, not ingestion.
      'memory.py': py`
        import requests

        def clean_answer(text):
            return text.strip()

        def remember(store, prompt):
            answer = requests.post("http://localhost:11434/api/generate", json={"prompt": prompt}).json()["response"]
            store.add_texts([clean_answer(answer)])
      `,
      // Per-request ingestion in a web handler is the app's CRUD.
      'api.py': py`
        from fastapi import FastAPI, UploadFile
        from pypdf import PdfReader

        app = FastAPI()

        def chunk_text(text):
            return [text[i:i + 500] for i in range(0, len(text), 500)]

        @app.post("/upload")
        async def upload(file: UploadFile):
            text = "".join(p.extract_text() for p in PdfReader(file.file).pages)
            app.state.store.add_texts(chunk_text(text))
      `,
      // A query-time read: the document is read and chunked for one answer, nothing is written.
      'ask.py': py`
        from pypdf import PdfReader

        def chunk_pages(pages):
            return [p[:500] for p in pages]

        def context(path, question):
            return chunk_pages([p.extract_text() for p in PdfReader(path).pages])
      `,
      // The model and tokenizer pushed to the Hub are not data.
      'train.py': py`
        import pandas as pd

        def main(trainer, tokenizer):
            df = pd.read_csv("train.csv")
            df["text"] = df["text"].apply(str.lower)
            trainer.push_to_hub()
            tokenizer.push_to_hub("me/clf")
      `,
      // A public dataset split into files.
      'split.py': py`
        from datasets import load_dataset
        from sklearn.model_selection import train_test_split

        def main():
            df = load_dataset("b-mc2/sql-create-context")["train"].to_pandas()
            train, test = train_test_split(df, test_size=0.1)
            train.to_json("train.jsonl", orient="records", lines=True)
      `,
      'README.md': 'The ingestion job reads PDFs with PyPDF2, chunks them and upserts them into Pinecone, then pushes the dataset with `ds.push_to_hub`.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
