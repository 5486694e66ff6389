import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { deepLearning } from './deep_learning.js';

// TensorFlow used for its records and preprocessing (tf.data, tf.train.Example, tf.transform) builds no network.
describe('signals/deep_learning: tf.train records are not training', () => {
  it('is absent for a notebook reading TFRecords into tf.train.Example messages and a tf.transform preprocessing_fn', async () => {
    const result = await detect(deepLearning, {
      'TFT.ipynb': notebook([
        'import tensorflow as tf',
        'dataset = tf.data.TFRecordDataset(files, compression_type="GZIP")',
        'def get_records(dataset, n):\n    out = []\n    for rec in dataset.take(n):\n        example = tf.train.Example()\n        example.ParseFromString(rec.numpy())\n        out.append(example)\n    return out',
      ]),
      'transform.py': py`
        import tensorflow as tf
        import tensorflow_transform as tft

        def preprocessing_fn(inputs):
            feature = tf.train.Feature(bytes_list=tf.train.BytesList(value=[b"x"]))
            return {"age_xf": tft.scale_to_0_1(inputs["age"])}
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is present for a TF1 optimiser and a compat.v1 checkpoint saver, at their calls', async () => {
    const result = await detect(deepLearning, {
      'train.py': py`
        import tensorflow as tf
        optimizer = tf.train.AdamOptimizer(learning_rate=0.001)
        saver = tf.compat.v1.train.Saver()
        example = tf.train.Example()
      `,
    });

    expect(locations(result)).toEqual(['train.py:2', 'train.py:3']);
  });
});
