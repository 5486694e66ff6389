// Evidence: a framework's modelling API is called (layers, optimisers, data
// loaders, model loading, `GradientTape`, `jax.grad`: the catalogue's
// `calls`), a network class is defined, or a pretrained Hugging Face model is
// run on a torch device the code chooses (borderline, devset convention), or
// a model file run by an inference runtime (ONNX Runtime, TFLite, OpenVINO:
// the session and its run call in one file).
// An import, a seed or `torch.tensor` alone builds nothing.
import { HF_MODEL_LOAD, NN_RUNTIMES, NOT_A_MODEL_RUN, TORCH_DEVICE } from '../catalog/tools/ml-calls.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { callEvidence } from './lib/code.js';
import { classEvidence, modelClasses } from './lib/models.js';
import type { Evidence } from './types.js';

/** A Hugging Face model loaded in a file that picks the torch device or dtype for it. */
function wrappedTorchModels(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python) {
    const load = file.facts.calls.find((c) => HF_MODEL_LOAD.test(c.name));
    const device = file.facts.calls.find((c) => TORCH_DEVICE.test(c.name));
    if (load && device) out.push(callEvidence(file, device, 'pytorch'), callEvidence(file, load, 'pytorch'));
  }
  return out;
}

/** A network run by an inference runtime: the session that loads the model file, and the call that runs it, in one non-test file. */
function runtimeRuns(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python) {
    if (file.test) continue;
    for (const rt of NN_RUNTIMES) {
      const load = file.facts.calls.find((c) => rt.load.test(c.name));
      const run = load && file.facts.calls.find((c) => c !== load && rt.run.test(c.name) && !NOT_A_MODEL_RUN.test(c.name));
      if (load && run) out.push(callEvidence(file, load, rt.tool), callEvidence(file, run, rt.tool));
    }
  }
  return out;
}

export const deepLearning = defineDetector({
  id: 'deep_learning',
  area: 'ml',
  rule: 'PyTorch, TensorFlow/Keras, JAX/Flax, PyTorch Lightning, fastai are used to build, train, fine-tune or run neural-network models.',
  uses: 'call',
  detect: (ctx, found) => [...modelClasses(ctx).filter((m) => m.neural).map(classEvidence), ...found, ...wrappedTorchModels(ctx), ...runtimeRuns(ctx)],
});
