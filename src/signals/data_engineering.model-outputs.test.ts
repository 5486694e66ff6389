// What a training script writes besides its model is the model's, not
// transformed data: its results written in a function named for them, its
// train/test split, and a Kaggle `submit` frame.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe("signals/data_engineering (a training script's own outputs)", () => {
  it('is absent for an experiment that writes its results from a function named for them, its test split, and a submit frame', async () => {
    const result = await detect(dataEngineering, {
      'experiment.py': py`
        import pandas as pd
        from sklearn.linear_model import LogisticRegression

        def save_results_to_csv(results, out):
            for key, value in results.items():
                df = pd.DataFrame(value).dropna().reset_index(drop=True)
                df.to_csv(f"{out}/{key}.csv")

        def main(path):
            data = pd.read_csv(path)
            data = data.fillna(0).groupby("month").sum()
            mdl = LogisticRegression().fit(data[["x"]], data["y"])
            save_results_to_csv({"lr": mdl.coef_}, "output")
      `,
      'train.py': py`
        import pandas as pd
        from sklearn.svm import SVC

        df = pd.read_csv("train.csv")
        df["age"] = df["age"].fillna(df["age"].median())
        x_test_sample = df.sample(10)
        SVC().fit(df[["age"]], df["survived"])
        x_test_sample.to_csv("x_test_dataset.csv", index=False)
      `,
      'titanic.py': py`
        from pyspark.ml.classification import LogisticRegression
        df = spark.read.csv("./train.csv", header=True)
        df = df.withColumn("Sex", df.Sex.cast("int"))
        model = LogisticRegression().fit(df)
        submit = model.transform(df).select("PassengerId", "prediction")
        submit.write.csv("LogisticRegression.csv", mode="overwrite")
      `,
    });
    expect(result.present).toBe(false);
  });

  it('is absent when such a job is only described in a README or a comment', async () => {
    const result = await detect(dataEngineering, {
      'README.md': 'train.py cleans train.csv and writes clean.parquet.\n',
      'train.py': py`
        # df = pd.read_csv("train.csv").dropna(); df.to_parquet("clean.parquet")
        print("see README")
      `,
    });
    expect(result.present).toBe(false);
  });

  it('near miss: counts a training script that also writes its cleaned table', async () => {
    const result = await detect(dataEngineering, {
      'train.py': py`
        import pandas as pd
        from sklearn.svm import SVC

        df = pd.read_csv("train.csv")
        df["age"] = df["age"].fillna(df["age"].median())
        df.to_parquet("data/clean.parquet")
        SVC().fit(df[["age"]], df["survived"])
      `,
    });
    expect(locations(result)).toEqual(['train.py:4', 'train.py:5', 'train.py:6']);
  });
});
