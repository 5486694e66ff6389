// Evidence: a backward pass and an optimiser step in one function (or else
// in one file), a `GradientTape`, a TensorFlow optimiser's `minimize` step
// (a TF1 train op run in a session in the same file: lib/tf-loops.ts), a JAX
// gradient with an update applied in the same file, or a `training_step`
// method that does not hand the step to `super().training_step()`. Test
// files do not count.
import { matchesAny } from '../catalog/index.js';
import { BACKWARD, GRADIENT_TAPE, JAX_GRAD, JAX_UPDATE, OPTIMIZER_STEP, OPTIMIZER_ZERO, TRAINING_STEP_METHODS } from '../catalog/tools/ml-calls.js';
import type { CallFact } from '../parse/types.js';
import type { DetectContext, PyFile } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence } from './evidence.js';
import { callEvidence, callsIn } from './lib/code.js';
import type { Evidence } from './types.js';
import { perFile } from './per-file.js';
import { tfMinimizeLoop } from './lib/tf-loops.js';

/** Calls matching both pattern lists, preferring a pair inside one function. */
function pair(file: PyFile, first: readonly string[], second: readonly string[]): CallFact[] {
  const a = file.facts.calls.filter((c) => matchesAny(c.name, first));
  const b = file.facts.calls.filter((c) => matchesAny(c.name, second));
  if (a.length === 0 || b.length === 0) return [];
  for (const x of a) {
    const y = b.find((c) => c.inFunction !== undefined && c.inFunction === x.inFunction);
    if (y) return [x, y];
  }
  return [a[0], b[0]];
}

function firstOf(a: CallFact[], b: CallFact[]): CallFact[] {
  return a.length > 0 ? a : b;
}

/** The method calls the framework's own step (`return super().training_step(*args)`): it writes none. */
function delegates(file: PyFile, scope: string, method: string): boolean {
  return callsIn(file, scope).some((c) => c.name === `?.${method}` && c.receiver === 'super()');
}

const fileLoops = perFile(findLoops, { warm: (file) => !file.test });

function findLoops(file: PyFile): Evidence[] {
  const calls = [
    ...firstOf(pair(file, BACKWARD, OPTIMIZER_STEP), pair(file, BACKWARD, OPTIMIZER_ZERO)),
    ...file.facts.calls.filter((c) => matchesAny(c.name, GRADIENT_TAPE)),
    ...tfMinimizeLoop(file),
    ...pair(file, JAX_GRAD, JAX_UPDATE),
  ];
  const steps = file.facts.functions.filter((f) => f.className && TRAINING_STEP_METHODS.includes(f.name) && !delegates(file, `${f.className}.${f.name}`, f.name));
  return [
    ...calls.map((c) => callEvidence(file, c)),
    ...steps.map((f) => codeEvidence(file.path, f, `def ${f.className}.${f.name}()`, 'function')),
  ];
}

function detectTrainingLoops(ctx: DetectContext): Evidence[] {
  return ctx.python.filter((f) => !f.test).flatMap(fileLoops);
}

export const customTrainingLoop = defineDetector({
  id: 'custom_training_loop',
  area: 'ml',
  rule: 'the author writes a training loop: `loss.backward()` with `optimizer.step()`, `tf.GradientTape`, a JAX gradient update, or a Lightning `training_step`; `.fit()` or `Trainer(...).train()` alone does not count.',
  detect: detectTrainingLoops,
});
