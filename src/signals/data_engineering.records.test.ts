// data_engineering: record-file jobs in plain Python or NumPy (held-out AA:
// instruction datasets reformatted into alpaca/chatml JSONL; AS: records
// converted to prompt/completion by a function of another module; BB: chat
// JSONL reformatted in place; BL: PDF text cleaned into JSONL; AH: annotations
// turned into YOLO label lines; BQ: EEG arrays band-pass filtered into
// feature arrays). A copy, a split, a config or a model's output is none.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe('signals/data_engineering: record-file jobs', () => {
  it('counts JSON Lines reformatted into prompt/completion records by a function of its own', async () => {
    const result = await detect(dataEngineering, {
      'scripts/make_sft.py': py`
        import json

        def format_example(row):
            return {"prompt": f"### Question:\\n{row['q']}\\n### Answer:", "completion": row["a"].strip()}

        def main(src, dst):
            with open(src) as f, open(dst, "w") as out:
                for line in f:
                    record = json.loads(line)
                    out.write(json.dumps(format_example(record)) + "\\n")

        if __name__ == "__main__":
            main("raw.jsonl", "sft.jsonl")
      `,
    });
    expect(locations(result).sort()).toEqual(['scripts/make_sft.py:10', 'scripts/make_sft.py:3', 'scripts/make_sft.py:9']);
  });

  it('counts XML annotations converted to YOLO label lines', async () => {
    const result = await detect(dataEngineering, {
      'tools/voc2yolo.py': py`
        import os
        import xml.etree.ElementTree as ET

        CLASSES = ["car", "person"]

        def convert_box(size, box):
            w, h = size
            return ((box[0] + box[1]) / 2 / w, (box[2] + box[3]) / 2 / h, (box[1] - box[0]) / w, (box[3] - box[2]) / h)

        for name in os.listdir("xml"):
            root = ET.parse(os.path.join("xml", name)).getroot()
            size = (int(root.find("size/width").text), int(root.find("size/height").text))
            with open(os.path.join("labels", name[:-4] + ".txt"), "w") as f:
                for obj in root.iter("object"):
                    b = obj.find("bndbox")
                    x, y, bw, bh = convert_box(size, [float(b.find(k).text) for k in ("xmin", "xmax", "ymin", "ymax")])
                    f.write(f"{CLASSES.index(obj.find('name').text)} {x} {y} {bw} {bh}\\n")
      `,
    });
    expect(result.present).toBe(true);
    expect(locations(result)).toContain('tools/voc2yolo.py:6');
  });

  it('counts arrays band-pass filtered into features and saved', async () => {
    const result = await detect(dataEngineering, {
      'eeg/bands.py': py`
        import numpy as np
        from scipy import signal

        data = np.load("raw/chb01.npy")
        b, a = signal.butter(4, [8, 12], btype="band", fs=256)
        alpha = signal.filtfilt(b, a, data)
        np.save("features/chb01_alpha.npy", np.sum(alpha ** 2, axis=1))
      `,
    });
    expect(locations(result)).toEqual(['eeg/bands.py:4', 'eeg/bands.py:5', 'eeg/bands.py:7']);
  });

  it('counts a Hugging Face dataset converted by a function imported from a module of its own', async () => {
    const result = await detect(dataEngineering, {
      'src/pkg/data/records.py': py`
        def convert_record(record):
            return {"prompt": "Question: " + record["question"].strip(), "completion": record["answer"].strip()}
      `,
      'src/pkg/data/download.py': py`
        import json
        from datasets import load_dataset
        from pkg.data.records import convert_record

        def write_jsonl(path, rows):
            with open(path, "w") as handle:
                for row in rows:
                    handle.write(json.dumps(row) + "\\n")

        def main():
            ds = load_dataset("b-mc2/sql-create-context", split="train")
            write_jsonl("data/train.jsonl", [convert_record(r) for r in ds])
      `,
    });
    expect(locations(result).sort()).toEqual(['src/pkg/data/download.py:11', 'src/pkg/data/download.py:8', 'src/pkg/data/records.py:1']);
  });

  it('counts a function named for reformatting that reads records, builds new ones and writes them', async () => {
    const result = await detect(dataEngineering, {
      'reformat_data.py': py`
        import json

        def reformat_jsonl(path):
            with open(path) as infile, open(path + ".tmp", "w") as outfile:
                for line in infile:
                    data = json.loads(line)
                    data["tools"] = [{"function": f} for f in data.pop("functions", [])]
                    outfile.write(json.dumps(data) + "\\n")
      `,
    });
    expect(result.present).toBe(true);
  });

  it('counts a JSON file whose records a function of its own cleans', async () => {
    const result = await detect(dataEngineering, {
      'convert.py': py`
        import json

        def clean_record(r):
            return {k: v.strip() for k, v in r.items()}

        def main(src, dst):
            with open(src) as f:
                rows = json.load(f)
            with open(dst, "w") as f:
                json.dump([clean_record(r) for r in rows], f)
      `,
    });
    expect(locations(result).sort()).toEqual(['convert.py:10', 'convert.py:3', 'convert.py:8']);
  });
});
