// Held-out review (issue 15): Ultralytics' `model.val(data=..., split="val")`
// was not read as an evaluation. signals.md: "the model is evaluated on
// held-out data: ... metrics on a validation set". A framework's own
// validation on held-out data counts (Ultralytics val, and its train, which
// validates on the val split every epoch; detectron2 evaluators; Surprise's
// cross-validation and accuracy); a method's name alone does not.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

describe('signals/model_evaluation: frameworks that validate on held-out data', () => {
  it('counts an Ultralytics model validated with val(), and trained with data (validated every epoch)', async () => {
    const result = await detect(modelEvaluation, {
      'evaluate.py': py`
        from ultralytics import YOLO
        model = YOLO(conf.model_path)
        metrics = model.val(data="config.yaml", split="val")
      `,
      'train.py': 'from ultralytics import YOLO\nmodel = YOLO("yolo11s.pt")\nresults = model.train(data="config.yaml", epochs=50)\n',
      'chained.py': 'import ultralytics\nultralytics.YOLO("best.pt").val()\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['chained.py:2', 'evaluate.py:3', 'train.py:3']);
  });

  it('does not count train with val=False, prediction, or a val()/train() with no Ultralytics model in the file', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': 'from ultralytics import YOLO\nmodel = YOLO("yolo11s.pt")\nmodel.train(data="coco8.yaml", epochs=3, val=False)\nmodel.predict("bus.jpg")\n',
      'other.py': 'from mylib import Runner\nrunner = Runner()\nrunner.val(data="x.yaml")\nrunner.train(data="x.yaml")\n',
      'notyolo.py': 'from ultralytics.utils import LOGGER\nimport ultralytics\nds = load()\nds.val(data="x")\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts detectron2 evaluators and Surprise cross-validation and accuracy', async () => {
    const result = await detect(modelEvaluation, {
      'd2.py': py`
        from detectron2.evaluation import COCOEvaluator, inference_on_dataset
        evaluator = COCOEvaluator("vehicles_val", output_dir="out")
        print(inference_on_dataset(predictor.model, val_loader, evaluator))
      `,
      'recs.py': py`
        from surprise import SVD, accuracy
        from surprise.model_selection import cross_validate, KFold
        cross_validate(SVD(), data, measures=["RMSE"], cv=5)
        for trainset, testset in KFold(n_splits=3).split(data):
            accuracy.rmse(SVD().fit(trainset).test(testset))
      `,
    });

    expect(locations(result).sort()).toEqual(['d2.py:2', 'd2.py:3', 'recs.py:3', 'recs.py:4', 'recs.py:5']);
  });

  it('counts a forecasting library\'s error metrics on a held-out series (darts, sktime)', async () => {
    const result = await detect(modelEvaluation, {
      'evaluate.py': py`
        from darts.metrics.metrics import mape, rmse
        train, val = series.split_after(0.8)
        forecast = model.predict(len(val))
        print(rmse(actual_series=val, pred_series=forecast), mape(val, forecast))
      `,
      'skt.py': 'from sktime.performance_metrics.forecasting import mean_absolute_percentage_error\nmean_absolute_percentage_error(y_test, y_pred)\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['evaluate.py:4', 'skt.py:2']));
  });
});
