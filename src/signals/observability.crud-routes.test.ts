// Held-out review (issue 15): a FastAPI module with a `/predict` route and
// CRUD routes for patient records (`update_record` calling the module's own
// `put_record(...)` route) was read as prediction logging: any store write
// in a file that calls `predict` counted. signals.md, observability:
// "structured prediction logging to a store". A write in such a file counts
// only when what it stores is the prediction: a record naming an output, a
// table of predictions, or a function handed the prediction
// (lib/prediction-logs.ts writesPrediction).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { observability } from './observability.js';

describe('signals/observability: store writes of a file that predicts', () => {
  it('counts a write handed the prediction, a table of predictions, and a record the caller gives the prediction', async () => {
    const handed = await detect(observability, {
      'service/app.py': py`
        def predict(features):
            y_pred = str(model.predict([features])[0])
            mongo.insert_one(y_pred)
            return y_pred
      `,
    });
    const table = await detect(observability, {
      'pipeline.py': py`
        import pandas as pd

        class Pipeline:
            def run(self, features):
                return self.model.predict(features)

            def save(self, rows):
                pd.DataFrame(rows).to_sql("predictions", self.engine, if_exists="append")
      `,
    });
    const given = await detect(observability, {
      'service/app.py': py`
        def save_db(record, pred_result):
            rec = record.copy()
            mongo_collection.insert_one(rec)

        def predict(record):
            prediction = model.predict(features(record))
            save_db(record, prediction)
            return prediction
      `,
    });

    expect(locations(handed)).toEqual(['service/app.py:3']);
    expect(locations(table)).toEqual(['pipeline.py:8']);
    expect(locations(given)).toEqual(['service/app.py:3']);
  });

  it('is absent for CRUD routes saving patient records beside a /predict route', async () => {
    const result = await detect(observability, {
      'app/api/heart.py': py`
        from fastapi import APIRouter
        router = APIRouter()

        @router.put("/record/{id}")
        async def put_record(id, service, patch):
            return await service.update(id, patch)

        @router.patch("/record/{id}")
        async def update_record(id, service, patch):
            return await put_record(id, service, patch)

        @router.post("/patients")
        async def add_patient(patient):
            return patients.insert_one({"name": patient.name, "age": patient.age})

        @router.post("/predict")
        def predict_target(features, service):
            return service.predict(features)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a store write mentioned in a comment beside a prediction', async () => {
    const result = await detect(observability, {
      'app.py': py`
        def predict(x):
            # collection.insert_one({"prediction": y})
            return model.predict(x)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
