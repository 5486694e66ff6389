import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { deepLearning } from './deep_learning.js';

describe('signals/deep_learning', () => {
  it('is present where a network is defined with PyTorch, at its layers and its class', async () => {
    const result = await detect(deepLearning, {
      'model.py': py`
        from torch import nn

        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(4, 2)

            def forward(self, x):
                return self.fc(x)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['model.py:6', 'model.py:3']);
    expect(result.evidence[1]).toMatchObject({ kind: 'class', match: 'class Net(torch.nn.Module)' });
  });

  it('finds Keras models in notebooks', async () => {
    const result = await detect(deepLearning, {
      'nb.ipynb': notebook(['from tensorflow import keras', 'model = keras.Sequential([keras.layers.Dense(1)])']),
    });

    expect(locations(result).sort()).toEqual(['nb.ipynb#cell=1:1', 'nb.ipynb#cell=1:1']);
    expect(result.evidence.map((e) => e.match)).toEqual(['tensorflow.keras.Sequential()', 'tensorflow.keras.layers.Dense()']);
  });

  it('counts a Hugging Face model run on a torch device the code chooses (borderline)', async () => {
    const result = await detect(deepLearning, {
      'embed.py': py`
        import torch
        from sentence_transformers import SentenceTransformer
        device = "cuda" if torch.cuda.is_available() else "cpu"
        model = SentenceTransformer("all-MiniLM-L6-v2", device=device)
      `,
    });

    expect(locations(result)).toEqual(['embed.py:3', 'embed.py:4']);
  });

  it('counts fine-tuning with the Hugging Face Trainer', async () => {
    const result = await detect(deepLearning, {
      'finetune.py': 'from transformers import Trainer\nTrainer(model=m, args=args, train_dataset=ds).train()\n',
    });

    expect(result.evidence).toMatchObject([{ location: 'finetune.py:2', match: 'transformers.Trainer()', tool: 'hf-training' }]);
  });

  it('counts training a reinforcement-learning agent whose policy is a network, not an environment wrapper', async () => {
    const result = await detect(deepLearning, {
      'train_agent.py': 'from stable_baselines3 import PPO\nmodel = PPO("MlpPolicy", env).learn(total_timesteps=10_000)\n',
    });
    const wrapperOnly = await detect(deepLearning, {
      'envs.py': 'from sb3_contrib.common.wrappers import TimeFeatureWrapper\nenv = TimeFeatureWrapper(make_env())\n',
    });

    expect(locations(result)).toEqual(['train_agent.py:2']);
    expect(wrapperOnly).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent when torch is imported only to seed and build tensors, or mentioned in text', async () => {
    const result = await detect(deepLearning, {
      'utils.py': py`
        import torch
        # model = torch.nn.Linear(4, 2)
        torch.manual_seed(0)
        x = torch.tensor([1.0, 2.0])
        print("torch.nn.Linear(4, 2)")
      `,
      'README.md': 'Built with PyTorch and `nn.Module`.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('reports a declared framework that is never used as a hint only', async () => {
    const result = await detect(deepLearning, { 'requirements.txt': text`
      torch==2.3.0
    ` });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
    expect(result.hints.map((h) => h.location)).toEqual(['requirements.txt:1']);
  });
});
