// data_engineering: document-ingestion jobs that extract text with a PDF or
// Office parser rather than a `*Loader` class, and jobs across modules read
// as what they run (held-out X: PyMuPDF text chunked and upserted to a vector
// index over three modules was missed; held-out Y: a transformation stage that
// imputes a CSV and saves the arrays through a utilities module was missed
// because the same utilities module also held a model-evaluation helper).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe('signals/data_engineering (document parsers and called parts)', () => {
  it('counts an ingestion job whose text comes from PyMuPDF, chunked and upserted over its own modules', async () => {
    const result = await detect(dataEngineering, {
      'kb/extract.py': py`
        import pathlib
        import fitz

        def pdf_pages(path):
            with fitz.open(path) as pdf:
                return [page.get_text() for page in pdf]

        def corpus(folder):
            return {p.name: " ".join(pdf_pages(p)) for p in pathlib.Path(folder).glob("*.pdf")}
      `,
      'kb/split.py': py`
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        def to_chunks(texts):
            splitter = RecursiveCharacterTextSplitter(chunk_size=800, chunk_overlap=80)
            return [c for name, t in texts.items() for c in splitter.split_text(t)]
      `,
      'kb/vectors.py': py`
        def push(index, encoder, chunks):
            vecs = encoder.encode(chunks)
            index.upsert(vectors=[{"id": str(i), "values": v.tolist(), "metadata": {"text": c}} for i, (c, v) in enumerate(zip(chunks, vecs))])
      `,
      'build_kb.py': py`
        from kb.extract import corpus
        from kb.split import to_chunks
        from kb.vectors import push

        def main(index, encoder):
            push(index, encoder, to_chunks(corpus("manuals/")))
      `,
    });

    expect(locations(result).sort()).toEqual(['kb/extract.py:5', 'kb/split.py:4', 'kb/vectors.py:3']);
  });

  it('counts pypdf, pdfplumber, unstructured and python-docx reads chunked and written to a store, in one module or with an async write', async () => {
    const pypdf = await detect(dataEngineering, {
      'ingest.py': py`
        from pypdf import PdfReader
        from langchain_text_splitters import CharacterTextSplitter

        def ingest(path, store):
            text = "".join(p.extract_text() or "" for p in PdfReader(path).pages)
            store.add_texts(CharacterTextSplitter(chunk_size=500).split_text(text))
      `,
    });
    const plumber = await detect(dataEngineering, {
      'rag/pages.py': 'import pdfplumber\n\ndef read_pdf(path):\n    with pdfplumber.open(path) as pdf:\n        return [p.extract_text() for p in pdf.pages]\n',
      'rag/chunks.py': 'from langchain_text_splitters import TokenTextSplitter\n\ndef chunk(pages):\n    return TokenTextSplitter(chunk_size=256).create_documents(pages)\n',
      'rag/store.py': 'async def save(store, docs):\n    await store.aadd_documents(docs)\n',
      'rag/job.py': 'from rag.pages import read_pdf\nfrom rag.chunks import chunk\nfrom rag.store import save\n\nasync def run(store, path):\n    await save(store, chunk(read_pdf(path)))\n',
    });
    const partitioned = await detect(dataEngineering, {
      'pipeline/docs.py': py`
        from unstructured.partition.pdf import partition_pdf
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        def index_report(path, collection):
            elements = partition_pdf(filename=path)
            parts = RecursiveCharacterTextSplitter(chunk_size=600).split_text(" ".join(e.text for e in elements))
            collection.upsert(ids=[str(i) for i in range(len(parts))], documents=parts)
      `,
    });
    const word = await detect(dataEngineering, {
      'loaders/word.py': py`
        import docx
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        def index_policy(path, store):
            paragraphs = [p.text for p in docx.Document(path).paragraphs]
            store.add_texts(RecursiveCharacterTextSplitter(chunk_size=400).split_text(" ".join(paragraphs)))
      `,
    });

    expect(locations(pypdf)).toEqual(['ingest.py:5', 'ingest.py:6']);
    expect(locations(plumber).sort()).toEqual(['rag/chunks.py:4', 'rag/pages.py:4', 'rag/store.py:2']);
    expect(locations(partitioned)).toEqual(['pipeline/docs.py:5', 'pipeline/docs.py:6', 'pipeline/docs.py:7']);
    expect(locations(word)).toEqual(['loaders/word.py:5', 'loaders/word.py:6']);
  });

  it('counts a transformation stage saving arrays through a utilities module that also holds a model-evaluation helper it never calls', async () => {
    const result = await detect(dataEngineering, {
      'pipeline/common.py': py`
        import pickle
        import numpy as np
        from sklearn.model_selection import GridSearchCV

        def store_matrix(path, matrix):
            with open(path, "wb") as fh:
                np.save(fh, matrix)

        def store_object(path, obj):
            with open(path, "wb") as fh:
                pickle.dump(obj, fh)

        def compare_estimators(X, y, X_val, y_val, candidates, grids):
            scores = {}
            for name, est in candidates.items():
                search = GridSearchCV(est, grids[name]).fit(X, y)
                scores[name] = (search.best_estimator_.predict(X_val) == y_val).mean()
            return scores
      `,
      'pipeline/prepare.py': py`
        import numpy as np
        import pandas as pd
        from sklearn.impute import SimpleImputer
        from pipeline.common import store_matrix, store_object

        class Preparation:
            def run(self, src, dst):
                frame = pd.read_csv(src)
                features, label = frame.drop(columns=["label"]), frame["label"]
                imputer = SimpleImputer(strategy="median").fit(features)
                filled = imputer.transform(features)
                store_matrix(dst, np.c_[filled, label.to_numpy()])
                store_object("artifacts/imputer.pkl", imputer)
      `,
    });

    expect(locations(result)).toEqual(['pipeline/common.py:7', 'pipeline/prepare.py:8', 'pipeline/prepare.py:11']);
  });

  it('follows a job into the methods of a class its called function builds', async () => {
    const result = await detect(dataEngineering, {
      'docs/loader.py': 'from langchain_community.document_loaders import PyPDFLoader\n\ndef load_all(paths):\n    return [d for p in paths for d in PyPDFLoader(p).load()]\n',
      'docs/splitter.py': py`
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        class Splitter:
            def __init__(self, size=500):
                self.inner = RecursiveCharacterTextSplitter(chunk_size=size)

            def split(self, docs):
                return self.inner.split_documents(docs)

        def split_docs(docs):
            return Splitter().split(docs)
      `,
      'docs/index.py': 'def write_index(store, docs):\n    store.add_documents(docs)\n',
      'scripts/reindex.py': 'from docs.loader import load_all\nfrom docs.splitter import split_docs\nfrom docs.index import write_index\n\nwrite_index(STORE, split_docs(load_all(PATHS)))\n',
    });

    expect(locations(result).sort()).toEqual(['docs/index.py:2', 'docs/loader.py:4', 'docs/splitter.py:5']);
  });

  it('is absent for per-request text extraction, a new Word report, a job whose only write is in a helper it never calls, and a training script saving its arrays', async () => {
    const result = await detect(dataEngineering, {
      'app/extract.py': py`
        import fitz
        from fastapi import FastAPI, UploadFile
        app = FastAPI()

        @app.post("/text")
        async def text_of(file: UploadFile):
            pdf = fitz.open(stream=await file.read(), filetype="pdf")
            return {"text": "".join(page.get_text() for page in pdf)}
      `,
      'reports/word.py': py`
        import docx
        import pandas as pd

        def monthly_report(rows, out):
            frame = pd.DataFrame(rows).groupby("month").agg(total=("amount", "sum"))
            frame.to_csv(out + ".csv")
            doc = docx.Document()
            doc.add_heading("Monthly totals")
            doc.save(out + ".docx")
      `,
      'analysis/helpers.py': py`
        def tidy(frame):
            return frame.dropna()

        def export(frame, path):
            frame.to_parquet(path)
      `,
      'analysis/look.py': 'import pandas as pd\nfrom analysis.helpers import tidy\n\nprint(tidy(pd.read_csv("survey.csv")).describe())\n',
      'train/common.py': 'import numpy as np\n\ndef store_matrix(path, matrix):\n    np.save(path, matrix)\n',
      'train/fit.py': py`
        import pandas as pd
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import StandardScaler
        from train.common import store_matrix

        frame = pd.read_csv("train.csv")
        X = StandardScaler().fit_transform(frame.drop(columns=["y"]))
        model = LogisticRegression().fit(X, frame["y"])
        store_matrix("X_scaled.npy", X)
        print(model.predict(X[:5]))
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
