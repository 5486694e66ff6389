import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { customTrainingLoop } from './custom_training_loop.js';

// What the calls do decides: a TF1 session loop is written by hand like a GradientTape loop; a training_step handed to the framework is not.
describe('signals/custom_training_loop: TensorFlow minimize loops and delegated steps', () => {
  it('is present for a TF1 train op run in a session each epoch, at the minimize and the stepping run', async () => {
    const result = await detect(customTrainingLoop, {
      'forecast.py': py`
        import tensorflow as tf
        erro = tf.losses.mean_squared_error(labels=yph, predictions=saida)
        otimizador = tf.train.AdamOptimizer(learning_rate=0.001)
        treinamento = otimizador.minimize(erro)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for epoca in range(2000):
                _, custo = sess.run([treinamento, erro], feed_dict={xph: X})
      `,
    });

    expect(result.present).toBe(true);
    expect(result.evidence.map((e) => [e.location, e.match])).toEqual([
      ['forecast.py:4', 'otimizador.minimize()'],
      ['forecast.py:8', 'sess.run()'],
    ]);
  });

  it('finds a chained compat.v1 optimiser in a notebook, and a Keras optimiser stepping eagerly', async () => {
    const result = await detect(customTrainingLoop, {
      'nb.ipynb': notebook([
        'import tensorflow as tf\ntrain_op = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)',
        'sess = tf.compat.v1.Session()\nfor step in range(100):\n    sess.run(train_op)',
      ]),
      'eager.py': 'import tensorflow as tf\nopt = tf.keras.optimizers.Adam(0.01)\nfor _ in range(100):\n    opt.minimize(loss_fn, var_list=[w])\n',
    });

    expect(locations(result).sort()).toEqual(['eager.py:4', 'nb.ipynb#cell=0:2', 'nb.ipynb#cell=1:3']);
  });

  it('is absent for a TF1 train op never run in a session (an Estimator model_fn), and for scipy.optimize.minimize', async () => {
    const result = await detect(customTrainingLoop, {
      'model_fn.py': py`
        import tensorflow as tf
        def model_fn(features, labels, mode):
            optimizer = tf.train.AdamOptimizer(0.001)
            train_op = optimizer.minimize(loss, global_step=tf.train.get_global_step())
            return tf.estimator.EstimatorSpec(mode, loss=loss, train_op=train_op)
      `,
      'fit.py': 'import tensorflow as tf\nfrom scipy.optimize import minimize\nres = minimize(cost, x0)\nsess = tf.Session()\nsess.run(op)\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a training_step that only hands the step to super(), present for one written out', async () => {
    const delegated = await detect(customTrainingLoop, {
      'main.py': py`
        import time
        from transformers import Trainer

        class TimedTrainer(Trainer):
            def training_step(self, *args, **kwargs):
                if time.time() - self.start > self.limit:
                    raise KeyboardInterrupt
                return super().training_step(*args, **kwargs)
      `,
    });
    const written = await detect(customTrainingLoop, {
      'lit.py': 'import lightning as L\n\nclass Model(L.LightningModule):\n    def training_step(self, batch, idx):\n        return self.loss(batch)\n',
    });

    expect(delegated).toMatchObject({ present: false, evidence: [] });
    expect(locations(written)).toEqual(['lit.py:4']);
  });
});
