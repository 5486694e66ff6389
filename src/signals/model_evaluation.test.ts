import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

describe('signals/model_evaluation', () => {
  it('is present for a held-out split and metrics on it', async () => {
    const result = await detect(modelEvaluation, {
      'evaluate.py': py`
        from sklearn.model_selection import train_test_split
        from sklearn.metrics import f1_score

        X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2)
        print(f1_score(y_val, model.predict(X_val)))
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['evaluate.py:4', 'evaluate.py:5']);
  });

  it('counts cross-validation in notebooks and Keras evaluation on a test set', async () => {
    const result = await detect(modelEvaluation, {
      'cv.ipynb': notebook([{ md: '# CV' }, 'from sklearn.model_selection import cross_val_score\nscores = cross_val_score(clf, X, y, cv=5)']),
      'keras_train.py': py`
        from tensorflow import keras
        model.fit(X_train, y_train, validation_data=(X_val, y_val))
        model.evaluate(X_test, y_test)
      `,
    });

    expect(locations(result).sort()).toEqual(['cv.ipynb#cell=1:2', 'keras_train.py:2', 'keras_train.py:3']);
  });

  it('counts a booster trained with a validation set and a Spark evaluator on a random split', async () => {
    const result = await detect(modelEvaluation, {
      'gbm.py': 'import lightgbm as lgb\nbooster = lgb.train(params, dtrain, valid_sets=[dvalid])\n',
      'spark_job.py': py`
        from pyspark.ml.evaluation import BinaryClassificationEvaluator
        train, test = df.randomSplit([0.8, 0.2], seed=42)
        auc = BinaryClassificationEvaluator().evaluate(model.transform(test))
      `,
    });

    expect(locations(result).sort()).toEqual(['gbm.py:2', 'spark_job.py:2', 'spark_job.py:3']);
  });

  it('counts a trainer given an evaluation set', async () => {
    const result = await detect(modelEvaluation, {
      'finetune.py': 'from transformers import Trainer\ntrainer = Trainer(model=m, train_dataset=tr, eval_dataset=va)\n',
    });

    expect(locations(result)).toEqual(['finetune.py:2']);
  });

  it('counts a hand-written evaluation function and a Lightning validation step in network code', async () => {
    const result = await detect(modelEvaluation, {
      'mnist/main.py': py`
        import torch

        def test(model, loader):
            model.eval()
            with torch.no_grad():
                return sum(model(x).argmax(1).eq(y).sum().item() for x, y in loader)
      `,
      'lit.py': py`
        import lightning as L

        class Net(L.LightningModule):
            def training_step(self, batch, i):
                return self.loss(batch)

            def validation_step(self, batch, i):
                self.log("val_loss", self.loss(batch))
      `,
    });

    expect(locations(result).sort()).toEqual(['lit.py:7', 'mnist/main.py:3']);
  });

  it('is absent for a smoke check named test in a model file, and for evaluate() outside network code', async () => {
    const result = await detect(modelEvaluation, {
      'models/resnet.py': py`
        import torch

        def test():
            net = ResNet18()
            print(net(torch.randn(1, 3, 32, 32)).size())
      `,
      'calc.py': py`
        def evaluate(expr):
            return eval(expr.strip())
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for functions only named like an evaluation: a kernel eval, inference without a score', async () => {
    const result = await detect(modelEvaluation, {
      'kernel.py': py`
        import torch
        from sklearn.metrics.pairwise import rbf_kernel

        class SumKernel:
            def eval(self, X, Y):
                K = torch.zeros(X.shape[0], Y.shape[0])
                for k in self.kernels:
                    K += k.eval(X, Y)
                return K

        class RBF:
            def evaluate(self, X, Y):
                return rbf_kernel(X, Y)
      `,
      'policy.py': py`
        import torch

        class Policy(torch.nn.Module):
            def evaluate(self, state):
                self.net.eval()
                with torch.no_grad():
                    return self.net(state)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('keeps evaluation methods that compute metrics or predicted-class accuracy', async () => {
    const result = await detect(modelEvaluation, {
      'app.py': py`
        import torch

        class Application:
            def evaluate_model(self, model, x, y):
                return Evaluator.evaluate(model, x, y, self.get_metrics("test"))

        def validate(model, loader):
            model.eval()
            with torch.no_grad():
                return [model(x).argmax(1) == y for x, y in loader]
      `,
    });

    expect(locations(result)).toEqual(['app.py:4', 'app.py:7']);
  });

  it('is absent for training alone, distances, and metrics only mentioned', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': py`
        from sklearn.metrics.pairwise import cosine_similarity
        # from sklearn.metrics import accuracy_score
        model.fit(X, y)
        sims = cosine_similarity(a, b)
        print("accuracy_score(y_test, pred)")
      `,
      'README.md': 'Evaluated with train_test_split and cross_val_score.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('reports a declared metrics library that is never used as a hint only', async () => {
    const result = await detect(modelEvaluation, { 'requirements.txt': text`
      torchmetrics==1.4.0
    ` });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
    expect(result.hints.map((h) => h.location)).toEqual(['requirements.txt:1']);
  });
});
