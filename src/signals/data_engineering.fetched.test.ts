// Held-out BG, data_engineering: a flat scraper that fetches a table, builds
// a data frame from its rows (`pd.DataFrame(rows)`), cleans it (dropna,
// numeric and date conversions) and writes it to a file and a Kafka topic is
// a transformation step, though nothing is read through a frame reader.
// Saving the fetched frame unchanged, only renaming or dropping its columns,
// doing it in a request handler, returning it as text, a model's script and a
// README mention are not; nor is a module that only fetches and cleans.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

const SCRAPER = py`
  import requests
  import pandas as pd
  from kafka import KafkaProducer

  rows = [r.split(",") for r in requests.get(URL).text.splitlines()]
  df = pd.DataFrame(rows, columns=["country", "population", "date"])
  df = df.dropna(subset=["population"])
  df["population"] = df["population"].str.replace(",", "").astype(int)
  df["date"] = pd.to_datetime(df["date"], errors="coerce")
  producer = KafkaProducer(bootstrap_servers=["localhost:9092"])
  for _, row in df.iterrows():
      producer.send("population", value=row.to_dict())
  df.to_csv("cleaned_data.csv", index=False)
`;

describe('signals/data_engineering (frames built from fetched rows)', () => {
  it('counts a scraper that cleans the frame it built and writes it, at the fetch, the cleaning and the write', async () => {
    const result = await detect(dataEngineering, { 'script.py': SCRAPER });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['script.py:5', 'script.py:7', 'script.py:10']);
  });

  it('counts an API client that flattens JSON, aggregates it and writes a table', async () => {
    const result = await detect(dataEngineering, {
      'etl/orders.py': py`
        import httpx
        import pandas as pd
        from sqlalchemy import create_engine

        def main():
            payload = httpx.get("https://api.example.com/orders").json()
            orders = pd.json_normalize(payload["items"])
            daily = orders.groupby("day").agg(total=("amount", "sum"))
            daily.to_sql("daily_orders", create_engine(DB_URL), if_exists="replace")
      `,
    });

    expect(locations(result)).toEqual(['etl/orders.py:6', 'etl/orders.py:8', 'etl/orders.py:9']);
  });

  it.each([
    ['a download saved unchanged', 'import requests\nimport pandas as pd\n\ndf = pd.DataFrame(requests.get(URL).json())\ndf.to_csv("raw.csv")\n'],
    ['columns renamed and dropped only', 'import requests\nimport pandas as pd\n\ndf = pd.DataFrame(requests.get(URL).json())\ndf = df.rename(columns={"a": "b"}).drop(columns=["c"])\ndf.to_csv("out.csv")\n'],
    ['one conversion only', 'import requests\nimport pandas as pd\n\ndf = pd.DataFrame(requests.get(URL).json())\ndf["day"] = pd.to_datetime(df["day"])\ndf.to_csv("out.csv")\n'],
    ['a frame cleaned but never written', 'import requests\nimport pandas as pd\n\ndf = pd.DataFrame(requests.get(URL).json()).dropna()\ndf["n"] = df["n"].astype(int)\nprint(df.describe())\n'],
    ['a frame returned as text for a download', 'import requests\nimport pandas as pd\n\ndf = pd.DataFrame(requests.get(URL).json()).dropna()\ndf["n"] = df["n"].astype(int)\ncsv_text = df.to_csv(index=False)\n'],
  ])('is absent for %s', async (_, code) => {
    const result = await detect(dataEngineering, { 'fetch.py': code });

    expect(result.present).toBe(false);
  });

  it('is absent for the same work in a request handler, in a model script, and in a README', async () => {
    const result = await detect(dataEngineering, {
      'app/api.py': py`
        import requests
        import pandas as pd
        from fastapi import FastAPI

        app = FastAPI()

        @app.post("/export")
        def export():
            df = pd.DataFrame(requests.get(URL).json()).dropna()
            df["n"] = df["n"].astype(int)
            df.to_csv("export.csv")
      `,
      'train.py': py`
        import requests
        import pandas as pd
        from sklearn.linear_model import LinearRegression

        df = pd.DataFrame(requests.get(URL).json()).dropna()
        df["n"] = df["n"].astype(int)
        model = LinearRegression().fit(df[["n"]], df["y"])
        df.assign(pred=model.predict(df[["n"]])).to_csv("predictions.csv")
      `,
      'README.md': 'The scraper builds `pd.DataFrame(rows)`, runs `dropna()` and `astype(int)`, and writes `to_csv("clean.csv")`.\n',
    });

    expect(result.present).toBe(false);
  });
});
