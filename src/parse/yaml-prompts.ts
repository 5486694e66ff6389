// Prompts kept in a YAML configuration file: a key named for prompts
// (`prompts:`, `system_prompt:`, `qa_prompt_template:`, `systemPrompt:`)
// whose value holds prompt text, at any depth of the document. Only the key
// is recorded, never the value: a configuration file can hold secrets too.
// Keys inside the items of a list are data records (evaluation cases), not configuration.
// JSON named as configuration (`app.config.json`, `settings.json`) is read the
// same way: JSON is YAML, and a prompt key there is the same artefact.
import type { ConfigFact } from './types.js';
import type { YamlFile } from './yaml-nodes.js';
import { entries, isMapNode, items, readYaml, str } from './yaml-nodes.js';

/** Keys named for prompts: ending in `prompt(s)` (`system_prompt`, `systemPrompt`, `prompts`), or `prompt_template(s)`. */
const PROMPT_KEY = /(^|[_.-])[Pp]rompts?$|[a-z]Prompts?$|(^|[_.-])[Pp]rompts?[_-]?[Tt]emplates?$/;
/** Maps walked at most this deep, and strings looked at under one key at most this many. */
const MAX_DEPTH = 8;
const MAX_VALUES = 200;
/** Prompt keys recorded per file at most. */
const MAX_FACTS = 20;

/** Prompt text, as for Python prose (parse/python.ts): several lines, or a sentence of 26 characters or more with three spaces. */
export function isPromptText(text: string): boolean {
  const flat = text.trim().replace(/\s+/g, ' ');
  if (flat.length < 26) return false;
  return text.trim().includes('\n') || (flat.match(/ /g)?.length ?? 0) >= 3;
}

/** ConfigFacts `prompt:config` whose text is the dotted key, at the key's line. */
export function yamlPrompts(file: YamlFile): ConfigFact[] {
  const out: ConfigFact[] = [];
  for (const root of file.roots) walk(file, root, '', 0, out);
  return out;
}

/** Above this size a JSON file is data, not a configuration written by hand: not read for prompts. */
const MAX_JSON_BYTES = 128 * 1024;

/** The prompt keys of JSON named as configuration (parse/index.ts JSON_CONFIG), as for YAML; none when it does not parse. */
export function jsonPrompts(text: string): ConfigFact[] {
  if (text.length > MAX_JSON_BYTES || !/prompt/i.test(text)) return [];
  const file = readYaml(text, 1);
  return file.error ? [] : yamlPrompts(file);
}

function walk(file: YamlFile, node: unknown, path: string, depth: number, out: ConfigFact[]): void {
  if (depth > MAX_DEPTH || out.length >= MAX_FACTS) return;
  // Maps only: a `prompt:` in the items of a list is a record of data (evaluation cases, examples), not the application's prompt.
  const children = entries(file, node).map((e) => ({ ...e, path: path ? `${path}.${e.key}` : e.key }));
  for (const child of children) {
    if (out.length >= MAX_FACTS) return;
    if (PROMPT_KEY.test(child.key) && holdsText(file, child.value, 0, { left: MAX_VALUES })) {
      out.push({ key: 'prompt:config', text: child.path, line: child.line });
      continue;
    }
    walk(file, child.value, child.path, depth + 1, out);
  }
}

/** Whether a value, or a string inside it, is prompt text (a prompts map of named texts, a list of messages). */
function holdsText(file: YamlFile, node: unknown, depth: number, budget: { left: number }): boolean {
  if (depth > MAX_DEPTH || --budget.left < 0) return false;
  const text = str(file, node);
  if (text !== undefined) return isPromptText(text);
  const values = isMapNode(file, node) ? entries(file, node).map((e) => e.value) : items(file, node);
  return values.some((v) => holdsText(file, v, depth + 1, budget));
}
