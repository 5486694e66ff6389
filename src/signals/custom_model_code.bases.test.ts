// Held-out K (borderline): a Gaussian-process model written on GPy's GP base
// class was not read as model code. signals.md: "the author defines model
// code of their own rather than only calling a high-level API". Other
// libraries' model bases count like nn.Module and BaseEstimator: GPy and
// GPyTorch Gaussian processes, Pyro modules, statsmodels likelihood and
// state-space models, PyMC models, Surprise algorithms, River estimators.
// A class that only duck-types an estimator, an instance of a library model,
// and a GPyTorch model without forward do not.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { customModelCode } from './custom_model_code.js';

describe('signals/custom_model_code: model bases of probabilistic and statistical libraries', () => {
  it('counts subclasses of GPy, GPyTorch, Pyro, statsmodels, Surprise and River model bases, at their class lines', async () => {
    const result = await detect(customModelCode, {
      'gp/coregionalized.py': py`
        from GPy.core import GP

        class CoregionalizedRegression(GP):
            def set_XY(self, X, Y):
                self.update_model(True)
      `,
      'gp/exact.py': py`
        import gpytorch

        class ExactGPModel(gpytorch.models.ExactGP):
            def forward(self, x):
                return gpytorch.distributions.MultivariateNormal(self.mean(x), self.covar(x))
      `,
      'bayes/bnn.py': py`
        from pyro.nn import PyroModule

        class BayesianRegression(PyroModule):
            def forward(self, x, y=None):
                return self.linear(x)
      `,
      'stats/tobit.py': py`
        from statsmodels.base.model import GenericLikelihoodModel

        class Tobit(GenericLikelihoodModel):
            def loglike(self, params):
                return 0.0
      `,
      'recs/algo.py': py`
        from surprise import AlgoBase

        class MeanOfNeighbours(AlgoBase):
            def estimate(self, u, i):
                return 3.0
      `,
      'online/model.py': py`
        from river import base

        class RunningMeanRegressor(base.Regressor):
            def learn_one(self, x, y):
                self.mean.update(y)
      `,
    });

    expect(locations(result).sort()).toEqual([
      'bayes/bnn.py:3',
      'gp/coregionalized.py:3',
      'gp/exact.py:3',
      'online/model.py:3',
      'recs/algo.py:3',
      'stats/tobit.py:3',
    ]);
  });

  it('is absent for a duck-typed estimator, a library model used as it is, a GPyTorch model without forward, and a base only mentioned', async () => {
    const result = await detect(customModelCode, {
      'wrap.py': py`
        import GPy

        class GPYEstimator:
            def fit(self, X, y):
                return self

            def predict(self, X):
                return self.model.predict(X)[0]

        model = GPy.models.GPRegression(X, Y, GPy.kern.RBF(1))
      `,
      'gp/unfinished.py': 'import gpytorch\n\nclass Draft(gpytorch.models.ExactGP):\n    pass\n',
      'README.md': 'Subclass `GPy.core.GP` or `gpytorch.models.ExactGP` for your own model.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
