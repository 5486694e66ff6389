// Tool list: a reproducibility helper that only seeds PyTorch and TensorFlow
// (in optional `try: import torch` blocks) does not use them (real-people review:
// "PyTorch: used" and "TensorFlow: used" from common_utils/seed.py alone).
import { describe, expect, it } from 'vitest';
import { detect, scanToolsOf } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { deepLearning } from './deep_learning.js';

const SEED_HELPER = py`
  import random
  import numpy as np

  def set_seed(seed=42):
      random.seed(seed)
      np.random.seed(seed)
      try:
          import torch
          torch.manual_seed(seed)
          if torch.cuda.is_available():
              torch.cuda.manual_seed_all(seed)
      except ImportError:
          pass
      try:
          import tensorflow as tf
          tf.random.set_seed(seed)
      except ImportError:
          pass
      return seed
`;

describe('signals/toolUses (seeding only)', () => {
  it('reads a framework only seeded as a mention, not a use', async () => {
    const tools = await scanToolsOf({ 'common_utils/seed.py': SEED_HELPER, 'requirements.txt': 'tensorflow>=2.8.0\n' });

    expect(tools.find((t) => t.tool === 'pytorch')).toBeUndefined();
    expect(tools.find((t) => t.tool === 'tensorflow')).toMatchObject({ used: false, evidence: [] });
    const dl = await detect(deepLearning, { 'common_utils/seed.py': SEED_HELPER });
    expect(dl.present).toBe(false);
    expect(dl.hints.map((h) => h.match)).toContain('import torch (seeding only)');
  });

  it('still counts a framework that a file seeds and also builds a model with', async () => {
    const files = {
      'train.py': py`
        import torch
        torch.manual_seed(0)
        model = torch.nn.Linear(4, 1)
      `,
      'data.py': py`
        import torch
        from torch.utils.data import Dataset
        torch.manual_seed(0)

        class Rows(Dataset):
            pass
      `,
    };
    const tools = await scanToolsOf(files);

    expect(tools.find((t) => t.tool === 'pytorch')).toMatchObject({ used: true, files: 2 });
  });
});
