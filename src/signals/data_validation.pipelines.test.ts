// Issue 15, data_validation: record models in feature pipelines, hand-written
// feature contracts applied at load, schema tests of the tables a model trains on.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataValidation } from './data_validation.js';

const RECORD = 'from pydantic import BaseModel\n\nclass Sale(BaseModel):\n    store: int\n    amount: float\n';

describe('signals/data_validation (pipelines)', () => {
  it('counts a record model a feature pipeline validates its rows with, at the class and the validating call', async () => {
    const result = await detect(dataValidation, {
      'pipeline/schemas.py': RECORD,
      'pipeline/train.py': 'from sklearn.linear_model import Ridge\n\ndef fit(X, y):\n    return Ridge().fit(X, y)\n',
      'pipeline/features.py': py`
        import pandas as pd

        from pipeline.schemas import Sale

        def build(path):
            rows = pd.read_csv(path).to_dict("records")
            return [Sale.model_validate(r) for r in rows]
      `,
    });

    expect(locations(result).sort()).toEqual(['pipeline/features.py:7', 'pipeline/schemas.py:3']);
  });

  it('counts a feature contract that raises, applied where the data is loaded', async () => {
    const result = await detect(dataValidation, {
      'data/contract.py': py`
        import pandas as pd

        FEATURES = ["store", "amount"]

        def validate_features(df: pd.DataFrame) -> pd.DataFrame:
            missing = set(FEATURES) - set(df.columns)
            if missing:
                raise ValueError(f"missing features: {missing}")
            return df
      `,
      'data/load.py': 'import pandas as pd\n\nfrom data.contract import validate_features\n\ndef load(path):\n    return validate_features(pd.read_csv(path))\n',
    });

    expect(locations(result).sort()).toEqual(['data/contract.py:5', 'data/load.py:6']);
  });

  it('counts a schema test of the training table in a project that trains a model', async () => {
    const result = await detect(dataValidation, {
      'train.py': 'from sklearn.linear_model import Ridge\n\ndef fit(X, y):\n    return Ridge().fit(X, y)\n',
      'tests/test_data.py': py`
        from data import load_training_data

        def test_training_table_schema():
            df = load_training_data()
            assert list(df.columns) == ["store", "amount", "target"]
      `,
    });

    expect(locations(result)).toEqual(['tests/test_data.py:3']);
  });

  it('is absent for a record model never applied to data, an unused contract, a schema test without training, and mentions', async () => {
    const result = await detect(dataValidation, {
      'schemas.py': RECORD,
      'contract.py': 'import pandas as pd\n\ndef validate_features(df):\n    if "store" not in df.columns:\n        raise ValueError("store")\n',
      'tests/test_export.py': 'from export import load_export_table\n\ndef test_export_schema():\n    assert load_export_table().columns[0] == "id"\n',
      'README.md': 'Rows are validated with Sale.model_validate(row) and validate_features(df) at load.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
