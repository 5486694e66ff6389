// A pretrained Hugging Face model loaded to run here: by the library itself
// (`SentenceTransformer(...)`, `AutoModel.from_pretrained(...)`,
// `transformers.pipeline(...)`) or by a framework class that runs it
// (LangChain's `HuggingFaceEmbeddings`, LlamaIndex's `HuggingFaceLLM`).
// deep_learning counts such a model run on a torch device the code chooses
// (a torch device call in the file, a device or torch dtype keyword on the
// load itself, or the loaded model moved with `.to("cuda")` / `.cuda()`),
// and a device probe beside one is not seeding only (lib/seed-only.ts).
import { matchesAny } from '../../catalog/index.js';
import { DEVICE_KWARGS, DEVICE_STRING, DTYPE_KWARGS, HF_MODEL_LOAD, MODEL_TO_DEVICE, SENTENCE_TRANSFORMERS_WRAPPERS, TRANSFORMERS_WRAPPERS } from '../../catalog/tools/ml-calls.js';
import type { CallFact } from '../../parse/types.js';

const WRAPPERS = [...SENTENCE_TRANSFORMERS_WRAPPERS, ...TRANSFORMERS_WRAPPERS];

export function loadsHfModel(call: CallFact): boolean {
  return HF_MODEL_LOAD.test(call.name) || matchesAny(call.name, WRAPPERS);
}

/**
 * The load chooses the device or torch dtype its model runs in: `device=`, `device_map=`, `torch_dtype=`, or a
 * `"device"` key in its model settings.
 */
export function setsDevice(call: CallFact): boolean {
  return call.kwargs.some((k) => DEVICE_KWARGS.includes(k) || DTYPE_KWARGS.includes(k)) || (call.keys ?? []).includes('device');
}

/**
 * A call that moves one of `loads` to a device: `.cuda()`, or `.to(...)` given a device string (`"cuda"`) or a
 * device variable, on the name a load was assigned to (`pipe = ...from_pretrained(...)` then `pipe.to("cuda")`) or
 * chained on the load itself. A `.to(...)` given anything else (a dtype, a path) moves nothing.
 */
export function movedToDevice(calls: readonly CallFact[], loads: readonly CallFact[]): CallFact | undefined {
  const bound = new Set(loads.flatMap((l) => l.bound ?? []));
  const chained = new Set(loads.map((l) => `${l.name}()`));
  return calls.find((c) => {
    const dot = c.name.lastIndexOf('.');
    if (dot < 0 || !MODEL_TO_DEVICE.test(c.name.slice(dot + 1))) return false;
    const target = c.name.slice(0, dot);
    if (!bound.has(target) && !(target === '?' && c.receiver !== undefined && chained.has(c.receiver))) return false;
    if (c.name.endsWith('.cuda')) return true;
    const names = [...(c.names ?? []), ...(c.refs ?? [])];
    return c.strings.some((s) => DEVICE_STRING.test(s)) || names.some((n) => /device/i.test(n));
  });
}
