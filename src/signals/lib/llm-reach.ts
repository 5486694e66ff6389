// How far a file is from the repository's LLM calls through its own imports.
// An application often calls the model behind an abstraction of its own
// (`providers/openai_provider.py` under `pipelines/rag.py` under
// `evaluation/safety.py`): one import level (lib/llm.ts `reachesLlm`) does not
// see it. Used by llm_evals (an evaluation module that scores the pipeline's
// answers) and guardrails (a checker the pipeline runs on its answers); rag
// asks the same of the files that use a vector store.
import type { DetectContext, PyFile } from '../context.js';
import { moduleIndexOf } from './local-modules.js';
import { llmPaths } from './llm.js';

const indexOf = (ctx: DetectContext) => moduleIndexOf(ctx.python);

const isPackage = (file: PyFile): boolean => /(^|\/)__init__\.py$/.test(file.path);

/**
 * True when the file calls an LLM, or one of the repository modules it
 * imports does, within `hops` import steps; a package's `__init__.py` (which
 * re-exports its modules) costs no step.
 */
export function llmWithin(ctx: DetectContext, file: PyFile, hops: number): boolean {
  let byHops = WITHIN.get(ctx);
  if (!byHops) WITHIN.set(ctx, (byHops = new Map()));
  let answers = byHops.get(hops);
  if (!answers) byHops.set(hops, (answers = new Map()));
  let answer = answers.get(file);
  if (answer === undefined) answers.set(file, (answer = reachesWithin(ctx, file, hops, llmPaths(ctx))));
  return answer;
}

/** llmWithin's answers, per context, by hops and file: guardrails and llm_evals ask them of the same files again and again. */
const WITHIN = new WeakMap<DetectContext, Map<number, Map<PyFile, boolean>>>();

/**
 * True when the file is one of `targets` (paths), or one of the repository
 * modules it imports is, within `hops` import steps (a package's
 * `__init__.py` costs none): the LLM code (llmWithin), or a vector store the
 * code reaches through the repository's own wrapper class (rag).
 */
export function reachesWithin(ctx: DetectContext, file: PyFile, hops: number, targets: ReadonlySet<string>): boolean {
  const index = indexOf(ctx);
  const seen = new Set<PyFile>([file]);
  let frontier = [{ file, left: hops }];
  while (frontier.length > 0) {
    const next: { file: PyFile; left: number }[] = [];
    for (const { file: at, left } of frontier) {
      if (targets.has(at.path)) return true;
      for (const imp of at.facts.imports) {
        for (const target of index.resolveImport(imp, at)) {
          const cost = isPackage(target) ? 0 : 1;
          if (seen.has(target) || left < cost) continue;
          seen.add(target);
          next.push({ file: target, left: left - cost });
        }
      }
    }
    frontier = next;
  }
  return false;
}

/** Files that `files` import directly (one step). */
export function importedBy(ctx: DetectContext, files: readonly PyFile[]): Set<PyFile> {
  const index = indexOf(ctx);
  return new Set(files.flatMap((f) => index.reachable(f, 1)));
}
