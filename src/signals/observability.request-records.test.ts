// A record of each request, timed, written by hand where a handler runs a
// model (lib/prediction-store.ts, isRequestRecord): the handler builds a dict
// with the request's time and latency and passes it by name to a helper that
// appends it as JSON. A record with no latency (chat history, a product's
// own record with a `duration`), a README that describes such a log, and a
// batch script that writes its predictions once are not prediction logging.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { observability } from './observability.js';

/** A helper that appends what it is given to a JSONL file, then a newline. */
const DUMP = py`
  import json

  def dump_results(res):
      with open("/predictions/predictions.jsonl", "a") as fp:
          json.dump(res, fp, default=str)
          fp.write("\\n")
`;

/** A FastAPI route that runs a pickled model, timing it, and hands `record` to `helper`. */
const route = (record: string, helper = 'dump_results') => py`
  import pickle
  import time
  from datetime import datetime
  from fastapi import FastAPI
  from app.util import ${helper}

  app = FastAPI()
  with open("model.pkl", "rb") as f:
      model = pickle.load(f)

  @app.post("/recommend")
  def recommend(body: dict):
      start = time.time()
      res = model.predict([body["features"]])
      record = ${record}
      ${helper}(record)
      return {"items": res.tolist()}
`;

describe('signals/observability: timed request records written by hand', () => {
  it('finds a timed record a route builds and a helper appends as JSON', async () => {
    const result = await detect(observability, {
      'app/util.py': DUMP,
      'app/main.py': route('{"user_id": body["user"], "playlist": res.tolist(), "timestamp": datetime.now(), "elapsed_time": time.time() - start}'),
    });

    expect(locations(result)).toEqual(['app/main.py:16', 'app/util.py:5']);
  });

  it('credits nothing for a README that describes a predictions log', async () => {
    const result = await detect(observability, {
      'README.md': 'Every prediction is appended to predictions.jsonl with its timestamp and elapsed_time.\n',
      'app/util.py': DUMP,
    });

    expect(locations(result)).toEqual([]);
  });

  it('credits nothing for a record with no latency: chat history, a product record with a duration', async () => {
    const result = await detect(observability, {
      'app/util.py': DUMP,
      'app/main.py': route('{"role": "assistant", "content": str(res), "timestamp": datetime.now()}'),
      'app/trips.py': route('{"trip_id": body["trip"], "created_at": datetime.now(), "duration": body["minutes"]}').replace('"/recommend"', '"/trip"'),
    });

    expect(locations(result)).toEqual([]);
  });

  it('credits nothing for a batch script that times its run and writes its predictions once', async () => {
    const result = await detect(observability, {
      'app/util.py': DUMP,
      'batch.py': py`
        import pickle
        import time
        from datetime import datetime
        from app.util import dump_results

        model = pickle.load(open("model.pkl", "rb"))

        def main():
            start = time.time()
            preds = model.predict(load_rows())
            run = {"timestamp": datetime.now(), "elapsed_time": time.time() - start, "n": len(preds)}
            dump_results(run)

        if __name__ == "__main__":
            main()
      `,
    });

    expect(locations(result)).toEqual([]);
  });
});
