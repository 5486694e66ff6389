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
