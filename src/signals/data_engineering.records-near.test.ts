// Near misses of record-file jobs (data_engineering.records.test.ts has the jobs that count): mentions,
// copies and renames, splits, configs and results, model-running modules, utilities no job runs, identity
// steps, images read for masks, caches, logs and evaluation scripts.
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe('signals/data_engineering: record-file jobs, near misses', () => {
  it('is absent when the job is only described in a README or a comment, or written in a notebook or a test', async () => {
    const result = await detect(dataEngineering, {
      'README.md': 'Run `prepare.py`: it reads `raw.jsonl`, calls `format_example` and writes `json.dumps(rec)` lines.\n',
      'prepare.py': py`
        # with open("raw.jsonl") as f: rows = [format_example(json.loads(l)) for l in f]
        # out.write(json.dumps(row) + "\\n")
        print("see README")
      `,
      'prep.ipynb': notebook([
        py`
          import json
          def format_example(r):
              return {"text": r["q"] + r["a"]}
          with open("raw.jsonl") as f, open("sft.jsonl", "w") as out:
              for line in f:
                  out.write(json.dumps(format_example(json.loads(line))) + "\\n")
        `,
      ]),
      'tests/test_prep.py': py`
        import json
        def format_example(r):
            return {"text": r["q"]}
        def test_format(tmp_path):
            with open(tmp_path / "a.jsonl") as f, open(tmp_path / "b.jsonl", "w") as out:
                out.write(json.dumps(format_example(json.loads(f.readline()))) + "\\n")
      `,
    });
    expect(result.present).toBe(false);
  });

  it('is absent for a loader that writes its records unchanged or only renames their fields', async () => {
    const result = await detect(dataEngineering, {
      'download_alpaca.py': py`
        import json
        from datasets import load_dataset

        def download(path):
            ds = load_dataset("tatsu-lab/alpaca", split="train")
            with open(path, "w") as f:
                for item in ds:
                    f.write(json.dumps({"question": item["instruction"], "answer": item["output"]}) + "\\n")
      `,
    });
    expect(result.present).toBe(false);
  });

  it('is absent for a dataset split into files, even in a function named for preparing it', async () => {
    const result = await detect(dataEngineering, {
      'prepare_splits.py': py`
        import json, random

        def prepare(rows, ratio):
            random.shuffle(rows)
            cut = int(len(rows) * ratio)
            return rows[:cut], rows[cut:]

        def main():
            with open("data/all.json") as f:
                rows = json.load(f)
            train, test = prepare(rows, 0.9)
            for name, part in (("train", train), ("test", test)):
                with open(f"data/{name}.json", "w") as f:
                    json.dump(part, f)
      `,
    });
    expect(result.present).toBe(false);
  });

  it('is absent for a config read and results, metrics or a log written', async () => {
    const result = await detect(dataEngineering, {
      'run_benchmark.py': py`
        import json

        def process(cfg):
            return {"name": cfg["name"], "latency_ms": cfg["n"] * 2}

        def main():
            with open("config.json") as f:
                cfg = json.load(f)
            with open("results.json", "w") as f:
                json.dump(process(cfg), f)
      `,
    });
    expect(result.present).toBe(false);
  });

  it('is absent for records written by a module that calls an LLM or runs a model', async () => {
    const llm = await detect(dataEngineering, {
      'synth.py': py`
        import json
        from openai import OpenAI

        client = OpenAI()

        def format_prompt(row):
            return "Rewrite: " + row["text"]

        with open("seeds.jsonl") as f, open("synthetic.jsonl", "w") as out:
            for line in f:
                reply = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": format_prompt(json.loads(line))}])
                out.write(json.dumps({"text": reply.choices[0].message.content}) + "\\n")
      `,
    });
    expect(llm.present).toBe(false);
    const model = await detect(dataEngineering, {
      'caption.py': py`
        import json, torch

        def preprocess(text):
            return text.strip().lower()

        def main(model, rows):
            with open("in.jsonl") as f, open("captions.jsonl", "w") as out:
                for line in f:
                    with torch.no_grad():
                        out.write(json.dumps({"caption": model(preprocess(json.loads(line)["text"]))}) + "\\n")
      `,
    });
    expect(model.present).toBe(false);
  });

  it('is absent for a utilities module whose readers, writers and cleaners no job runs together, and for request handlers', async () => {
    const utils = await detect(dataEngineering, {
      'app/utils.py': py`
        import json

        def load_json(path):
            with open(path) as f:
                return json.load(f)

        def save_json(obj, path):
            with open(path, "w") as f:
                json.dump(obj, f)

        def clean_text(text):
            return " ".join(text.split())
      `,
    });
    expect(utils.present).toBe(false);
    const handler = await detect(dataEngineering, {
      'app/api.py': py`
        import json
        from fastapi import FastAPI, UploadFile

        app = FastAPI()

        def normalize_record(r):
            return {k.lower(): v for k, v in r.items()}

        @app.post("/upload")
        async def upload(file: UploadFile):
            rows = json.load(file.file)
            with open("store.json", "w") as f:
                json.dump([normalize_record(r) for r in rows], f)
      `,
    });
    expect(handler.present).toBe(false);
  });
  it('is absent when the function named for the step hands its input back unchanged', async () => {
    const result = await detect(dataEngineering, {
      'src/data_processing.py': py`
        import pandas as pd

        def preprocess_data(df):
            # Add any preprocessing steps here
            return df

        if __name__ == "__main__":
            df = pd.read_csv("data/my_dataset.csv")
            preprocess_data(df).to_csv("data/processed/processed_data.csv", index=False)
      `,
    });
    expect(result.present).toBe(false);
  });

  it('reads images as records only for label files: YOLO label lines count, masks encoded into a table do not', async () => {
    const labels = await detect(dataEngineering, {
      'export_yolo.py': py`
        import cv2
        from pathlib import Path

        def parse_filename(name):
            x0, y0, x1, y1 = (int(v) for v in name.split("-")[:4])
            return {"bbox": (x0, y0, x1, y1)}

        def export(paths, out: Path):
            for p in paths:
                box = parse_filename(p.stem)["bbox"]
                h, w = cv2.imread(str(p)).shape[:2]
                with open(out / (p.stem + ".txt"), "w") as f:
                    f.write(f"0 {(box[0] + box[2]) / 2 / w} {(box[1] + box[3]) / 2 / h}\n")
      `,
    });
    expect(labels.present).toBe(true);
    const masks = await detect(dataEngineering, {
      'mask2csv.py': py`
        import os, cv2
        import pandas as pd

        def rle_encode(mask):
            pixels = mask.flatten()
            return " ".join(str(x) for x in pixels.nonzero()[0])

        ids, strings = [], []
        for name in os.listdir("masks"):
            img = cv2.imread(os.path.join("masks", name))
            ids.append(name)
            strings.append(rle_encode(img[:, :, 0]))
        pd.DataFrame({"Id": ids, "Expected": strings}).to_csv("output.csv", index=False)
      `,
    });
    expect(masks.present).toBe(false);
  });
  it('is absent for an embeddings cache, a log store whose list appends are no job, and an evaluation script', async () => {
    const result = await detect(dataEngineering, {
      'app/cache.py': py`
        import json
        import numpy as np

        def chunks_fingerprint(chunks):
            return str(hash(json.dumps(chunks)))

        def build_or_load(chunks, path):
            if path.exists():
                return np.load(path)
            vectors = embed_texts([chunks_fingerprint(c) for c in chunks])
            np.save(path, vectors)
            return vectors
      `,
      'app/telemetry.py': py`
        import json

        def _normalized_row(row):
            return {k: row.get(k) for k in ("ts", "zone")}

        class JsonlStore:
            def append(self, row):
                with self.log_path.open("a") as file:
                    file.write(json.dumps(_normalized_row(row)) + "\n")

            def all_rows(self):
                rows = []
                for line in self.log_path.read_text().splitlines():
                    rows.append(json.loads(line))
                return rows
      `,
      'src/eval/execution_eval.py': py`
        import json
        import pandas as pd

        def normalize_sql(sql):
            return " ".join(sql.lower().split())

        def main(path, out):
            with open(path) as f:
                cases = [json.loads(line) for line in f]
            rows = [{"id": c["id"], "sql": normalize_sql(c["sql"])} for c in cases]
            pd.DataFrame(rows).to_csv(out, index=False)
      `,
    });
    expect(result.present).toBe(false);
  });
});
