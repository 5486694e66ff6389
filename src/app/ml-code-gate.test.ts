// Whether a repository holds ML code decides if the maturity ladder applies
// (scan/deployment.ts › holdsMlCode): running a trained network and a model
// written in NumPy are ML code; a script that only imports a runtime is not.
import { afterEach, describe, expect, it } from 'vitest';
import { buildRepo, type FileTree } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { holdsMlCode } from '../scan/deployment.js';
import { scanRepository } from './pipeline.js';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

async function holds(files: FileTree): Promise<boolean> {
  const repo = await buildRepo(files);
  cleanups.push(repo.cleanup);
  return holdsMlCode(await scanRepository(repo.root, { history: false }));
}

describe('app: the ML maturity ladder applies to inference and from-scratch models', () => {
  it('counts ONNX Runtime inference and a NumPy model as ML code, but not an import of a runtime', async () => {
    const onnx = py`
      import numpy as np
      import onnxruntime as ort

      session = ort.InferenceSession("yolo.onnx")

      def detect(image):
          return session.run(None, {"images": image.astype(np.float32)})[0]
    `;
    const numpyModel = py`
      import numpy as np

      class LinearRegression:
          def fit(self, X, y):
              self.w = np.linalg.pinv(X) @ y

          def predict(self, X):
              return np.dot(X, self.w)
    `;

    expect(await holds({ 'detect.py': onnx })).toBe(true);
    expect(await holds({ 'linreg.py': numpyModel })).toBe(true);
    expect(await holds({ 'info.py': 'import onnxruntime as ort\nprint(ort.get_device())\n' })).toBe(false);
  });
});
