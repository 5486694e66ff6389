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

  it('counts a trainer given an evaluation set', async () => {
    const result = await detect(modelEvaluation, {
      'finetune.py': 'from transformers import Trainer\ntrainer = Trainer(model=m, train_dataset=tr, eval_dataset=va)\n',
    });

    expect(locations(result)).toEqual(['finetune.py:2']);
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
