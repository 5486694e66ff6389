// Issue 15, data_engineering both ways: transformation modules that return
// frames, jobs across the repository's own modules, streaming jobs; and what
// is not transformation (a loader writing its input unchanged, renames for a
// report, a dataset split into files, a tutorial dataset loader).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe('signals/data_engineering (jobs and modules)', () => {
  it('counts a cleaning module that returns its frame, at its cleaning calls', async () => {
    const result = await detect(dataEngineering, {
      'features/clean.py': py`
        import pandas as pd

        def clean_orders(orders: pd.DataFrame) -> pd.DataFrame:
            orders = orders.drop_duplicates()
            orders = orders.dropna(subset=["id"])
            orders["ts"] = pd.to_datetime(orders["ts"])
            return orders
      `,
    });

    expect(locations(result)).toEqual(['features/clean.py:4', 'features/clean.py:5']);
    expect(result.evidence.map((e) => e.match)).toEqual(['orders.drop_duplicates()', 'orders.dropna()']);
  });

  it('counts an ingestion job spread over its own modules, each line where it runs', async () => {
    const result = await detect(dataEngineering, {
      'ingestion/load_docs.py': 'from langchain_community.document_loaders import PyPDFLoader\n\ndef load_documents(path):\n    return PyPDFLoader(path).load()\n',
      'ingestion/chunk_docs.py': 'from langchain_text_splitters import RecursiveCharacterTextSplitter\n\ndef chunk_documents(docs):\n    return RecursiveCharacterTextSplitter(chunk_size=500).split_documents(docs)\n',
      'ingestion/store.py': 'def build_store(store, chunks):\n    store.add_documents(chunks)\n',
      'run_ingest.py': py`
        from ingestion.load_docs import load_documents
        from ingestion.chunk_docs import chunk_documents
        from ingestion.store import build_store

        build_store(STORE, chunk_documents(load_documents("docs/")))
      `,
    });

    expect(locations(result).sort()).toEqual(['ingestion/chunk_docs.py:4', 'ingestion/load_docs.py:4', 'ingestion/store.py:2']);
  });

  it('counts an ETL across its own modules whose extract step calls an HTTP API, each line where it runs', async () => {
    const result = await detect(dataEngineering, {
      'src/extract.py': 'import requests\n\ndef fetch_weather(lat, lon):\n    return requests.get(URL, params={"lat": lat, "lon": lon}).json()\n',
      'src/transform.py': py`
        import pandas as pd

        def to_frame(payload, city_id):
            df = pd.DataFrame({"ts": pd.to_datetime(payload["time"]), "temp": payload["temp"]})
            df["city_id"] = city_id
            return df.drop_duplicates(subset=["city_id", "ts"])
      `,
      'src/load.py': 'def load_weather(conn, df):\n    df.to_sql("weather", con=conn, if_exists="append")\n',
      'flows/weather.py': py`
        from src.extract import fetch_weather
        from src.transform import to_frame
        from src.load import load_weather

        def main(conn):
            load_weather(conn, to_frame(fetch_weather(1, 2), 7))
      `,
    });

    expect(locations(result).sort()).toEqual(['src/extract.py:4', 'src/load.py:2', 'src/transform.py:4']);
    expect(result.evidence.map((e) => e.match).sort()).toEqual(['df.to_sql()', 'pandas.to_datetime()', 'requests.get()']);
  });

  it('is absent for a job across modules that copies API or CSV rows unchanged, whose API read is a request handler, or that ranks search results in memory', async () => {
    const result = await detect(dataEngineering, {
      'etl/extract.py': 'import csv, requests\n\ndef fetch_rows():\n    return requests.get(URL).json()\n\ndef read_rows(path):\n    return list(csv.DictReader(open(path)))\n',
      'etl/load.py': 'import pandas as pd\n\ndef save_rows(conn, rows):\n    pd.DataFrame(rows).sort_values("ts").to_sql("raw", con=conn)\n',
      'etl/run.py': 'from etl.extract import fetch_rows, read_rows\nfrom etl.load import save_rows\n\nsave_rows(CONN, fetch_rows())\nsave_rows(CONN, read_rows("a.csv"))\n',
      'api/routes.py': py`
        import requests
        from fastapi import APIRouter
        router = APIRouter()

        @router.get("/quote")
        def quote(symbol: str):
            return requests.get(f"{PRICES}/{symbol}").json()
      `,
      'api/clean.py': 'import pandas as pd\n\ndef clean(df):\n    return df.dropna().drop_duplicates()\n',
      'api/job.py': 'from api.routes import quote\nfrom api.clean import clean\nfrom etl.load import save_rows\n\nsave_rows(CONN, clean(quote("X")))\n',
      'search/web.py': 'import requests\n\ndef search(q):\n    return requests.post(SEARCH_URL, json={"q": q}).json()\n',
      'search/rerank.py': py`
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        def top_chunks(store, results):
            docs = RecursiveCharacterTextSplitter(chunk_size=500).create_documents([r["content"] for r in results])
            store.add_documents(docs)
            return store.similarity_search(QUERY)
      `,
      'search/agent.py': 'from search.web import search\nfrom search.rerank import top_chunks\n\nprint(top_chunks(STORE, search("q")))\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts a streaming job that consumes one topic and produces another', async () => {
    const result = await detect(dataEngineering, {
      'stream/enrich.py': py`
        from kafka import KafkaConsumer, KafkaProducer

        consumer = KafkaConsumer("rides")
        producer = KafkaProducer()
        for msg in consumer:
            producer.send("features", value=msg.value)
      `,
    });

    expect(locations(result)).toEqual(['stream/enrich.py:3', 'stream/enrich.py:4']);
  });

  it('is absent for a loader writing its input unchanged, renames for a report, and a split into files', async () => {
    const result = await detect(dataEngineering, {
      'copy_data.py': 'import pandas as pd\n\npd.read_csv("raw.csv").to_parquet("raw.parquet")\n',
      'report.py': py`
        import pandas as pd

        def weekly_report(path):
            df = pd.read_csv(path).rename(columns={"amt": "Amount"})
            df.to_html("report.html")
      `,
      'split.py': py`
        import pandas as pd
        from sklearn.model_selection import train_test_split

        df = pd.read_csv("iris.csv")
        train, test = train_test_split(df, test_size=0.2)
        train.to_csv("train.csv")
        test.to_csv("test.csv")
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a tutorial dataset loader, and for transformation only mentioned', async () => {
    const result = await detect(dataEngineering, {
      'mylib/datasets.py': py`
        import pandas as pd

        def load_bikes(path):
            bikes = pd.read_csv(path)
            bikes["start"] = pd.to_datetime(bikes.start)
            return bikes.set_index("start").resample("3h").sum().fillna(0)
      `,
      'docs/etl.md': 'clean_orders() drops duplicates, then groupby() and merge() build the features.\n',
      'notes.py': '# def clean(df): return df.dropna().merge(other).groupby("k").sum()\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
