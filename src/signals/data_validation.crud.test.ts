// Held-out slice BJ (issue 13): a web app with no model (wallets, bank-statement
// imports) was credited for its CRUD code building ORM rows from request bodies
// (`Transaction(**data.model_dump())`), matched by name to a namesake pydantic
// schema of its UI. signals.md: pydantic models count as "models of dataset
// records or model features" of "data flowing into training or inference";
// "request-body schemas of a web API that serves no model do not count".
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataValidation } from './data_validation.js';

const SCHEMA = 'from pydantic import BaseModel\n\nclass Transaction(BaseModel):\n    amount: float\n    category: str\n';
const TRAIN = 'from sklearn.linear_model import LogisticRegression\n\ndef fit(X, y):\n    return LogisticRegression().fit(X, y)\n';

/** A statement import that reads a CSV and builds `Transaction` rows through `module`. */
function importer(module: string): string {
  return py`
    import pandas as pd

    from ${module} import Transaction

    def load(path):
        rows = pd.read_csv(path).to_dict("records")
        return [Transaction(**r) for r in rows]
  `;
}

describe('signals/data_validation (CRUD and namesakes)', () => {
  it('counts records a project that trains a model validates with its schema', async () => {
    const result = await detect(dataValidation, {
      'app/schemas.py': SCHEMA,
      'app/imports.py': importer('app.schemas'),
      'app/train.py': TRAIN,
    });

    expect(locations(result).sort()).toEqual(['app/imports.py:7', 'app/schemas.py:3']);
  });

  it('is absent for the same records in an app that trains or runs no model', async () => {
    const result = await detect(dataValidation, {
      'app/schemas.py': SCHEMA,
      'app/imports.py': importer('app.schemas'),
      'app/api.py': 'from fastapi import FastAPI\n\napp = FastAPI()\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it("is absent when the call means a namesake ORM class, not the schema", async () => {
    const result = await detect(dataValidation, {
      'ui/schemas.py': SCHEMA,
      'app/models.py': 'class Transaction:\n    def __init__(self, **kw):\n        self.__dict__.update(kw)\n',
      'app/imports.py': importer('app.models'),
      'app/train.py': TRAIN,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when the validation is only mentioned', async () => {
    const result = await detect(dataValidation, {
      'app/schemas.py': SCHEMA,
      'app/train.py': TRAIN,
      'app/imports.py': 'import pandas as pd\n\ndef load(path):\n    # return [Transaction(**r) for r in rows]\n    return pd.read_csv(path)\n',
      'README.md': 'Rows are validated with `Transaction(**row)`.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
