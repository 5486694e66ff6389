import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { deepLearning } from './deep_learning.js';

describe('signals/deep_learning: running a trained network (YOLO, ONNX Runtime, TFLite, OpenVINO)', () => {
  it('counts a YOLO model loaded and run with Ultralytics, also through ultralytics.models', async () => {
    const result = await detect(deepLearning, {
      'detect.py': py`
        from ultralytics import YOLO
        model = YOLO("yolov8n.pt")
        results = model.predict("street.jpg")
      `,
      'track.py': py`
        from ultralytics.models import RTDETR
        detector = RTDETR("rtdetr-l.pt")
        boxes = detector(frame)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['detect.py:2', 'track.py:2']);
  });

  it('counts an ONNX Runtime session with its run call, at both lines', async () => {
    const result = await detect(deepLearning, {
      'infer.py': py`
        import numpy as np
        import onnxruntime as ort

        class Detector:
            def __init__(self, path):
                self.session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])

            def __call__(self, image):
                return self.session.run(None, {"images": image.astype(np.float32)})
      `,
    });

    expect(result.evidence).toMatchObject([
      { location: 'infer.py:6', match: 'onnxruntime.InferenceSession()', tool: 'onnxruntime' },
      { location: 'infer.py:9', match: 'self.session.run()', tool: 'onnxruntime' },
    ]);
  });

  it('counts a TFLite interpreter that is invoked, and an OpenVINO model compiled for a device, in notebooks too', async () => {
    const result = await detect(deepLearning, {
      'edge.py': py`
        import tflite_runtime.interpreter as tflite
        interpreter = tflite.Interpreter(model_path="model.tflite")
        interpreter.allocate_tensors()
        interpreter.invoke()
      `,
      'ov.ipynb': notebook(['import openvino as ov', 'core = ov.Core()\ncompiled = core.compile_model("model.xml", "CPU")']),
    });

    expect(result.evidence.map((e) => e.tool)).toEqual(['tflite-runtime', 'tflite-runtime', 'openvino', 'openvino']);
  });

  it('does not count an import, a session never run, a run of something else, or a runtime in tests', async () => {
    const result = await detect(deepLearning, {
      'requirements.txt': 'onnxruntime==1.17.0\nopenvino\n',
      'providers.py': 'import onnxruntime as ort\nprint(ort.get_available_providers())\n',
      'export.py': 'import onnxruntime\nsession = onnxruntime.InferenceSession("m.onnx")\nprint(session.get_inputs())\n',
      'serve.py': 'import subprocess\nimport onnxruntime as ort\nsess = ort.InferenceSession("m.onnx")\nsubprocess.run(["ls"])\napp.run()\n',
      'lite.py': 'import tflite_runtime.interpreter as tflite\ni = tflite.Interpreter(model_path="m.tflite")\n',
      'tests/test_model.py': 'import onnxruntime as ort\nort.InferenceSession("m.onnx").run(None, {})\n',
    });

    expect(result.present).toBe(false);
  });
});
