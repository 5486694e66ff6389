// signals.md › guardrails: the application's own LLM input or output is constrained or checked: Guardrails AI, NeMo Guardrails, LLM Guard, Llama Guard, structured output validation of the app's responses (instructor, pydanti...
import { defineDetector } from './define.js';

export const guardrails = defineDetector({
  id: 'guardrails',
  area: 'llm',
});
