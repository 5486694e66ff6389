import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { customTrainingLoop } from './custom_training_loop.js';

describe('signals/custom_training_loop', () => {
  it('is present for backward() with optimizer.step(), at both calls', async () => {
    const result = await detect(customTrainingLoop, {
      'train.py': py`
        import torch

        def train_epoch(model, loader, optimizer, loss_fn):
            for x, y in loader:
                optimizer.zero_grad()
                loss = loss_fn(model(x), y)
                loss.backward()
                optimizer.step()
      `,
    });

    expect(result.present).toBe(true);
    expect(result.evidence.map((e) => [e.location, e.match])).toEqual([
      ['train.py:7', 'loss.backward()'],
      ['train.py:8', 'optimizer.step()'],
    ]);
  });

  it('finds a GradientTape in a notebook, a JAX update and a Lightning training_step', async () => {
    const result = await detect(customTrainingLoop, {
      'nb.ipynb': notebook([{ md: '# loop' }, 'import tensorflow as tf\nwith tf.GradientTape() as tape:\n    loss = loss_fn(y, model(x))']),
      'jax_train.py': 'import jax, optax\ngrads = jax.grad(loss)(params)\nupdates, state = optimizer.update(grads, state)\nparams = optax.apply_updates(params, updates)\n',
      'lit.py': 'import lightning as L\n\nclass Model(L.LightningModule):\n    def training_step(self, batch, idx):\n        return self.loss(batch)\n',
    });

    expect(locations(result).sort()).toEqual(['jax_train.py:2', 'jax_train.py:4', 'lit.py:4', 'nb.ipynb#cell=1:2']);
  });

  it('is absent for model.fit() and Trainer(...).train() even with torch imported', async () => {
    const result = await detect(customTrainingLoop, {
      'fit.py': py`
        import torch
        from transformers import Trainer
        model.fit(X, y, epochs=3)
        Trainer(model=model, args=args).train()
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when a loop is only mentioned in a README, a comment or a string', async () => {
    const result = await detect(customTrainingLoop, {
      'README.md': 'We call `loss.backward()` and `optimizer.step()` by hand.\n',
      'notes.py': '# loss.backward()\n# optimizer.step()\nDOC = "with tf.GradientTape() as tape"\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
