// A pretrained Hugging Face model loaded to run here: by the library itself
// (`SentenceTransformer(...)`, `AutoModel.from_pretrained(...)`,
// `transformers.pipeline(...)`) or by a framework class that runs it
// (LangChain's `HuggingFaceEmbeddings`, LlamaIndex's `HuggingFaceLLM`).
// deep_learning counts such a model run on a torch device the code chooses
// (a torch device call in the file, or a device keyword on the load itself),
// and a device probe beside one is not seeding only (lib/seed-only.ts).
import { matchesAny } from '../../catalog/index.js';
import { DEVICE_KWARGS, HF_MODEL_LOAD, SENTENCE_TRANSFORMERS_WRAPPERS, TRANSFORMERS_WRAPPERS } from '../../catalog/tools/ml-calls.js';
import type { CallFact } from '../../parse/types.js';

const WRAPPERS = [...SENTENCE_TRANSFORMERS_WRAPPERS, ...TRANSFORMERS_WRAPPERS];

export function loadsHfModel(call: CallFact): boolean {
  return HF_MODEL_LOAD.test(call.name) || matchesAny(call.name, WRAPPERS);
}

/** The load chooses the device its model runs on: `device=`, `device_map=`, or a `"device"` key in its model settings. */
export function setsDevice(call: CallFact): boolean {
  return call.kwargs.some((k) => DEVICE_KWARGS.includes(k)) || (call.keys ?? []).includes('device');
}
