// Catalogue ids a person never writes: the detector groupings the lexicon
// excludes (`llamaindex-llm`, `langchain-agents`, `wandb-sweeps`) stand for a
// product (LlamaIndex, LangChain, Weights & Biases). Claims and strengths
// speak of the product, never of the grouping id.
import { TOOLS, type ToolSpec } from '../catalog/index.js';
import { getLexicon } from './lexicon.js';

let cache: Map<string, string> | undefined;

/** True when `module` is `prefix` or one of its submodules (`llama_index.llms` under `llama_index`). */
function under(module: string, prefix: string): boolean {
  return module === prefix || module.startsWith(`${prefix}.`);
}

/**
 * The product a grouping belongs to: the one tool whose imports hold the
 * grouping's modules, else the tool named by its id's first word. A grouping
 * spanning several products' modules (structured output, moderation) has
 * none: naming one of them would credit it with another's code (LlamaIndex
 * agent lines read as LangChain, real-people review).
 */
function parentOf(grouping: ToolSpec, products: readonly ToolSpec[]): string | undefined {
  const names = [...grouping.imports, ...(grouping.calls ?? [])];
  const owners = new Set(products.filter((tool) => tool.imports.some((prefix) => names.some((n) => under(n, prefix)))).map((t) => t.id));
  const head = grouping.id.split('-')[0];
  // Files or wildcard calls reach beyond any one product's modules.
  const open = (grouping.files?.length ?? 0) > 0 || names.some((n) => n.startsWith('*'));
  if (owners.size > 1) return undefined;
  if (owners.size === 1 && !open) return [...owners][0];
  if (owners.size === 0 || owners.has(head)) return products.find((t) => t.id === head)?.id;
  return undefined;
}

function build(): Map<string, string> {
  const excluded = new Set(getLexicon().excluded);
  const products = TOOLS.filter((t) => !excluded.has(t.id));
  const map = new Map<string, string>();
  for (const tool of TOOLS) {
    if (!excluded.has(tool.id)) continue;
    const parent = parentOf(tool, products);
    if (parent) map.set(tool.id, parent);
  }
  return map;
}

/**
 * The product id a catalogue id is shown as: itself for a product, the
 * product for a grouping, undefined for a grouping that names no product
 * (a concept such as `structured-output`).
 */
export function productOf(tool: string): string | undefined {
  cache ??= build();
  if (cache.has(tool)) return cache.get(tool);
  return getLexicon().excluded.includes(tool) ? undefined : tool;
}
