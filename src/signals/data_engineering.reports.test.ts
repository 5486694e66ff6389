// Held-out BU and BS, data_engineering: frame work in a function that only
// ends in a chart is reporting, not a transformation step (module-level code
// of a script is not read so: slice J's exported notebook merges tables,
// plots its loss curve and loads a database). A training script's
// `reward_graph()` reads its own log CSVs, concatenates, groups, averages and
// smooths them, then only plots them: no step. A function that does the same
// and writes its table, or returns its frame to a caller, still is one, and
// so is a plotting module whose separate function transforms and writes.
// A Kafka producer that only ever sends literal messages (a tip's demo
// beside a consumer that prints) writes no data; one that sends the records
// it read does.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe('signals/data_engineering (frames only charted, literal-only producers)', () => {
  it('does not count a function that aggregates its own training logs only to plot them', async () => {
    const result = await detect(dataEngineering, {
      'ppo/train.py': py`
        import os
        import pandas as pd
        import matplotlib.pyplot as plt

        def train():
            log_f = open("logs/log_0.csv", "w+")
            log_f.write("episode,timestep,reward\\n")

        def reward_graph():
            all_runs = []
            for run_num in range(3):
                data = pd.read_csv(f"logs/log_{run_num}.csv")
                all_runs.append(data)
            ax = plt.gca()
            df_concat = pd.concat(all_runs)
            data_avg = df_concat.groupby(df_concat.index).mean()
            data_avg["reward_smooth"] = data_avg["reward"].rolling(window=20).mean()
            data_avg.plot(kind="line", x="timestep", y="reward_smooth", ax=ax)
            plt.savefig("figs/reward.png")
            plt.show()

        if __name__ == "__main__":
            train()
            reward_graph()
      `,
      'analysis/eda.py': py`
        import pandas as pd
        import seaborn as sns

        def show_sales():
            sales = pd.read_csv("data/sales.csv")
            sales["date"] = pd.to_datetime(sales["date"])
            monthly = sales.groupby(sales["date"].dt.month).agg({"amount": "sum"})
            merged = monthly.merge(pd.read_csv("data/targets.csv"), on="month")
            sns.barplot(data=merged, x="month", y="amount")

        show_sales()
      `,
      'README.md': 'We aggregate the logs with pandas groupby and to_csv the result.\n',
    });

    expect(result.present).toBe(false);
  });

  it('still counts a charting function that writes its table, one whose frame a caller keeps, and a module whose other function transforms and writes', async () => {
    const result = await detect(dataEngineering, {
      'reports/daily.py': py`
        import pandas as pd
        import matplotlib.pyplot as plt

        def summarise():
            orders = pd.read_csv("data/orders.csv")
            daily = orders.groupby("day").agg({"total": "sum"}).fillna(0)
            daily.plot()
            daily.to_parquet("data/daily.parquet")
      `,
      'features/build.py': py`
        import pandas as pd
        import matplotlib.pyplot as plt

        def build_features(path):
            raw = pd.read_csv(path)
            users = pd.read_csv("data/users.csv")
            joined = raw.merge(users, on="user_id").dropna()
            per_user = joined.groupby("user_id").agg({"spend": "sum"})
            per_user.hist()
            return per_user

        def main():
            feats = build_features("data/events.csv")
            print(feats.shape)
      `,
      'etl/pipeline.py': py`
        import pandas as pd
        import matplotlib.pyplot as plt

        def transform():
            df = pd.read_csv("raw/visits.csv")
            clean = df.dropna().groupby("page").agg({"visits": "sum"})
            clean.to_csv("clean/visits.csv")

        def plot():
            df = pd.read_csv("clean/visits.csv")
            df.plot.bar(x="page", y="visits")
            plt.savefig("visits.png")
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual([
      'etl/pipeline.py:5',
      'etl/pipeline.py:6',
      'etl/pipeline.py:7',
      'features/build.py:5',
      'features/build.py:7',
      'features/build.py:8',
      'reports/daily.py:5',
      'reports/daily.py:6',
      'reports/daily.py:8',
    ]);
  });

  it("reads only functions so: an exported notebook's module-level merges still count beside its loss curve", async () => {
    const result = await detect(dataEngineering, {
      'exportpy.py': py`
        import pandas as pd
        import matplotlib.pyplot as plt

        movies = pd.read_csv("data/movies.csv")
        links = pd.read_csv("data/links.csv")
        links["tmdbId"] = links["tmdbId"].astype("int")
        movies["tagline"] = movies["tagline"].fillna("")
        id_map = links.merge(movies[["title", "id"]], on="id")
        losses = [0.9, 0.5, 0.3]
        plt.plot(losses, label="Training Loss")
        plt.show()
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['exportpy.py:4', 'exportpy.py:8']);
  });

  it('does not count a producer that sends only literal messages beside a consumer that prints, but counts one sending what it read', async () => {
    const demo = await detect(dataEngineering, {
      'tips/kafka_magic.py': py`
        from kafka import KafkaProducer, KafkaConsumer

        producer = KafkaProducer(bootstrap_servers="localhost:9092")
        producer.send("clickstream", b"user123 clicked on the homepage")
        producer.flush()

        consumer = KafkaConsumer("clickstream", bootstrap_servers="localhost:9092", group_id="g")
        for message in consumer:
            print(f"Received: {message.value.decode('utf-8')}")
      `,
    });
    expect(demo.present).toBe(false);

    const job = await detect(dataEngineering, {
      'stream/relay.py': py`
        import json
        from kafka import KafkaProducer, KafkaConsumer

        producer = KafkaProducer(bootstrap_servers="localhost:9092")
        consumer = KafkaConsumer("raw_clicks", bootstrap_servers="localhost:9092")
        for message in consumer:
            event = json.loads(message.value)
            producer.send("clean_clicks", json.dumps(event).encode("utf-8"))
      `,
    });
    expect(job.present).toBe(true);
    expect(locations(job)).toEqual(['stream/relay.py:4', 'stream/relay.py:5']);
  });
});
