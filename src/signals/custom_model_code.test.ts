import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { customModelCode } from './custom_model_code.js';

describe('signals/custom_model_code', () => {
  it('is present for an nn.Module subclass with forward, at its class line', async () => {
    const result = await detect(customModelCode, {
      'models.py': py`
        from torch import nn

        class Classifier(nn.Module):
            def forward(self, x):
                return x
      `,
    });

    expect(result.present).toBe(true);
    expect(result.evidence).toMatchObject([{ location: 'models.py:3', kind: 'class', match: 'class Classifier(torch.nn.Module)' }]);
  });

  it('finds Keras layers, scikit-learn estimators and one level of local inheritance', async () => {
    const result = await detect(customModelCode, {
      'nb.ipynb': notebook(['import tensorflow as tf', 'class MyDense(tf.keras.layers.Layer):\n    def call(self, x):\n        return x']),
      'enc/base.py': 'from sklearn.base import BaseEstimator\n\nclass BaseEncoder(BaseEstimator):\n    pass\n',
      'enc/target.py': 'from enc.base import BaseEncoder\n\nclass TargetEncoder(BaseEncoder):\n    pass\n',
    });

    expect(locations(result).sort()).toEqual(['enc/base.py:3', 'enc/target.py:3', 'nb.ipynb#cell=1:1']);
  });

  it('counts a Hugging Face PreTrainedModel subclass and a PyTorch Geometric message-passing layer', async () => {
    const result = await detect(customModelCode, {
      'model/hf.py': 'from transformers import PreTrainedModel\n\nclass TinyLM(PreTrainedModel):\n    def forward(self, ids):\n        return self.head(ids)\n',
      'model/gnn.py': 'from torch_geometric.nn import MessagePassing\n\nclass EdgeConv(MessagePassing):\n    def message(self, x_i, x_j):\n        return x_j - x_i\n',
    });

    expect(locations(result).sort()).toEqual(['model/gnn.py:3', 'model/hf.py:3']);
  });

  it('is absent for an nn.Module without forward, a plain class, and test doubles', async () => {
    const result = await detect(customModelCode, {
      'service.py': 'import torch\n\nclass ModelService:\n    def predict(self, x):\n        return self.model(x)\n',
      'mixin.py': 'from torch import nn\n\nclass Helpers(nn.Module):\n    def helper(self):\n        pass\n',
      'tests/test_model.py': 'from torch import nn\n\nclass FakeNet(nn.Module):\n    def forward(self, x):\n        return x\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when a model class is only mentioned in a README, a comment or a string', async () => {
    const result = await detect(customModelCode, {
      'README.md': '```python\nclass Net(nn.Module):\n    def forward(self, x): ...\n```\n',
      'notes.py': '# class Net(nn.Module):\n#     def forward(self, x): ...\nCODE = "class Net(nn.Module): pass"\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
