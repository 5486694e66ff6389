// TensorFlow training loops written by hand without a GradientTape: a TF1
// optimiser's `minimize(loss)` train op run in a session (`sess.run(train_op)`
// for each epoch), or a Keras optimiser's `minimize` stepping at once. Read
// by custom_training_loop.
import { matchesAny } from '../../catalog/index.js';
import { KERAS_OPTIMIZER, NOT_A_MODEL_RUN, TF1_OPTIMIZER, TF1_SESSIONS, TF_INITIALIZERS } from '../../catalog/tools/ml-calls.js';
import type { CallFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';

/** `opt.minimize(...)` on a name the file binds to one of the optimisers, or `tf.train.AdamOptimizer(...).minimize(...)`. */
function minimizeCalls(file: PyFile, optimizer: RegExp): CallFact[] {
  const made = file.facts.calls.filter((c) => optimizer.test(c.name));
  if (made.length === 0) return [];
  const names = new Set(made.flatMap((c) => c.bound ?? []));
  return file.facts.calls.filter((c) => {
    if (!c.name.endsWith('.minimize')) return false;
    const on = c.name.slice(0, -'.minimize'.length);
    if (on === '?') return c.receiver !== undefined && optimizer.test(c.receiver.replace(/\(\)$/, ''));
    // `self.optimizer.minimize(...)`: an attribute named for the optimiser the file makes.
    return names.has(on) || /^self\.\w*opt/i.test(on);
  });
}

/** The session run that steps the train op: after it is built, not one that only initialises variables. */
function stepRun(file: PyFile, after: CallFact): CallFact | undefined {
  const init = new Set(file.facts.calls.filter((c) => matchesAny(c.name, TF_INITIALIZERS)).map((c) => `${c.cell ?? ''}:${c.line}`));
  const runs = file.facts.calls.filter((c) => /(^|\.)run$/.test(c.name) && c.name !== 'run' && !NOT_A_MODEL_RUN.test(c.name) && !init.has(`${c.cell ?? ''}:${c.line}`));
  const later = runs.filter((c) => (c.cell ?? 0) > (after.cell ?? 0) || ((c.cell ?? 0) === (after.cell ?? 0) && c.line > after.line));
  return later[0] ?? runs[0];
}

/** The calls of a hand-written TensorFlow loop without a tape in one file: the optimiser step and, for TF1, its session run. */
export function tfMinimizeLoop(file: PyFile): CallFact[] {
  const keras = minimizeCalls(file, KERAS_OPTIMIZER);
  if (keras.length > 0) return [keras[0]];
  const tf1 = minimizeCalls(file, TF1_OPTIMIZER);
  if (tf1.length === 0 || !file.facts.calls.some((c) => matchesAny(c.name, TF1_SESSIONS))) return [];
  const run = stepRun(file, tf1[0]);
  return run ? [tf1[0], run] : [];
}
