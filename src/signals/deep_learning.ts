// Evidence: a framework's modelling API is called (layers, optimisers, data
// loaders, model loading, `GradientTape`, `jax.grad`: the catalogue's
// `calls`), a network class is defined, or a pretrained Hugging Face model is
// run on a torch device the code chooses (a torch device call, a device or
// torch dtype keyword on the load, or the loaded model or pipeline moved with
// `.to("cuda")`: borderline, devset convention; transformers, sentence-
// transformers, diffusers and Optimum alike), or
// a model file run by an inference runtime (ONNX Runtime, TFLite, OpenVINO:
// the session and its run call in one file), unless the project makes its
// ONNX files from classical models only (skl2onnx, onnxmltools: a converted
// LightGBM run in a session is no neural network). The Hugging Face model may be
// loaded through a framework class that runs it (LangChain's
// `HuggingFaceEmbeddings`: lib/hf-models.ts).
// An import, a seed or `torch.tensor` alone builds nothing.
import { matchesAny } from '../catalog/index.js';
import { NETWORK_EXPORT_METHOD, NETWORK_TO_ONNX, NN_RUNTIMES, NOT_A_MODEL_RUN, TORCH_DEVICE } from '../catalog/tools/ml-calls.js';
import type { CallFact } from '../parse/types.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { callEvidence } from './lib/code.js';
import { loadsHfModel, movedToDevice, setsDevice } from './lib/hf-models.js';
import { classEvidence, modelClasses } from './lib/models.js';
import type { Evidence } from './types.js';

/**
 * A Hugging Face model loaded with a device or dtype keyword (`pipeline(..., device="cpu")`),
 * or loaded in a file that picks the torch device for it or moves it to one. A
 * wrapped model with no device chosen runs in the library's defaults: not counted.
 */
function wrappedTorchModels(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python) {
    const loads = file.facts.calls.filter(loadsHfModel);
    const placed = loads.find(setsDevice);
    const device = loads.length > 0 && (file.facts.calls.find((c) => TORCH_DEVICE.test(c.name)) ?? movedToDevice(file.facts.calls, loads));
    if (device) out.push(callEvidence(file, device, 'pytorch'), callEvidence(file, placed ?? loads[0], 'pytorch'));
    else if (placed) out.push(callEvidence(file, placed, 'pytorch'));
  }
  return out;
}

/** A network exported to ONNX by a method of its model: `model.export(format="onnx")`, Lightning's `model.to_onnx(...)`. */
function exportsNetwork(call: CallFact): boolean {
  if (matchesAny(call.name, NETWORK_TO_ONNX)) return true;
  if (!NETWORK_EXPORT_METHOD.test(call.name) || call.name.startsWith('skl2onnx.')) return false;
  return call.name.endsWith('.to_onnx') || (call.kwargs.includes('format') && call.strings.some((s) => /^onnx$/i.test(s)));
}

/**
 * Projects whose model files for the runtime come from a classical converter
 * (skl2onnx, onnxmltools' tree converters) and which export no network to
 * that format: their sessions run a classical model.
 */
function classicalProjects(ctx: DetectContext, sources: readonly string[]): Set<string> {
  const classical = new Set<string>();
  const network = new Set<string>();
  for (const file of ctx.python) {
    const project = ctx.projectOf(file.path);
    if (file.facts.calls.some((c) => matchesAny(c.name, sources))) classical.add(project);
    if (file.facts.calls.some(exportsNetwork)) network.add(project);
  }
  return new Set([...classical].filter((p) => !network.has(p)));
}

/**
 * A network run by an inference runtime: the session that loads the model
 * file, and the call that runs it, in one non-test file, unless the
 * project's model files for that runtime are converted classical models.
 */
function runtimeRuns(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const rt of NN_RUNTIMES) {
    // Worked out only for a repository that runs a session at all (most run none).
    let classical: Set<string> | undefined;
    for (const file of ctx.python) {
      if (file.test) continue;
      const load = file.facts.calls.find((c) => rt.load.test(c.name));
      const run = load && file.facts.calls.find((c) => c !== load && rt.run.test(c.name) && !NOT_A_MODEL_RUN.test(c.name));
      if (!load || !run) continue;
      classical ??= rt.classicalSources ? classicalProjects(ctx, rt.classicalSources) : new Set<string>();
      if (!classical.has(ctx.projectOf(file.path))) out.push(callEvidence(file, load, rt.tool), callEvidence(file, run, rt.tool));
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
