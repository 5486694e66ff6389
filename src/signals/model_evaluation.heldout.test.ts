// A test or validation split loaded from a dataset API and scored in the same
// file (lib/held-out.ts). Real-people review: a VAE's train.py loaded
// `datasets.MNIST(..., train=False)` and logged the test loss over it, and
// model_evaluation said nothing. Held-out review: a notebook export's train.py
// counted `(predicted == labels).sum()` over `test_loader`, and it said nothing
// either (lib/held-out-scores.ts).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

describe('signals/model_evaluation held-out splits', () => {
  it('counts a torchvision test split with a test loss logged over it', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': py`
        import torch
        from torchvision import datasets, transforms

        test_loader = torch.utils.data.DataLoader(datasets.MNIST("data", train=False, transform=transforms.ToTensor()), batch_size=64)
        for data, _ in test_loader:
            out = model(data)
            elbo = compute_bound(data, out)
            writer.add_scalar("test_loss", elbo, step)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['train.py:4', 'train.py:8']);
  });

  it('counts a Hugging Face validation split with a metric, and a validation loader scored in one function', async () => {
    const result = await detect(modelEvaluation, {
      'hf.py': py`
        from datasets import load_dataset
        val = load_dataset("imdb", split="test[:10%]")
        acc = cluster_acc(model_preds(val), val["label"])
      `,
      'loop.py': py`
        import torch

        def run_epoch(model, val_loader, criterion):
            total = 0
            for x, y in enumerate(val_loader):
                total += criterion(model(x), y).item()
            return total
      `,
    });

    expect(locations(result)).toEqual(['hf.py:2', 'hf.py:3', 'loop.py:5', 'loop.py:6']);
  });

  it('counts an accuracy counted by hand in a loop over a test loader, in a script that imports nothing itself', async () => {
    const result = await detect(modelEvaluation, {
      'data.py': 'import torch\ntest_loader = torch.utils.data.DataLoader(test_set)\n',
      'evaluate.py': py`
        correct = 0
        with torch.no_grad():
            for i, (images, labels) in enumerate(test_loader):
                outputs = model(images)
                _, predicted = torch.max(outputs.data, 1)
                correct += (predicted == labels).sum().item()
        print(correct / len(test_loader))
      `,
    });

    expect(locations(result)).toEqual(['evaluate.py:6']);
  });

  it('is absent for a loop over a test loader that trains, compares with a constant, or over a training loader', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': py`
        import torch
        for images, labels in test_loader:
            outputs = model(images)
            loss = criterion(outputs, labels)
            loss.backward()
            hits = (outputs.argmax(1) == labels).sum()
        for images, labels in test_loader:
            outputs = model(images)
            ones = (labels == 1).sum()
        for images, labels in train_loader:
            outputs = model(images)
            hits = (outputs.argmax(1) == labels).sum()
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a training split, a test split never scored, or a loader only mentioned', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': py`
        from torchvision import datasets
        train = datasets.MNIST("data", train=True)
        loss = criterion(model(x), y)
      `,
      'load.py': py`
        from torchvision import datasets
        test = datasets.MNIST("data", train=False)
        show(test[0])
      `,
      'notes.py': py`
        # evaluate on test_loader with criterion later
        print("test_loader")
      `,
    });

    expect(result.present).toBe(false);
  });
});
