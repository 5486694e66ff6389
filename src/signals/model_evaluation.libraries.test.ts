// Held-out review (issue 15): a tracking project computing MOTA, MOTP and IDF1
// of its detector and tracker against a validation set's ground truth with
// py-motmetrics was not read as an evaluation: the library was not in the
// catalogue. signals.md: "the model is evaluated on held-out data: ... metrics
// on a validation set". The evaluation libraries of other tasks (tracking and
// detection: motmetrics, COCOeval; speech: jiwer; translation: sacrebleu, NLTK's
// BLEU; tagging: seqeval; ranking: pytrec_eval) read like scikit-learn's
// metrics: given held-out data by name, or beside a model that is run or
// fitted, they count; scoring a table where no model is fitted or run does not,
// and pycocotools' annotation loader is no evaluation.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

const TRAIN = py`
  import torch

  def train(model, loader, optimiser):
      for x, y in loader:
          torch.nn.functional.cross_entropy(model(x), y).backward()
          optimiser.step()
`;

describe('signals/model_evaluation: evaluation libraries of other tasks', () => {
  it('counts motmetrics scoring tracks against ground truth in a repository that trains', async () => {
    const result = await detect(modelEvaluation, {
      'utils.py': py`
        import motmetrics as mm

        def mot_metrics(gt, tracks):
            acc = mm.MOTAccumulator(auto_id=True)
            for frame in frames(gt):
                acc.update(gt_ids(frame), track_ids(frame), mm.distances.iou_matrix(gt_boxes(frame), boxes(frame), max_iou=0.5))
            return mm.metrics.create().compute(acc, metrics=["mota", "motp", "idf1"])
      `,
      'train.py': TRAIN,
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['utils.py:1', 'utils.py:4', 'utils.py:6', 'utils.py:7']);
  });

  it('counts COCOeval run on detections, and jiwer, sacrebleu and seqeval given held-out data by name', async () => {
    const result = await detect(modelEvaluation, {
      'coco.py': py`
        from pycocotools.coco import COCO
        from pycocotools.cocoeval import COCOeval
        gt = COCO("annotations/instances_val2017.json")
        coco_eval = COCOeval(gt, gt.loadRes("detections.json"), "bbox")
        coco_eval.evaluate()
      `,
      'asr.py': 'import jiwer\nprint(jiwer.wer(test_references, hypotheses))\n',
      'mt.py': 'import sacrebleu\nscore = sacrebleu.corpus_bleu(outputs, test_refs)\n',
      'ner.py': 'from seqeval.metrics import f1_score\nf1_score(y_val, predicted_tags)\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['coco.py:4', 'asr.py:2', 'mt.py:2', 'ner.py:2']));
    expect(locations(result)).not.toContain('coco.py:3');
  });

  it('is absent when the libraries are only mentioned, declared, or commented out', async () => {
    const result = await detect(modelEvaluation, {
      'README.md': 'We report MOTA with py-motmetrics and mAP with COCOeval.\n',
      'track.py': '# import motmetrics as mm\nprint("motmetrics.MOTAccumulator")\n',
      'requirements.txt': 'motmetrics==1.4.0\njiwer==3.0\n',
    });

    expect(result.present).toBe(false);
    expect(result.evidence).toEqual([]);
  });

  it('is absent for a table scored where no model is fitted or run, and for pycocotools loading annotations', async () => {
    const table = await detect(modelEvaluation, {
      'score.py': 'import jiwer\nimport pandas as pd\ndf = pd.read_csv("transcripts.csv")\nprint(jiwer.wer(list(df.reference), list(df.hypothesis)))\n',
    });
    const tracksOnly = await detect(modelEvaluation, {
      'mot.py': 'import motmetrics as mm\nacc = mm.MOTAccumulator(auto_id=True)\nprint(mm.metrics.create().compute(acc, metrics=["mota"]))\n',
    });
    const loader = await detect(modelEvaluation, {
      'data.py': 'from pycocotools.coco import COCO\ncoco = COCO("annotations/instances_train2017.json")\nids = coco.getImgIds()\n',
      'train.py': TRAIN,
    });

    expect(table).toMatchObject({ present: false, evidence: [] });
    expect(tracksOnly).toMatchObject({ present: false, evidence: [] });
    expect(loader).toMatchObject({ present: false, evidence: [] });
  });
});
