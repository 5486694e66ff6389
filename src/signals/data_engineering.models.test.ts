// Held-out K and E, data_engineering: a training or evaluation script spread
// over the repository's own modules is not a data job. When any module of the
// job trains, predicts with or saves a model, its write must be a table or a
// file of data (not the pickled model, a scaler, metrics or results), and a
// scaler's fit_transform is the model's preprocessing. A dump named for a model
// is no data write in any module.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

/** A cross-validation script over three modules: it reads a CSV, scales features inside the folds, predicts, and pickles the results. */
const evaluationJob = {
  'pkg/io.py': 'import pickle\n\ndef dump_pickle(obj, filename):\n    with open(filename, "wb") as f:\n        pickle.dump(obj, f)\n',
  'pkg/metrics.py': py`
    from sklearn.model_selection import LeaveOneOut
    from sklearn.preprocessing import StandardScaler

    def loocv(model, X, y):
        out = []
        for train, test in LeaveOneOut().split(X):
            scaler = StandardScaler()
            X_train = scaler.fit_transform(X[train])
            model.fit(X_train, y[train])
            out.append(model.predict(scaler.transform(X[test])))
        return out
  `,
  'pkg/pipeline.py': py`
    import pandas as pd
    from .metrics import loocv
    from .io import dump_pickle

    def run(path, model):
        df = pd.read_csv(path)
        result = loocv(model, df[FEATURES].values, df[LABELS].values)
        dump_pickle(result, "loocv.pkl")
  `,
};

describe('signals/data_engineering (model scripts across modules)', () => {
  it('is absent for an evaluation script over its own modules that scales features and pickles its results', async () => {
    const result = await detect(dataEngineering, evaluationJob);

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a training job over its own modules whose only write is the pickled model, whatever library trained it', async () => {
    const result = await detect(dataEngineering, {
      'data.py': py`
        import pandas as pd

        def load_data(path):
            df = pd.read_csv(path)
            df["user_id"] = df["user_id"].astype(int)
            return df
      `,
      'train.py': py`
        import pickle
        from surprise import SVDpp, Dataset
        from data import load_data

        def train(path):
            df = load_data(path)
            model = SVDpp()
            model.fit(Dataset.load_from_df(df, READER).build_full_trainset())
            with open("trained_model.pkl", "wb") as f:
                pickle.dump(model, f)
      `,
      'cf_model.py': py`
        import joblib
        import pandas as pd

        def train_model(path, model_path):
            df = pd.read_csv(path)
            matrix = df.pivot_table(index="user", columns="item", values="rating").fillna(0)
            popular = df.groupby("item").agg({"rating": "mean"})
            model = {"matrix": matrix, "popular": popular}
            joblib.dump(model, model_path, compress=3)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts the same evaluation job when it also writes a table of transformed data, cited at that write', async () => {
    const result = await detect(dataEngineering, {
      ...evaluationJob,
      'pkg/features.py': py`
        def build_features(df):
            df = df.dropna(subset=["moisture"])
            df.to_parquet("features.parquet")
            return df
      `,
      'pkg/pipeline.py': py`
        import pandas as pd
        from .metrics import loocv
        from .io import dump_pickle
        from .features import build_features

        def run(path, model):
            df = build_features(pd.read_csv(path))
            result = loocv(model, df[FEATURES].values, df[LABELS].values)
            dump_pickle(result, "loocv.pkl")
      `,
    });

    expect(locations(result).sort()).toEqual(['pkg/features.py:2', 'pkg/features.py:3', 'pkg/pipeline.py:7']);
  });

  it('is absent for a job whose model module writes only its predictions or metrics as tables', async () => {
    const result = await detect(dataEngineering, {
      'job/load.py': 'import pandas as pd\n\ndef load(path):\n    return pd.read_csv(path).fillna(0)\n',
      'job/report.py': 'def save_report(results_df, path):\n    results_df.to_csv(path)\n',
      'job/run.py': py`
        from sklearn.ensemble import RandomForestRegressor
        from job.load import load
        from job.report import save_report

        df = load("train.csv")
        model = RandomForestRegressor().fit(df[X], df[Y])
        save_report(model_scores(model, df), "metrics.csv")
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('does not take a dumped model or scaler for the write of a cleaning module, while a dumped frame still is one', async () => {
    const result = await detect(dataEngineering, {
      'prep/scale.py': py`
        import joblib
        import pandas as pd

        df = pd.read_csv("raw.csv").dropna()
        scaler = SCALER.fit(df)
        joblib.dump(scaler, "artifacts/scaler.joblib")
      `,
      'prep/clean.py': py`
        import pickle
        import pandas as pd

        df = pd.read_csv("raw.csv").drop_duplicates()
        pickle.dump(df, open("clean.pkl", "wb"))
      `,
    });

    expect(locations(result)).toEqual(['prep/clean.py:4', 'prep/clean.py:5']);
  });
});
