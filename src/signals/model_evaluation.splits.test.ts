// Held-out review (issue 15, slice BM): a split made on disk by a library
// (split-folders' `ratio`) and scored after was missed; a script that trains
// on the CIFAR-10 test split and prints only its running loss was counted;
// an Ultralytics `train(data=...)` whose data file is not committed was
// counted. signals.md: "the model is evaluated on held-out data: train/test
// or cross-validation splits with metrics". A held-out split is evaluation
// only where a model is scored on it; a loss printed during training, or a
// validation that depends on a data file nobody can see, is not shown.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { modelEvaluation } from './model_evaluation.js';

describe('signals/model_evaluation: splits on disk, splits trained on, data files not committed', () => {
  it('counts images split into folders by split-folders, a net trained and scored on the held-out folder', async () => {
    const result = await detect(modelEvaluation, {
      'solution.py': py`
        import split_folders
        import torch
        from torchvision import datasets

        def main():
            split_folders.ratio("data", output="split", ratio=(0.8, 0.2))
            train_loader = torch.utils.data.DataLoader(datasets.ImageFolder("split/train"))
            test_loader = torch.utils.data.DataLoader(datasets.ImageFolder("split/val"))
            for x, y in train_loader:
                loss = criterion(net(x), y)
                loss.backward()
            acc = accuracy(net, test_loader)
      `,
      'newer.py': 'import splitfolders\nsplitfolders.fixed("imgs", output="out", fixed=(100, 100))\nmodel.fit(train_gen)\nprint(model.evaluate(val_gen))\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['solution.py:6', 'newer.py:2']));
  });

  it('does not count a split into folders given to no model, nor a README that mentions split-folders', async () => {
    const result = await detect(modelEvaluation, {
      'prepare.py': 'import splitfolders\nsplitfolders.ratio("data", output="split", ratio=(0.8, 0.2))\n',
      'README.md': 'Split the images with `splitfolders.ratio(...)`, then train and check the accuracy on val.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('does not count a test split the file trains on, printing only the running loss', async () => {
    const result = await detect(modelEvaluation, {
      'nn_loss.py': py`
        import torch
        import torchvision
        from torch import nn
        loss_l1 = nn.L1Loss(reduction="sum")
        result = loss_l1(inputs, target)
        dataset = torchvision.datasets.CIFAR10("../dataset", train=False, download=True)
        dataloader = torch.utils.data.DataLoader(dataset, batch_size=10)
        loss_ce = nn.CrossEntropyLoss()
        for epoch in range(20):
            running_loss = 0.0
            for imgs, targets in dataloader:
                result_loss = loss_ce(net(imgs), targets)
                optim.zero_grad()
                result_loss.backward()
                optim.step()
                running_loss += result_loss
            print(running_loss)
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('does not count a validation split loaded and dropped where only the training loss is computed', async () => {
    const result = await detect(modelEvaluation, {
      'train.py': py`
        import torch
        from torchvision import datasets

        def download():
            train_data = datasets.MNIST(root="data", train=True)
            validation_data = datasets.MNIST(root="data", train=False)
            return train_data, validation_data

        def train_one_epoch(model, data_loader, loss_fn, optimizer):
            for inputs, targets in data_loader:
                loss = loss_fn(model(inputs), targets)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
            print(f"Loss: {loss.item()}")
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('near miss: still counts the test split of a file that loads the training split too and scores the test loss', async () => {
    const result = await detect(modelEvaluation, {
      'mnist.py': py`
        import torch
        from torchvision import datasets

        train_set = datasets.MNIST("data", train=True)
        test_set = datasets.MNIST("data", train=False)
        for x, y in torch.utils.data.DataLoader(train_set):
            loss = criterion(model(x), y)
            loss.backward()
        with torch.no_grad():
            test_loss = sum(criterion(model(x), y).item() for x, y in torch.utils.data.DataLoader(test_set))
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['mnist.py:5', 'mnist.py:10']);
  });

  it('does not count an Ultralytics train run on a data file named by a path that is not in the repository', async () => {
    const result = await detect(modelEvaluation, {
      'src/tests/train.py': 'from ultralytics import YOLO\nmodel = YOLO("yolo11n.pt")\nresults = model.train(data="../../data/crosswalk/data.yaml", epochs=30)\n',
      'src/tests/abs.py': 'from ultralytics import YOLO\nmodel = YOLO("yolo11n.pt")\nmodel.train(data="C:/Users/me/projects/mini/data/dataset/data.yaml", epochs=3)\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts an Ultralytics train run on a committed data file, one the code writes, a bundled name or a variable', async () => {
    const result = await detect(modelEvaluation, {
      'src/train.py': 'from ultralytics import YOLO\nmodel = YOLO("yolo11n.pt")\nmodel.train(data="../data/cars/data.yaml", epochs=30)\n',
      'data/cars/data.yaml': 'train: images/train\nval: images/val\nnames: [car]\n',
      'abs.py': 'from ultralytics import YOLO\nYOLO("yolo11n.pt").train(data="/home/me/repo/data/cars/data.yaml")\n',
      'written.py': py`
        import yaml
        from ultralytics import YOLO
        with open("/content/ds/data.yaml", "w") as f:
            yaml.dump({"train": "train", "val": "valid"}, f)
        YOLO("yolov8n.pt").train(data="/content/ds/data.yaml")
      `,
      'bundled.py': 'from ultralytics import YOLO\nYOLO("yolov8n.pt").train(data="coco8.yaml")\n',
      'named.py': 'from ultralytics import YOLO\nYOLO("yolov8n.pt").train(data=cfg.data)\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['abs.py:2', 'bundled.py:2', 'named.py:2', 'src/train.py:3', 'written.py:5']);
  });
});
