// Ollama Modelfiles (https://github.com/ollama/ollama/blob/main/docs/modelfile.md):
// `SYSTEM` sets the model's system prompt and `MESSAGE` adds example turns, so
// a Modelfile holding either keeps the application's prompt in a file of its
// own. `FROM`, `PARAMETER`, `LICENSE` and a `TEMPLATE` that only lays out the
// chat format (`{{ .System }}`, `{{ .Prompt }}`) hold no prompt. Only where a
// directive is, never its text, becomes a fact.
import type { ConfigFact, FileFacts } from './types.js';

/** A directive at the start of a line, case-insensitive as Ollama reads it, with something after it. */
const PROMPT_DIRECTIVE = /^\s*(SYSTEM|MESSAGE)\s+\S/i;

/** ConfigFacts `modelfile:system` and `modelfile:message` at the lines of those directives. */
export function parseModelfile(text: string): Partial<FileFacts> {
  const configs: ConfigFact[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const match = PROMPT_DIRECTIVE.exec(raw);
    if (!match) continue;
    const directive = match[1].toUpperCase();
    configs.push({ key: `modelfile:${directive.toLowerCase()}`, text: directive, line: i + 1 });
  }
  return configs.length > 0 ? { configs } : {};
}
