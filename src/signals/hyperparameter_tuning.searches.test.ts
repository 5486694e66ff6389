// Held-out review (issue 15): Surprise's `GridSearchCV` (surprise.model_selection)
// over SVD++ factors, learning rate and regularisation was missed; only
// scikit-learn's paths matched. signals.md names `GridSearchCV`/`RandomizedSearchCV`,
// and its tool lists are open: any library's scikit-learn-style `*SearchCV`
// class, resolved through an import, is a search; a function or class of the
// author's own of that name is not.
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { hyperparameterTuning } from './hyperparameter_tuning.js';

describe('signals/hyperparameter_tuning: any library\'s search classes', () => {
  it('counts Surprise\'s GridSearchCV and other libraries\' *SearchCV, once per call', async () => {
    const result = await detect(hyperparameterTuning, {
      'raw_files/train.py': py`
        from surprise import SVDpp
        from surprise.model_selection import GridSearchCV
        gs = GridSearchCV(SVDpp, {"n_factors": [50, 100]}, measures=["rmse"], cv=3)
        gs.fit(data)
      `,
      'dask_search.py': 'import dask_ml.model_selection as dms\nfrom sklearn.svm import SVC\ns = dms.HyperbandSearchCV(SVC(), params)\n',
      'sk.py': 'from sklearn.model_selection import RandomizedSearchCV\nfrom sklearn.svm import SVC\nRandomizedSearchCV(SVC(), dist)\n',
      'nb.ipynb': notebook(['from tune_sklearn import TuneSearchCV', 'from sklearn.linear_model import SGDClassifier\nTuneSearchCV(SGDClassifier(), space)']),
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['dask_search.py:3', 'nb.ipynb#cell=1:2', 'raw_files/train.py:3', 'sk.py:3']);
    expect(result.evidence.find((e) => e.path === 'raw_files/train.py')).toMatchObject({ match: 'surprise.model_selection.GridSearchCV()', tool: 'scikit-surprise' });
  });

  it("does not count the author's own GridSearchCV, defined in the file or in a module of the repository", async () => {
    const result = await detect(hyperparameterTuning, {
      'search.py': 'def GridSearchCV(model, grid):\n    return [model(**g) for g in grid]\nGridSearchCV(make_model, grid)\n',
      'tuning/model_selection.py': 'class RandomizedSearchCV:\n    pass\n',
      'run.py': 'from tuning.model_selection import RandomizedSearchCV\nRandomizedSearchCV()\n',
      'notes.py': '# from surprise.model_selection import GridSearchCV\nprint("GridSearchCV")\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  // Held-out CH: pyannote.pipeline's Optimizer tunes a diarization pipeline's thresholds on the development set.
  it("counts pyannote.pipeline's Optimizer tuning a pipeline, not its Pipeline classes alone", async () => {
    const tuned = await detect(hyperparameterTuning, {
      'tune.py': py`
        from pyannote.pipeline import Optimizer
        optimizer = Optimizer(pipeline)
        for iteration in optimizer.tune_iter(dev_set):
            print(iteration["params"])
      `,
    });
    expect(locations(tuned)).toEqual(['tune.py:2']);
    const pipelineOnly = await detect(hyperparameterTuning, {
      'run.py': 'from pyannote.pipeline import Pipeline\n\nclass Mine(Pipeline):\n    pass\n',
      'README.md': 'We tune thresholds with pyannote.pipeline.Optimizer.\n',
    });
    expect(pipelineOnly).toMatchObject({ present: false, evidence: [] });
  });
});
