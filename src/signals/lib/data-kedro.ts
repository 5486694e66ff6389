// Framework-managed input and output (data_engineering): a Kedro pipeline's
// nodes are plain functions that take and return data frames, and Kedro loads
// their inputs and saves their outputs through the project's data catalog
// (`conf/<env>/catalog.yml`: `pandas.ParquetDataset`, `pandas.CSVDataset`,
// `pandas.SQLTableDataset`...), so the job writes data without a write call in
// Python. A node counts when its function, in the repository's own modules,
// joins, aggregates or cleans frames (a merge or group-by, or cleaning among
// two or more distinct operations): a node that renames or passes data
// through is none, and a node that trains or predicts with a model makes a
// model, not data.
import { CLEANING_OPS, MODEL_CALLS, STRUCTURAL_OPS, TRAINING_CALLS } from '../../catalog/tools/data-calls.js';
import type { CallFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { fileEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callEvidence, callsIn } from './code.js';
import { dataStep, distinctOps } from './data.js';
import { ModuleIndex, moduleIndexOf } from './local-modules.js';

/** `kedro.pipeline.node(func, inputs, outputs)`, imported from the package or its `node` module. */
const KEDRO_NODE = /^kedro\.pipeline(\.node|\.modular_pipeline)?\.node$/;
/** Kedro's data catalog: `conf/base/catalog.yml`, `conf/local/catalog_*.yml`, `conf/base/catalog/*.yml`. */
const KEDRO_CATALOG = /(^|\/)conf\/[^/]+\/(catalog[^/]*|catalog\/[^/]+)\.ya?ml$/;

/** The transformation calls of one function of a file: its frame operations when they join, aggregate or clean. */
function nodeTransforms(file: PyFile, fn: string): CallFact[] {
  const own = callsIn(file, fn);
  if (own.some((c) => TRAINING_CALLS.test(c.name) || MODEL_CALLS.test(c.name))) return [];
  const ops = distinctOps(dataStep(file).transforms.filter((c) => c.inFunction === fn));
  const structural = ops.filter((c) => STRUCTURAL_OPS.test(c.name));
  if (structural.length > 0) return [...structural, ...ops.filter((c) => !structural.includes(c))];
  return ops.length >= 2 && ops.some((c) => CLEANING_OPS.test(c.name)) ? ops : [];
}

/** The functions a pipeline module wires into nodes: imported from its own modules, or passed by name in the same file. */
function nodeFunctions(pipeline: PyFile, index: ModuleIndex): { file: PyFile; fn: string }[] {
  const out: { file: PyFile; fn: string }[] = [];
  for (const imp of pipeline.facts.imports) {
    if (!imp.name || imp.unused) continue;
    for (const target of index.resolveImport(imp, pipeline)) {
      if (!target.test && target.facts.functions.some((f) => f.name === imp.name && !f.className)) out.push({ file: target, fn: imp.name });
    }
  }
  const passed = new Set(pipeline.facts.calls.filter((c) => KEDRO_NODE.test(c.name)).flatMap((c) => c.names ?? []));
  for (const f of pipeline.facts.functions) if (!f.className && passed.has(f.name)) out.push({ file: pipeline, fn: f.name });
  return out;
}

/** A Kedro node that transforms frames, cited at its function's operations, its `node(...)` and the data catalog. */
export function kedroNodeEvidence(ctx: DetectContext, modules: readonly PyFile[]): Evidence[] {
  const catalog = ctx.files.find((f) => KEDRO_CATALOG.test(f.path));
  if (!catalog) return [];
  const pipelines = modules.filter((m) => m.facts.calls.some((c) => KEDRO_NODE.test(c.name)));
  if (pipelines.length === 0) return [];
  const index = moduleIndexOf(ctx.python);
  for (const pipeline of pipelines) {
    for (const { file, fn } of nodeFunctions(pipeline, index)) {
      const ops = nodeTransforms(file, fn);
      if (ops.length === 0) continue;
      const wiring = pipeline.facts.calls.find((c) => KEDRO_NODE.test(c.name));
      return [...ops.slice(0, 2).map((c) => callEvidence(file, c)), ...(wiring ? [callEvidence(pipeline, wiring)] : []), fileEvidence(catalog.path, 'Kedro data catalog')];
    }
  }
  return [];
}
