// Held-out review (issue 15): a scikit-surprise SVD / SVD++ recommender fitted
// on ratings was missed, since Surprise was not in the catalogue. signals.md:
// "scikit-learn, XGBoost, LightGBM, CatBoost, statsmodels are used to fit
// models", and "Every list of tools below is open". Classical model libraries
// count by the classes or functions that build or fit a model; their data,
// metric and evaluation helpers fit nothing.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { classicalMl } from './classical_ml.js';

describe('signals/classical_ml: recommender, survival, streaming and other model libraries', () => {
  it('counts a Surprise model built and fitted, and one imported into a file that fits it', async () => {
    const result = await detect(classicalMl, {
      'app/models.py': py`
        from surprise import Dataset, Reader, SVD
        def cross_validate(algo_class, df):
            return [algo_class().fit(trainset) for trainset in folds(df)]
        scores = cross_validate(SVD, df)
      `,
      'train.py': 'from surprise import SVDpp, Dataset\nmodel = SVDpp(n_factors=100)\nmodel.fit(trainset)\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['app/models.py:1', 'train.py:1', 'train.py:2']);
    expect(result.evidence.find((e) => e.path === 'train.py')).toMatchObject({ match: 'surprise.SVDpp()', tool: 'scikit-surprise' });
  });

  it('counts LightFM, implicit, lifelines regressions, River learners and imbalanced-learn ensembles', async () => {
    const result = await detect(classicalMl, {
      'lfm.py': 'from lightfm import LightFM\nm = LightFM(loss="warp")\n',
      'als.py': 'import implicit\nm = implicit.als.AlternatingLeastSquares(factors=64)\n',
      'surv.py': 'from lifelines import CoxPHFitter\ncph = CoxPHFitter()\n',
      'stream.py': 'from river import linear_model\nm = linear_model.LogisticRegression()\n',
      'imb.py': 'from imblearn.ensemble import BalancedRandomForestClassifier\nclf = BalancedRandomForestClassifier()\n',
    });

    expect(locations(result).sort()).toEqual(['als.py:2', 'imb.py:2', 'lfm.py:2', 'stream.py:2', 'surv.py:2']);
  });

  it('counts a Darts forecaster built and fitted, imported from darts.models or its module, not its series or transformers', async () => {
    const result = await detect(classicalMl, {
      'model_dev.py': 'from darts.models.forecasting.xgboost import XGBModel\nmodel = XGBModel(lags=12)\nmodel.fit(train_series)\n',
      'arima.py': 'from darts.models import AutoARIMA\nAutoARIMA().fit(series)\n',
      'data.py': 'from darts.timeseries import TimeSeries\nfrom darts.dataprocessing.transformers import Scaler\nseries = Scaler().fit_transform(TimeSeries.from_dataframe(df))\n',
    });
    expect(result.present).toBe(true);
    expect(locations(result).filter((l) => l.startsWith('data.py'))).toEqual([]);
    expect(locations(result)).toEqual(expect.arrayContaining(['model_dev.py:2', 'arima.py:2']));
  });

  it('counts a calibrated classifier fitted, not a calibration curve', async () => {
    const result = await detect(classicalMl, { 'cal.py': 'from sklearn.calibration import CalibratedClassifierCV\nclf = CalibratedClassifierCV(base, cv=3).fit(X, y)\n' });
    expect(result.present).toBe(true);
    expect(locations(result)).toContain('cal.py:2');
  });

  it('does not count their data, metric, sampling, curve or drift helpers alone', async () => {
    const result = await detect(classicalMl, {
      'data.py': 'from surprise import Dataset, Reader\ndata = Dataset.load_from_df(df, Reader(rating_scale=(1, 5)))\n',
      'metrics.py': 'from surprise import accuracy\nfrom lightfm.evaluation import precision_at_k\naccuracy.rmse(preds)\nprecision_at_k(model, test)\n',
      'km.py': 'from lifelines import KaplanMeierFitter\nfrom lifelines.utils import concordance_index\nkmf = KaplanMeierFitter()\n',
      'resample.py': 'from imblearn.over_sampling import SMOTE\nX, y = SMOTE().fit_resample(X, y)\n',
      'drift.py': 'from river import drift\nadwin = drift.ADWIN()\n',
      'calib.py': 'from sklearn.calibration import calibration_curve\nprob_true, prob_pred = calibration_curve(y, probs, n_bins=10)\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
