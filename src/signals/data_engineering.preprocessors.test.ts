// A model's feature preprocessing is not a data-transformation step: a module
// that fits scikit-learn encoders, scalers or imputers pickles the fitted
// preprocessor (not data), and one that also splits the data for training
// hands the model its input. What it writes as arrays or tables still counts.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

const CLEAN_AND_WRITE = py`
  import joblib
  import pandas as pd
  from sklearn.preprocessing import StandardScaler

  def build(src, dst):
      df = pd.read_csv(src)
      df = df.dropna(subset=["price"])
      scaler = StandardScaler().fit(df[["price"]])
      df["price_z"] = scaler.transform(df[["price"]])
      df.to_parquet(dst)
      joblib.dump(scaler, "artifacts/scaler.pkl")
`;

describe('signals/data_engineering (a model preprocessor fitted and pickled)', () => {
  it('counts a cleaning module that writes its table, whatever preprocessor it also pickles', async () => {
    const result = await detect(dataEngineering, { 'features/build.py': CLEAN_AND_WRITE });
    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['features/build.py:6', 'features/build.py:7', 'features/build.py:10']);
  });

  it('is absent when the job is only mentioned in a README, a comment or a string', async () => {
    const result = await detect(dataEngineering, {
      'README.md': 'Our ETL reads the CSV, cleans it with pandas and writes parquet.\n',
      'notes.py': py`
        # df = pd.read_csv(src); df.dropna().to_parquet(dst)
        HELP = "pd.read_csv then dropna then to_parquet"
      `,
    });
    expect(result.present).toBe(false);
  });

  it('is absent for a module that fits a column transformer and pickles only it and its feature names', async () => {
    const result = await detect(dataEngineering, {
      'src/steps/preprocessing.py': py`
        import joblib
        import pandas as pd
        from sklearn.compose import ColumnTransformer
        from sklearn.impute import SimpleImputer
        from sklearn.model_selection import train_test_split
        from sklearn.preprocessing import OneHotEncoder

        def preprocess_data():
            df = pd.read_csv(DATA_PATH)
            df = df.dropna(subset=["price"])
            X, y = df.drop(columns=["price"]), df["price"]
            X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)
            pre = ColumnTransformer([("num", SimpleImputer(), NUM), ("cat", OneHotEncoder(), CAT)])
            X_train_t = pre.fit_transform(X_train)
            joblib.dump(pre, PREPROCESSOR_PATH)
            feature_names = {"num": NUM, "cat": CAT}
            joblib.dump(feature_names, FEATURES_PATH)
            return X_train_t, pre.transform(X_test), y_train, y_test
      `,
    });
    expect(result.present).toBe(false);
  });

  it("is absent for a job whose only write is a utilities module pickling the preprocessor it fitted", async () => {
    const result = await detect(dataEngineering, {
      'src/utils.py': py`
        import pickle

        def save_object(file_path, obj):
            with open(file_path, "wb") as fh:
                pickle.dump(obj, fh)
      `,
      'src/components/data_transformation.py': py`
        import numpy as np
        import pandas as pd
        from sklearn.impute import SimpleImputer
        from sklearn.preprocessing import StandardScaler
        from src.utils import save_object

        class DataTransformation:
            def initiate(self, train_path):
                train_df = pd.read_csv(train_path)
                imputer = SimpleImputer(strategy="median")
                arr = imputer.fit_transform(train_df.drop(columns=["y"]))
                arr = StandardScaler().fit_transform(arr)
                save_object(file_path="artifacts/obj.pkl", obj=imputer)
                return np.c_[arr, train_df["y"].to_numpy()]
      `,
    });
    expect(result.present).toBe(false);
  });

  it('is absent for a function that fills, label-encodes and splits the data for training, returned in memory', async () => {
    const result = await detect(dataEngineering, {
      'scripts/data_preprocessing.py': py`
        import pandas as pd
        from sklearn.model_selection import train_test_split
        from sklearn.preprocessing import LabelEncoder

        def preprocess_data(file_path):
            df = pd.read_csv(file_path)
            num = df.select_dtypes(include=["number"]).columns
            df[num] = df[num].fillna(df[num].mean())
            df = df.dropna()
            for col in df.select_dtypes(include="object").columns:
                df[col] = LabelEncoder().fit_transform(df[col])
            df["tenure"] = df["tenure"].astype("int")
            X, y = df.drop("churn", axis=1), df["churn"]
            return train_test_split(X, y, test_size=0.2)
      `,
    });
    expect(result.present).toBe(false);
  });

  it('near miss: still counts a feature module that fits encoders and cleans frames in memory, its split in a helper of its own', async () => {
    const result = await detect(dataEngineering, {
      'core/feature_engineering.py': py`
        import pandas as pd
        from sklearn.preprocessing import LabelEncoder

        def engineer_features(orders, customers):
            df = orders.merge(customers, on="customer_id")
            df["amount"] = df["amount"].fillna(0)
            df["region"] = LabelEncoder().fit_transform(df["region"].astype(str))
            return df.groupby("customer_id").agg({"amount": "sum"})

        def split_data(df, target):
            from sklearn.model_selection import train_test_split
            return train_test_split(df.drop(columns=[target]), df[target])
      `,
    });
    expect(result.present).toBe(true);
  });
});
