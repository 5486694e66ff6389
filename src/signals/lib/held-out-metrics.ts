// A model scored by hand on held-out data that the code loads by name
// (model_evaluation): in one function, or at a module's (a notebook's) top
// level, a held-out split is read, from a file named for it (`val.parquet`,
// `splits/test.npz`, `ratings_test.csv`) or into a name for it (`val_df =
// pd.read_parquet(path)`), and a metric of the author's own is computed
// there (`dcg_at_k(relevance)`, `precision_at_k(recs, held_out, 10)`:
// OWN_METRIC). A recommender's ranking metrics over the interactions it was
// not trained on are the common case. The detector counts them only where
// the repository fits a model, as it does metrics computed apart from any
// model. A metric on data not held out, or a held-out file only read or
// written, is no evaluation.
import { OWN_METRIC } from '../../catalog/tools/ml-evaluation-calls.js';
import type { CallFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import type { Evidence } from '../types.js';
import { callEvidence, lastSegment } from './code.js';

/** Calls that read a file in (`pd.read_parquet`, `np.load`, `load_npz`, `json.load`, `open`). */
const READS = /^(read_\w+|read|load|load_npz|loadtxt|genfromtxt|open|from_csv|from_parquet)$/;
/** A held-out split's file name, by a word of its stem: `val.parquet`, `test_ratings.csv`, `ratings-holdout.jsonl`. */
const HELD_OUT_FILE = /(^|[_.-])(test|testing|val|valid|validation|holdout|heldout|held_out)([_.-]|$)/i;
/** A name for a held-out split bound by the read: `val_df`, `df_test`, `test_interactions`, `holdout`. */
const HELD_OUT_NAME = /^(\w+_)?(test|val|valid|validation|holdout|heldout)(_\w+)?$/i;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.\w+$/, '');
}

/** The file names a call reads: its string arguments, and paths written on its line (`splits_dir / "val.parquet"`). */
function namesRead(file: PyFile, call: CallFact): string[] {
  const paths = (file.facts.paths ?? []).filter((p) => p.line === call.line && p.cell === call.cell).map((p) => p.text);
  return [...call.strings, ...paths].filter((s) => /\.\w+$/.test(s)).map(baseName);
}

function readsHeldOut(file: PyFile, call: CallFact): boolean {
  if (!READS.test(lastSegment(call.name))) return false;
  return (call.bound ?? []).some((b) => HELD_OUT_NAME.test(b)) || namesRead(file, call).some((n) => HELD_OUT_FILE.test(n));
}

/** A call of a metric of the author's own (not a list's `append`, not the metric's own recursion). */
function ownMetric(call: CallFact): boolean {
  return OWN_METRIC.test(lastSegment(call.name)) && call.inFunction !== call.name && !call.name.startsWith('?');
}

/** Metric calls of the file computed in a scope that reads a held-out split, with the read first. */
export function heldOutMetrics(file: PyFile): Evidence[] {
  if (file.test) return [];
  const scopes = new Map<string | undefined, CallFact[]>();
  for (const call of file.facts.calls) {
    const list = scopes.get(call.inFunction);
    if (list) list.push(call);
    else scopes.set(call.inFunction, [call]);
  }
  const out: Evidence[] = [];
  for (const calls of scopes.values()) {
    const read = calls.find((c) => readsHeldOut(file, c));
    const metric = read && calls.find(ownMetric);
    if (read && metric) out.push(callEvidence(file, read), callEvidence(file, metric));
  }
  return out;
}
