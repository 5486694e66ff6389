// Loads of a model the repository trains itself, kept as plain arrays or
// pickles: a file that fits a model (MODEL_FIT) saves a file
// (`np.save(assets / "movie_embeddings.npy", model.item_factors)`,
// `joblib.dump`, `torch.save`), and other code loads a file of that name
// back (`np.load(assets / "movie_embeddings.npy")`). The load runs the
// trained model wherever the code uses what it loaded: a recommender's
// embeddings are its model. Matched by file name (`movie_embeddings.npy`),
// written by a literal or a pathlib chain; a load of a file no training
// writes (a data array, a cache) is none.
import { MODEL_FIT } from '../../catalog/tools/ml-evaluation-calls.js';
import type { CallFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { lastSegment } from './code.js';

/** Calls that save arrays, weights or a pickled object. */
const SAVES = /^(numpy\.(save|savez|savez_compressed)|joblib\.dump|(pickle|cloudpickle|dill)\.dump|torch\.save|safetensors\.\w+\.save_file)$|\.(save_model|save_weights)$/;
/** Calls that load them back. */
const LOADS = /^(numpy\.load|joblib\.load|(pickle|cloudpickle|dill)\.load|torch\.load|safetensors\.\w+\.load_file)$|\.(load_model|load_weights)$/;
/** File names too common to tie a load to one training run. */
const GENERIC_NAME = /^(data|model|weights|output|out|result|results|tmp|temp|cache|array|arrays)\.\w+$/i;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The file names a save or load call names: its strings, and the paths written on its line. */
function fileNames(file: PyFile, call: CallFact): string[] {
  const paths = (file.facts.paths ?? []).filter((p) => p.line === call.line && p.cell === call.cell).map((p) => p.text);
  return [...call.strings, ...paths].map(baseName).filter((n) => /^[\w.-]+\.\w+$/.test(n) && !n.includes('*') && !GENERIC_NAME.test(n));
}

const CACHE = new WeakMap<readonly PyFile[], Map<PyFile, CallFact[]>>();

/** The load calls, by file, of files that the repository's training code writes (see the module comment). */
export function trainedLoads(files: readonly PyFile[]): Map<PyFile, CallFact[]> {
  const cached = CACHE.get(files);
  if (cached) return cached;
  const written = new Set<string>();
  for (const file of files) {
    if (file.test || !file.facts.calls.some((c) => MODEL_FIT.test(lastSegment(c.name)))) continue;
    for (const call of file.facts.calls.filter((c) => SAVES.test(c.name))) for (const n of fileNames(file, call)) written.add(n);
  }
  const out = new Map<PyFile, CallFact[]>();
  if (written.size > 0) {
    for (const file of files) {
      if (file.test) continue;
      const loads = file.facts.calls.filter((c) => LOADS.test(c.name) && fileNames(file, c).some((n) => written.has(n)));
      if (loads.length > 0) out.set(file, loads);
    }
  }
  CACHE.set(files, out);
  return out;
}
