// Held-out BC, data_engineering both ways. A script that compares models and
// writes their scores (`results.to_csv("results.csv")`), then reads them back to
// plot, writes no transformed data: the results of models are not data. An
// ingestion job that parses raw records in a function of its own
// (`convert_line`, `parse_event`) and inserts the rows into a database through
// a DB-API cursor is an ETL job, as is a SQL script without semicolons whose
// UPDATE ... FROM derives a column from aggregated tables.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

/** A plain-Python ingestion job: CSV rows parsed by a function of its own, written with executemany. */
const ingestion = (parser: string) => ({
  'ingest/import_events.py': py`
    import csv
    import psycopg

    def get_int(column):
        return int(column) if column.strip() else None

    def ${parser}(line):
        return (line[0], get_int(line[1]), line[2].strip().upper())

    def save_rows(cursor, rows):
        cursor.executemany("insert into events (game_id, inning, batter) values (%s, %s, %s)", rows)

    def main(path, dsn):
        conn = psycopg.connect(dsn)
        with open(path) as f:
            rows = [${parser}(line) for line in csv.reader(f)]
        with conn.cursor() as cursor:
            save_rows(cursor, rows)
        conn.commit()
  `,
});

describe('signals/data_engineering (model results and ingestion jobs)', () => {
  it('is absent for a script that scores models, writes the scores to results.csv and reads them back to plot', async () => {
    const result = await detect(dataEngineering, {
      'forecasting/compare.py': py`
        import pandas as pd
        from sklearn.metrics import mean_absolute_percentage_error
        from forecasters import ProphetForecaster

        def run_comparison(stocks, horizons, save=False):
            results = pd.DataFrame(columns=["model", "stock", "n_test", "mape"])
            for n in horizons:
                for stock in stocks:
                    p = ProphetForecaster(stock, n_test=n)
                    p.run()
                    mape = mean_absolute_percentage_error(p.df["yhat"][-n:], p.df["y"][-n:])
                    results.loc[len(results)] = ["prophet", stock, n, mape]
            if save:
                results.to_csv("results.csv", index=False)
            return results

        def plot_comparison(df, load=False):
            if load:
                df = pd.read_csv("results.csv")
            averages = df.groupby(["model", "n_test"])["mape"].mean().reset_index()
            averages.plot()
      `,
      'forecasting/forecasters.py': py`
        import yfinance as yf
        import numpy as np

        class ProphetForecaster:
            def __init__(self, stock, n_test):
                self.df = yf.download(stock)
                self.df["log"] = np.log(self.df["Close"])
                self.df["diff"] = self.df["log"].diff()
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('still counts a module that scores nothing and writes its aggregated frame to results.csv', async () => {
    const result = await detect(dataEngineering, {
      'jobs/daily.py': 'import pandas as pd\n\ndf = pd.read_csv("sales.csv")\nresults = df.groupby("day").agg({"amount": "sum"})\nresults.to_csv("results.csv")\n',
    });

    expect(locations(result)).toEqual(['jobs/daily.py:3', 'jobs/daily.py:4', 'jobs/daily.py:5']);
  });

  it('counts an ingestion job that parses raw rows in a function of its own and inserts them through a cursor', async () => {
    for (const parser of ['convert_line', 'parse_event', 'derive_state']) {
      const result = await detect(dataEngineering, ingestion(parser));

      expect(locations(result)).toEqual(['ingest/import_events.py:11', 'ingest/import_events.py:16', 'ingest/import_events.py:7']);
    }
  });

  it('is absent when the only function of its own parses the command line', async () => {
    const result = await detect(dataEngineering, ingestion('parse_args'));

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts a SQL script without semicolons whose UPDATE ... FROM derives a column from an aggregate', async () => {
    const result = await detect(dataEngineering, {
      'sql/post_processing.sql': text`
        -- Create indices
        create index game_date_ix on game (game_date)
        create index play_game_ix on game_play (game_id)

        -- Populate pitch count
        update game_play
        set pitch_count = sq.pitch_count
        from (
          select p.game_play_id, (select count(*) from pitch c where c.play_id < p.game_play_id) pitch_count
          from game_play p
        ) sq
        where game_play.game_play_id = sq.game_play_id;
      `,
      'sql/create_tables.sql': 'create table game (game_id serial primary key, game_date date)\ncreate index g on game (game_date)\n',
      'sql/fix.sql': 'update game set game_date = now() where game_date is null;\n',
      'README.md': 'Run `update game_play set pitch_count = sq.pitch_count from (select count(*) ...) sq` after loading.\n',
    });

    expect(locations(result)).toEqual(['sql/post_processing.sql:6']);
  });
});
