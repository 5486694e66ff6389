// signals.md › prompt_management: prompts are managed as artefacts rather than inlined at call sites: template files or a dedicated prompts module, versioned prompt registries (Langfuse/LangSmith prompts), DSPy programs, prompt tes...
import { defineDetector } from './define.js';

export const promptManagement = defineDetector({
  id: 'prompt_management',
  area: 'llm',
});
