import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { customModelCode } from './custom_model_code.js';

describe('signals/custom_model_code: models written from scratch in NumPy', () => {
  it('counts a logistic regression with fit and predict doing the maths in numpy, at its class line', async () => {
    const result = await detect(customModelCode, {
      'models/logistic.py': py`
        import numpy as np

        class LogisticRegression:
            def __init__(self, lr=0.01, n_iters=1000):
                self.lr = lr
                self.n_iters = n_iters

            def fit(self, X, y):
                self.w = np.zeros(X.shape[1])
                for _ in range(self.n_iters):
                    p = 1 / (1 + np.exp(-np.dot(X, self.w)))
                    self.w -= self.lr * np.dot(X.T, p - y) / len(y)

            def predict(self, X):
                return (1 / (1 + np.exp(-X @ self.w)) > 0.5).astype(int)
      `,
    });

    expect(result.present).toBe(true);
    expect(result.evidence).toMatchObject([{ location: 'models/logistic.py:3', kind: 'class', match: 'class LogisticRegression (NumPy: fit, predict)' }]);
  });

  it('counts a network layer with forward and backward, and k-means in a notebook', async () => {
    const result = await detect(customModelCode, {
      'nn.py': py`
        import numpy as np

        class Dense(object):
            def __init__(self, n_in, n_out):
                self.W = np.random.randn(n_in, n_out) * 0.01

            def forward(self, x):
                self.x = x
                return np.tanh(x.dot(self.W))

            def backward(self, grad, lr):
                self.W -= lr * np.outer(self.x, grad)
      `,
      'cluster.ipynb': notebook([
        'import numpy as np',
        'class KMeans:\n    def fit(self, X):\n        self.c = X[np.random.choice(len(X), self.k)]\n        d = np.linalg.norm(X[:, None] - self.c, axis=2)\n        self.labels = np.argmin(d, axis=1)\n    def predict(self, X):\n        return np.argmin(np.linalg.norm(X[:, None] - self.c, axis=2), axis=1)',
      ]),
    });

    expect(locations(result).sort()).toEqual(['cluster.ipynb#cell=1:1', 'nn.py:3']);
  });

  it('does not count a wrapper of another library, a data class, a metric function, a lone method or a test double', async () => {
    const result = await detect(customModelCode, {
      'wrapper.py': py`
        import numpy as np
        from sklearn.linear_model import LogisticRegression

        class Model:
            def __init__(self):
                self.clf = LogisticRegression()

            def fit(self, X, y):
                self.clf.fit(np.log1p(X), y)

            def predict(self, X):
                return np.argmax(self.clf.predict_proba(np.log1p(X)), axis=1)
      `,
      'loaded.py': py`
        import joblib
        import numpy as np

        class Predictor:
            def train(self, X, y):
                self.mean = np.mean(X, axis=0)
                self.model = joblib.load("model.pkl")

            def predict(self, X):
                return np.sum(self.model.coef_ * (X - self.mean))
      `,
      'data.py': py`
        import numpy as np
        from dataclasses import dataclass

        @dataclass
        class Batch:
            X: np.ndarray
            y: np.ndarray

            def mean(self):
                return np.mean(self.X, axis=0)
      `,
      'metrics.py': 'import numpy as np\n\ndef rmse(y, p):\n    return np.sqrt(np.mean((y - p) ** 2))\n',
      'half.py': 'import numpy as np\n\nclass Scorer:\n    def predict(self, X):\n        return np.exp(np.dot(X, self.w))\n',
      'doubles.py': 'import numpy as np\n\nclass FakeModel:\n    def fit(self, X, y):\n        self.w = np.zeros(3)\n    def predict(self, X):\n        return np.dot(X, self.w)\n',
      'tests/test_model.py': 'import numpy as np\n\nclass Tiny:\n    def fit(self, X, y):\n        self.w = np.zeros(3)\n    def predict(self, X):\n        return np.dot(X, self.w)\n',
    });

    expect(result.present).toBe(false);
  });

  it('does not count a class whose only numpy use is building or filling arrays', async () => {
    const result = await detect(customModelCode, {
      'pipeline.py': 'import numpy as np\n\nclass Runner:\n    def train(self, rows):\n        self.rows = np.array(rows)\n    def predict(self, i):\n        return np.asarray(self.rows[i])\n',
      'stub.py': 'import numpy as np\n\nclass Placeholder:\n    def fit(self, X, y):\n        self.w = np.zeros(3)\n    def predict(self, X):\n        return np.ones(len(X))\n',
    });

    expect(result.present).toBe(false);
  });
});
