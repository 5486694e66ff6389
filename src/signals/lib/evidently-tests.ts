// Evidently's data tests, for data_validation (signals.md: data "validated
// by a schema or expectations"). Evidently is catalogued as a drift tool: its
// import, a drift report or a drift test decides drift_monitoring alone. Its
// data-quality tests are expectations on the data and count here:
// - legacy (< 0.7): a TestSuite's integrity and quality tests
//   (`TestNumberOfMissingValues()`, `TestColumnValueMin(column_name=..., gte=0)`)
//   or presets (`DataQualityTestPreset()`, `DataStabilityTestPreset()`);
// - 0.7+: a data-quality metric or preset given its own tests
//   (`MissingValueCount(column="age", tests=[eq(0)])`), or run in a
//   `Report([...], include_tests=True)` (the report tests every metric), met
//   in the same function (or notebook cell) as that report.
// A `Report([DataDriftPreset()], include_tests=True)` tests drift, not the
// data: nothing here. Names come resolved under `evidently`, or bare in a
// file that star-imports an evidently module and binds them no other way.
import {
  EVIDENTLY_DATA_METRIC,
  EVIDENTLY_DATA_TEST,
  EVIDENTLY_DATA_TEST_PRESET,
  EVIDENTLY_INCLUDE_TESTS,
  EVIDENTLY_REPORT,
} from '../../catalog/tools/validation-calls.js';
import type { CallFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import type { Evidence } from '../types.js';
import { callEvidence, callsIn, lastSegment } from './code.js';

const TOOL = 'evidently';

/** Evidence of Evidently data-quality tests in the repository's Python files. */
export function evidentlyDataTests(ctx: DetectContext): Evidence[] {
  return ctx.python.filter((f) => !f.path.endsWith('.pyi') && mentionsEvidently(f)).flatMap(testsIn);
}

function mentionsEvidently(file: PyFile): boolean {
  return file.facts.imports.some((i) => isEvidently(i.module));
}

function isEvidently(module: string): boolean {
  return module === TOOL || module.startsWith(`${TOOL}.`);
}

function testsIn(file: PyFile): Evidence[] {
  const callee = evidentlyCallee(file);
  const out: Evidence[] = [];
  for (const call of file.facts.calls) {
    const name = callee(call);
    if (name === undefined) continue;
    const legacy = EVIDENTLY_DATA_TEST.test(name) || EVIDENTLY_DATA_TEST_PRESET.test(name);
    const ownTests = EVIDENTLY_DATA_METRIC.test(name) && call.kwargs.includes('tests');
    if (legacy || ownTests) out.push(callEvidence(file, call, TOOL));
    else if (name === EVIDENTLY_REPORT && includesTests(call)) {
      const metric = callsIn(file, call.inFunction).find((c) => c.cell === call.cell && EVIDENTLY_DATA_METRIC.test(callee(c) ?? ''));
      if (metric) out.push(callEvidence(file, call, TOOL), callEvidence(file, metric, TOOL));
    }
  }
  return out;
}

/** `include_tests=True` (or the string `"True"`, which Evidently takes as truthy); a variable or False says nothing. */
function includesTests(call: CallFact): boolean {
  if (call.consts?.includes(`${EVIDENTLY_INCLUDE_TESTS}=True`)) return true;
  const at = call.passedAs?.indexOf(EVIDENTLY_INCLUDE_TESTS) ?? -1;
  return at >= 0 && /^true$/i.test(call.strings[at] ?? '');
}

/** The last segment of an Evidently call's name, or undefined for a call of anything else. */
function evidentlyCallee(file: PyFile): (call: CallFact) => string | undefined {
  const starred = file.facts.imports.some((i) => i.name === '*' && isEvidently(i.module));
  const bound = new Set([
    ...file.facts.imports.filter((i) => i.name !== '*').map((i) => i.alias ?? i.name ?? i.module.split('.')[0]),
    ...file.facts.classes.map((c) => c.name),
    ...file.facts.functions.map((f) => f.name),
  ]);
  return (call) => {
    if (isEvidently(call.name)) return lastSegment(call.name);
    return starred && /^\w+$/.test(call.name) && !bound.has(call.name) ? call.name : undefined;
  };
}
