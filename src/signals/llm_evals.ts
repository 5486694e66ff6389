// signals.md › llm_evals: LLM output is graded automatically: ragas, DeepEval, promptfoo, TruLens, OpenAI Evals, Inspect, LangSmith/Langfuse evaluations, or a hand-written harness that scores outputs against a labelled set.
import { defineDetector } from './define.js';

export const llmEvals = defineDetector({
  id: 'llm_evals',
  area: 'llm',
});
