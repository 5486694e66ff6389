// model_evaluation (held-out BC): a YOLO detector validated only through the
// Ultralytics command line in a notebook (`!yolo task=detect mode=val
// model=best.pt data=...`) was missed: shell escapes were blanked from the
// code. signals.md: "the model is evaluated on held-out data"; a framework's
// evaluation command scores it on the held-out split as its Python API does.
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

describe('signals/model_evaluation: frameworks\' command-line evaluations', () => {
  it('counts Ultralytics validation and training on a data file from a notebook\'s shell escapes', async () => {
    const result = await detect(modelEvaluation, {
      'detect.ipynb': notebook([
        '!pip install ultralytics\nfrom ultralytics import YOLO',
        '%cd {HOME}\n!yolo task=detect mode=train model=yolov8s.pt data={dataset.location}/data.yaml epochs=200',
        '%cd {HOME}\n\n!yolo task=detect mode=val model={HOME}/runs/detect/train/weights/best.pt data={dataset.location}/data.yaml',
        'metrics = !yolo detect val model=best.pt',
      ]),
    });

    expect(locations(result)).toEqual(['detect.ipynb#cell=1:2', 'detect.ipynb#cell=2:3', 'detect.ipynb#cell=3:1']);
    expect(result.evidence[0]).toMatchObject({ tool: 'ultralytics' });
  });

  it('counts evaluation scripts run from a shell script, a CI step and a Python command list', async () => {
    const result = await detect(modelEvaluation, {
      'scripts/eval.sh': 'set -e\npython yolov5/val.py --weights runs/train/exp/weights/best.pt --data data/potholes.yaml --img 640\n',
      '.github/workflows/eval.yml': py`
        on: push
        jobs:
          eval:
            runs-on: ubuntu-latest
            steps:
              - run: python tools/test.py configs/faster_rcnn.py work_dirs/latest.pth --eval bbox
      `,
      'run_eval.py': 'import subprocess\nsubprocess.run(["python", "train_net.py", "--config-file", "cfg.yaml", "--eval-only"])\n',
    });

    expect(locations(result).sort()).toEqual(['.github/workflows/eval.yml:6', 'run_eval.py:2', 'scripts/eval.sh:2']);
  });

  it('is absent for commands that only mention an evaluation: a markdown cell, a comment, a printed string, an echo', async () => {
    const result = await detect(modelEvaluation, {
      'notes.ipynb': notebook([{ md: 'Validate with `!yolo mode=val`' }, '# !yolo mode=val model=best.pt\nprint("!yolo mode=val")']),
      'scripts/help.sh': 'echo "run: yolo val model=best.pt"\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for commands that score nothing held out: prediction, export, training without validation or data', async () => {
    const result = await detect(modelEvaluation, {
      'detect.ipynb': notebook([
        '!yolo task=detect mode=predict model=best.pt source=images/',
        '!yolo export model=best.pt format=onnx',
        '!yolo train data=data.yaml model=yolov8n.pt val=False',
        '!yolo train model=yolov8n.pt',
        '!python detect.py --weights best.pt --source images/',
        '!python train.py --weights yolov5s.pt --data data.yaml',
      ]),
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
