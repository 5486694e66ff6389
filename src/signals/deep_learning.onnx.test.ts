// Held-out review (issue 15): an ONNX Runtime session was read as a neural
// network run although the ONNX file was a LightGBM model converted with
// skl2onnx/onnxmltools. ONNX also holds classical models; signals.md counts
// the frameworks "used to build, train, fine-tune or run neural-network
// models". A session counts unless its project converts classical models to
// ONNX and exports no network to it.
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { deepLearning } from './deep_learning.js';

const CONVERT_LIGHTGBM = notebook([
  py`
    import onnxruntime as rt
    from skl2onnx import convert_sklearn, update_registered_converter
    from skl2onnx.common.data_types import FloatTensorType
    from onnxmltools.convert.lightgbm.operator_converters.LightGbm import convert_lightgbm
    from lightgbm import LGBMClassifier
  `,
  'model = LGBMClassifier().fit(X, y)\nonx = convert_sklearn(model, "lgbm", [("input", FloatTensorType([None, 41]))])',
  'sess = rt.InferenceSession("lgbm.onnx")\npred = sess.run(None, {"input": X[:5]})',
]);

const SERVE = py`
  import onnxruntime as ort
  session = ort.InferenceSession("model.onnx")
  outputs = session.run(None, {"input": batch})
`;

describe('signals/deep_learning: ONNX Runtime running a converted classical model', () => {
  it('does not count a session whose project converts only classical models to ONNX', async () => {
    const result = await detect(deepLearning, { 'notebooks/tune.ipynb': CONVERT_LIGHTGBM, 'serve.py': SERVE });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts the sessions when the project also exports a network to ONNX', async () => {
    const torchExport = await detect(deepLearning, {
      'notebooks/tune.ipynb': CONVERT_LIGHTGBM,
      'serve.py': SERVE,
      'export.py': 'import torch\ntorch.onnx.export(net, dummy, "model.onnx")\n',
    });
    const yoloExport = await detect(deepLearning, {
      'convert.py': 'from skl2onnx import to_onnx\nto_onnx(clf, X[:1])\n',
      'serve.py': SERVE,
      'export_yolo.py': 'model.export(format="onnx", imgsz=640)\n',
    });

    expect(locations(torchExport)).toEqual(expect.arrayContaining(['serve.py:2', 'serve.py:3']));
    expect(locations(yoloExport)).toEqual(['serve.py:2', 'serve.py:3']);
  });

  it('judges each project by its own conversions', async () => {
    const result = await detect(deepLearning, {
      'tabular/requirements.txt': 'lightgbm\nskl2onnx\nonnxruntime\n',
      'tabular/tune.ipynb': CONVERT_LIGHTGBM,
      'vision/requirements.txt': 'onnxruntime\n',
      'vision/serve.py': SERVE,
    });

    expect(locations(result)).toEqual(['vision/serve.py:2', 'vision/serve.py:3']);
  });
});
