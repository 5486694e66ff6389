// Evaluation metrics, told apart from the application's own checks of its
// LLM's reply (guardrails; signals.md: "the application's own LLM input or
// output is constrained or checked"). A check of the reply is a guardrail
// where the application acts on the reply it uses; a function that scores a
// reply against a labelled answer, or that an optimiser or evaluator is
// given as its metric, grades the program over a labelled set: that is
// evaluation (llm_evals), however it is named (`validate_answer`,
// `check_output`). A metric is:
// - handed to a call by name as its metric (`BootstrapFewShot(metric=
//   validate_answer)`, `dspy.Evaluate(devset=dev, metric=check_answer)`,
//   `scorer=`), anywhere in the repository, evaluation code included; a
//   function handed as a reward to a module that retries at run time
//   (`dspy.Refine(reward_fn=...)`, `dspy.BestOfN`) is not one;
// - written to an evaluator's metric protocol: a labelled example first and
//   the optimiser's `trace` (DSPy: `def validate_answer(example, pred,
//   trace=None)`), or a parameter naming the labelled answer itself
//   (`ground_truth`, `gold_answer`, `expected_answer`): an application at run
//   time has no labelled answer to compare its reply with.
// (Held-out BT: a DSPy metric `validate_answer(example, pred, trace=None)`
// passed to BootstrapFewShot and tallied over the training examples.)
import type { FunctionFact } from '../../parse/types.js';
import type { DetectContext } from '../context.js';
import { lastSegment } from './code.js';

/** Keywords an optimiser or evaluator takes its scoring function by (`metric=`, `metric_fn=`, `scorer=`). */
const METRIC_KEYWORDS = /^(metrics?|metric_(fn|func|function)|scorers?|scoring_(fn|func|function)|score_(fn|func|function))$/;
/** A labelled example first in a metric's parameters (DSPy: `example`, `gold`). */
const LABELLED_EXAMPLE = /^(example|gold|ex|gold_example)$/;
/** Parameters that are the labelled answer itself. */
const LABELLED_ANSWER = /^(ground_?truths?|gt_answer|gold_(answer|output|label)s?|expected_(answer|output)s?|true_answers?|correct_answers?)$/i;

/** The names of the repository's functions handed to a call as its metric (`metric=validate_answer`, `metric=self.check`). */
export function metricNames(ctx: DetectContext): Set<string> {
  const out = new Set<string>();
  for (const file of ctx.python) {
    for (const c of file.facts.calls) {
      for (const r of c.refs ?? []) {
        const m = /^(\w+)=([\w.]+)$/.exec(r);
        if (m && METRIC_KEYWORDS.test(m[1])) out.add(lastSegment(m[2]));
      }
    }
  }
  return out;
}

/** A function written to an evaluator's metric protocol: a labelled example first and the optimiser's `trace`, or the labelled answer as a parameter. */
export function metricProtocol(fn: FunctionFact): boolean {
  const params = fn.params ?? [];
  if (params.length >= 2 && LABELLED_EXAMPLE.test(params[0]) && params.includes('trace')) return true;
  return params.some((p) => LABELLED_ANSWER.test(p));
}

/** An evaluation metric: handed to a call as its metric (`metrics`: metricNames), or written to a metric's protocol. */
export const isMetric = (fn: FunctionFact, metrics: ReadonlySet<string>): boolean => metrics.has(fn.name) || metricProtocol(fn);
