import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe('signals/data_engineering: image-dataset preparation jobs', () => {
  it('counts a PIL job that resizes images and saves them', async () => {
    const result = await detect(dataEngineering, {
      'scripts/shrink_photos.py': py`
        from pathlib import Path
        from PIL import Image

        def shrink(src: Path, dst: Path, size=(128, 128)):
            for p in src.glob("*.jpg"):
                img = Image.open(p).convert("RGB")
                small = img.resize(size)
                small.save(dst / p.name)
      `,
    });
    expect(result.present).toBe(true);
  });

  it('counts an OpenCV job that converts colours and writes the frames', async () => {
    const result = await detect(dataEngineering, {
      'prep/gray.py': py`
        import cv2, glob

        for path in glob.glob("raw/*.png"):
            frame = cv2.imread(path)
            gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
            cv2.imwrite(path.replace("raw", "gray"), gray)
      `,
    });
    expect(result.present).toBe(true);
  });

  it('counts a dataset turned into tensors through a torchvision pipeline and saved', async () => {
    const result = await detect(dataEngineering, {
      'src/pkg/make_tensors.py': py`
        import torch
        from torchvision import datasets, transforms

        pipeline = transforms.Compose([transforms.Resize((28, 28)), transforms.ToTensor()])

        def build(out_dir):
            train = datasets.FashionMNIST("raw", download=True)
            xs = torch.stack([pipeline(img) for img, _ in train])
            torch.save(xs, f"{out_dir}/train_x.pt")
      `,
    });
    expect(result.present).toBe(true);
  });

  it('does not count a training script that loads images to train and saves the model', async () => {
    const result = await detect(dataEngineering, {
      'train.py': py`
        import torch
        from PIL import Image
        from torchvision import transforms

        tf = transforms.Compose([transforms.Resize(64), transforms.ToTensor()])

        def train(paths, labels, net, opt):
            for p, y in zip(paths, labels):
                x = tf(Image.open(p)).unsqueeze(0)
                loss = torch.nn.functional.cross_entropy(net(x), y)
                loss.backward()
                opt.step()
            torch.save(net.state_dict(), "net.pt")
      `,
    });
    expect(result.present).toBe(false);
  });

  it('does not count a function that runs a model on the images it reads and writes its predictions (held-out BF)', async () => {
    const result = await detect(dataEngineering, {
      'job/predictor.py': py`
        import cv2, torch

        def visualize(model, paths):
            for i, path in enumerate(paths):
                image = cv2.cvtColor(cv2.imread(path), cv2.COLOR_BGR2RGB)
                with torch.no_grad():
                    outputs = model([image])
                cv2.imwrite(f"predicted{i}.jpg", draw(image, outputs))
      `,
      'classify.py': py`
        from PIL import Image

        def label_all(clf, paths):
            for p in paths:
                img = Image.open(p).resize((64, 64))
                img.save(f"out/{clf.predict([img])[0]}_{p}")
      `,
    });
    expect(result.present).toBe(false);
  });

  it('does not count an API that resizes one uploaded image', async () => {
    const result = await detect(dataEngineering, {
      'app.py': py`
        import io
        from fastapi import FastAPI, UploadFile
        from PIL import Image

        app = FastAPI()

        @app.post("/thumb")
        async def thumb(file: UploadFile):
            img = Image.open(io.BytesIO(await file.read()))
            img = img.resize((64, 64))
            img.save("last_upload.png")
            return {"ok": True}
      `,
    });
    expect(result.present).toBe(false);
  });

  it('does not count copying or splitting image files, nor a notebook resizing images', async () => {
    const result = await detect(dataEngineering, {
      'split.py': py`
        import random, shutil
        from pathlib import Path

        files = sorted(Path("images").glob("*.jpg"))
        random.shuffle(files)
        cut = int(len(files) * 0.8)
        for i, f in enumerate(files):
            shutil.copy(f, Path("train" if i < cut else "val") / f.name)
      `,
      'explore.ipynb': notebook([
        'from PIL import Image\nimg = Image.open("a.jpg")\nimg.resize((32, 32)).save("b.jpg")',
      ]),
    });
    expect(result.present).toBe(false);
  });
});
