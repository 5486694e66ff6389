// LangChain chat-model and LLM classes beyond the catalogue's list: a class
// of any `langchain_*` integration package (`ChatCrynux` from
// `langchain_crynux`, an OpenAI-compatible provider's own package), and the
// project's own subclass of LangChain's `BaseChatModel` or `LLM`. The
// catalogue's `langchain-llm` tool counts the providers it names by import;
// a provider it does not name counts where the class is built and the project
// runs a LangChain model (`.invoke`, `.ainvoke`, `.with_structured_output`,
// `llm=` to a chain or an agent). An import never built, an embeddings class,
// a chat message history, and a test double (in a test file, or named
// `FakeChatModel`) are no LLM call.
import { getTool, matchesAny } from '../../catalog/index.js';
import {
  DOUBLE_NAMES,
  LANGCHAIN_MODEL_BASES,
  LANGCHAIN_MODEL_CLASS,
  LANGCHAIN_MODEL_MODULES,
  LANGCHAIN_PACKAGE,
  MODEL_KWARGS,
  NOT_LANGCHAIN_MODEL,
  RUNNABLE_METHODS,
} from '../../catalog/tools/llm-calls.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callEvidence, lastSegment } from './code.js';

/** A chat-model or LLM class of a LangChain integration package, by its resolved name. */
export function isLangchainModelClass(name: string): boolean {
  const segs = name.split('.');
  if (segs.length < 2 || !LANGCHAIN_PACKAGE.test(segs[0])) return false;
  const cls = segs[segs.length - 1];
  if (!/^[A-Z]/.test(cls) || NOT_LANGCHAIN_MODEL.test(cls) || DOUBLE_NAMES.test(cls) || /^Base[A-Z]/.test(cls)) return false;
  return LANGCHAIN_MODEL_CLASS.test(cls) || segs.slice(1, -1).some((s) => LANGCHAIN_MODEL_MODULES.includes(s));
}

/** True when the project's code (tests aside) runs a LangChain model or hands one to a chain or an agent. */
function runsModels(files: readonly PyFile[]): boolean {
  return files.some((f) => f.facts.calls.some((c) => RUNNABLE_METHODS.test(c.name) || c.kwargs.some((k) => MODEL_KWARGS.includes(k))));
}

const CACHE = new WeakMap<DetectContext, Evidence[]>();

/** Where the project builds a LangChain chat model or LLM the catalogue does not list, or defines its own that it builds. */
export function langchainModels(ctx: DetectContext): Evidence[] {
  let found = CACHE.get(ctx);
  if (found) return found;
  found = [];
  const code = ctx.python.filter((f) => !f.test);
  if (runsModels(code)) {
    const listed = getTool('langchain-llm').calls ?? [];
    const local = ctx.localModules;
    for (const file of code) {
      for (const call of file.facts.calls) {
        if (!isLangchainModelClass(call.name) || matchesAny(call.name, listed) || local.has(call.name.split('.')[0])) continue;
        found.push(callEvidence(file, call));
      }
    }
    // The project's own LangChain model class: cited at its definition, where some code builds it.
    const built = new Set(code.flatMap((f) => f.facts.calls.map((c) => lastSegment(c.name))));
    for (const file of code) {
      // A class named like one the file imports is a stand-in for it when the import fails (`except ImportError: class ChatOpenAI(BaseChatModel): pass`).
      const imported = new Set(file.facts.imports.map((i) => i.alias ?? i.name ?? i.module));
      for (const cls of file.facts.classes) {
        if (DOUBLE_NAMES.test(cls.name) || imported.has(cls.name) || !built.has(cls.name) || !cls.bases.some((b) => LANGCHAIN_MODEL_BASES.test(b))) continue;
        found.push(codeEvidence(file.path, cls, `class ${cls.name}(${cls.bases.join(', ')})`, 'class'));
      }
    }
  }
  CACHE.set(ctx, found);
  return found;
}
