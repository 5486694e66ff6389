// Held-out review (issue 15): pmdarima's `auto_arima` stepwise search over
// ARIMA and seasonal orders was missed. It fits candidate orders and keeps the
// best by an information criterion: a hyperparameter search built into the
// forecaster, like RidgeCV's alpha grid. A plain ARIMA with fixed orders is not.
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { hyperparameterTuning } from './hyperparameter_tuning.js';

describe('signals/hyperparameter_tuning: forecasters that search their own orders', () => {
  it('counts pmdarima auto_arima and statsforecast AutoARIMA, at the call', async () => {
    const result = await detect(hyperparameterTuning, {
      'auto_arima.py': py`
        from pmdarima.arima import auto_arima
        model = auto_arima(train, start_p=1, max_p=6, m=20, stepwise=True)
        forecast = model.predict(n_periods=10)
      `,
      'nb.ipynb': notebook(['from statsforecast import StatsForecast\nfrom statsforecast.models import AutoARIMA', 'sf = StatsForecast(models=[AutoARIMA(season_length=12)], freq="M")']),
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['auto_arima.py:2', 'nb.ipynb#cell=1:1']);
    expect(result.evidence[0]).toMatchObject({ tool: 'auto-arima' });
  });

  it('is absent for an ARIMA with fixed orders, an import of auto_arima never called, or a mention', async () => {
    const result = await detect(hyperparameterTuning, {
      'arima.py': 'from statsmodels.tsa.arima.model import ARIMA\nfit = ARIMA(series, order=(2, 1, 2)).fit()\n',
      'unused.py': 'import pandas as pd\nfrom pmdarima import auto_arima\nprint(pd.__version__)\n',
      'notes.py': '# model = auto_arima(train)\nDOC = "pmdarima.auto_arima(train)"\n',
      'README.md': 'We tuned the orders with `auto_arima`.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
