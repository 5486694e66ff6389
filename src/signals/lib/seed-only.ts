// Seeding is not use of a framework. A reproducibility helper that seeds every
// library it finds (`torch.manual_seed(seed)`, `tf.random.set_seed(seed)`,
// often inside `try: import torch except ImportError`) builds, trains and runs
// nothing with it: in such a file the framework is mentioned, not used
// (real-people review: "PyTorch: used" from a seed helper alone). A device
// probe beside a pretrained model the file loads is another matter: it picks
// the device the model runs on (`HuggingFaceEmbeddings(model_kwargs={"device":
// "cuda" if torch.cuda.is_available() else "cpu"})`), so torch runs a network
// there (deep_learning's convention).
import { matchesAny, type ToolSpec } from '../../catalog/index.js';
import type { CallFact } from '../../parse/types.js';
import type { PyFile } from '../py-files.js';
import { loadsHfModel } from './hf-models.js';

/**
 * Calls that seed a library or ask which device it has, nothing more:
 * `torch.manual_seed`, `torch.cuda.manual_seed_all`, `tf.random.set_seed`,
 * `np.random.seed`, `torch.cuda.is_available`, `torch.use_deterministic_algorithms`.
 */
const SEEDING = /(^|\.)(manual_seed(_all)?|seed(_all)?|set_seed|set_random_seed|set_global_seed|use_deterministic_algorithms|enable_op_determinism|is_available|device_count)$/;
/** The calls of SEEDING that ask for a device. */
const DEVICE_PROBE = /(^|\.)(is_available|device_count)$/;

function toolCalls(file: PyFile, spec: ToolSpec): CallFact[] {
  return file.facts.calls.filter((c) => matchesAny(c.name, spec.imports));
}

/**
 * The tool is only seeded in this file: it is imported as a whole module
 * (`import torch`, not `from torch import nn`), every call of it seeds or
 * checks a device, there is at least one, and no class derives from it. A
 * device probe in a file that loads a pretrained model chooses where the
 * model runs: not seeding.
 */
export function onlySeeds(file: PyFile, spec: ToolSpec): boolean {
  if (spec.imports.length === 0) return false;
  const imports = file.facts.imports.filter((i) => matchesAny(i.module, spec.imports));
  if (imports.some((i) => i.name !== undefined && !SEEDING.test(i.name))) return false;
  const calls = toolCalls(file, spec);
  if (calls.length === 0 || !calls.every((c) => SEEDING.test(c.name))) return false;
  if (calls.some((c) => DEVICE_PROBE.test(c.name)) && file.facts.calls.some(loadsHfModel)) return false;
  return !file.facts.classes.some((cls) => cls.bases.some((b) => matchesAny(b, spec.imports)));
}
