import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe('signals/data_engineering', () => {
  it('is present for a module that reads, transforms and writes data, at those three calls', async () => {
    const result = await detect(dataEngineering, {
      'jobs/daily_features.py': py`
        import pandas as pd

        def run(src, dst):
            trips = pd.read_parquet(src)
            daily = trips.groupby("day").agg({"fare": "sum"})
            daily.to_parquet(dst)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['jobs/daily_features.py:4', 'jobs/daily_features.py:5', 'jobs/daily_features.py:6']);
    expect(result.evidence.map((e) => e.match)).toEqual(['pandas.read_parquet()', '?.agg()', 'daily.to_parquet()']);
  });

  it('counts a document-ingestion job: load, chunk, write to a vector store', async () => {
    const result = await detect(dataEngineering, {
      'ingest.py': py`
        from langchain_community.document_loaders import DirectoryLoader
        from langchain_text_splitters import RecursiveCharacterTextSplitter
        docs = DirectoryLoader("docs/").load()
        chunks = RecursiveCharacterTextSplitter(chunk_size=500).split_documents(docs)
        store.add_documents(chunks)
      `,
    });

    expect(locations(result)).toEqual(['ingest.py:3', 'ingest.py:4', 'ingest.py:5']);
  });

  it('counts a feature-transformer class that aggregates data frames (borderline)', async () => {
    const result = await detect(dataEngineering, {
      'encoders/target.py': py`
        from sklearn.base import TransformerMixin

        class TargetEncoder(TransformerMixin):
            def fit(self, X, y):
                self.means_ = y.groupby(X["city"]).mean()
                return self

            def transform(self, X):
                return X["city"].map(self.means_)
      `,
    });

    expect(locations(result)).toEqual(['encoders/target.py:5', 'encoders/target.py:3']);
  });

  it('counts SQL transformation scripts, but not migrations or a schema file', async () => {
    const transform = 'CREATE TABLE daily AS\nSELECT day, SUM(fare) FROM trips GROUP BY day;\n';
    const result = await detect(dataEngineering, {
      'warehouse/daily.sql': transform,
      'app/migrations/0004_backfill.sql': transform,
      'schema.sql': 'CREATE TABLE trips (id INT, fare NUMERIC);\nINSERT INTO trips VALUES (1, 2.5);\n',
    });

    expect(result.evidence).toMatchObject([{ location: 'warehouse/daily.sql:1', match: 'CREATE TABLE daily AS SELECT day, SUM(fare) FROM trips GROUP BY day' }]);
  });

  it('is absent for a plotting statistic with private fit/transform hooks that groups a frame it is handed', async () => {
    const result = await detect(dataEngineering, {
      'plots/stats.py': py`
        class Density(Stat):
            def _fit(self, data):
                return gaussian_kde(data["x"])

            def _transform(self, data):
                return data.groupby("group").agg({"weight": "sum"})
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for cleaning done only in notebook cells, and for a loader that writes nothing', async () => {
    const result = await detect(dataEngineering, {
      'eda.ipynb': notebook(['import pandas as pd\ndf = pd.read_csv("a.csv")\ndf = df.merge(b).dropna()\ndf.to_csv("clean.csv")']),
      'data/load.py': 'import pandas as pd\n\ndef load(path):\n    return pd.read_csv(path).fillna(0)\n',
      'README.md': 'An ETL job: `pd.read_csv` then `df.groupby()` then `df.to_parquet()`.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('does not take an event-loop patch for a data transformation', async () => {
    const result = await detect(dataEngineering, {
      'convert.py': py`
        import nest_asyncio
        import pandas as pd
        nest_asyncio.apply()
        pd.read_csv("prices.csv").to_parquet("prices.parquet")
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for ORM create/read/update/delete in a web app', async () => {
    const result = await detect(dataEngineering, {
      'app/crud.py': py`
        from sqlmodel import Session, select

        def create_item(session: Session, item):
            session.add(item)
            session.commit()
            return session.exec(select(Item)).all()
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
