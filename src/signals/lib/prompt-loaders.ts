// Prompts kept as data that the code loads and sends to the LLM, for
// prompt_management: stored documents (system prompts kept as "role"
// documents in a database, seeded from `*.role` files and fetched by name)
// and data files of any extension. The repository's own loader, named for
// fetching a prompt, role, persona, instructions or template (`get_role`,
// `load_system_prompt`), reads them from a store or a file (`self.db.get(name)`,
// `collection.find_one(...)`, `open(path)`, `Path.read_text()`), and its
// result is sent to the model: the function that calls it builds the chat
// messages (`{"role": ..., "content": ...}`, `SystemMessage`, a `system=`
// keyword), in a module within two imports of an LLM call. The data files
// named for what the loader loads (`*.role` for `get_role`) are cited beside
// it. A `get_role` of a web app's users (no chat message built where it is
// called), a loader that reads nothing, or one only tests call is no prompt store.
import { CHAT_MESSAGES, FILE_READS, NOT_APP_PROMPTS, PROMPT_LOADERS, STORE_NAMES, STORE_READ_METHODS, SYSTEM_KWARGS } from '../../catalog/tools/prompt-calls.js';
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence, fileEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callEvidence, lastSegment } from './code.js';
import { qualified } from './data-scope.js';
import { llmWithin } from './llm-reach.js';

/** Hops from the loader's caller to an LLM call through the repository's own modules. */
const LLM_HOPS = 2;
/** Formats a prompt kept as data can have (not code, not a notebook, not a dependency list). */
const DATA_FORMATS = new Set(['other', 'text', 'markdown', 'yaml', 'json', 'toml']);

/** A read of stored data: a data file opened or loaded, or a document or row read from a receiver named for a store. */
function readsStore(name: string): boolean {
  if (FILE_READS.test(name)) return true;
  const dot = name.lastIndexOf('.');
  return dot > 0 && STORE_READ_METHODS.test(name.slice(dot + 1)) && STORE_NAMES.test(name.slice(0, dot));
}

/** A call that builds a chat message or hands the model its system prompt. */
const buildsMessage = (c: CallFact): boolean =>
  CHAT_MESSAGES.test(c.name) || ((c.keys ?? []).includes('role') && (c.keys ?? []).some((k) => k === 'content' || k === 'parts')) || c.kwargs.some((k) => SYSTEM_KWARGS.includes(k));

/** Where the application calls `fn` in a scope that builds the chat messages, in a module that reaches an LLM. */
function sendSite(ctx: DetectContext, app: readonly PyFile[], fn: FunctionFact): { file: PyFile; call: CallFact } | undefined {
  const own = qualified(fn);
  for (const file of app) {
    const calls = file.facts.calls.filter((c) => lastSegment(c.name) === fn.name && c.inFunction !== own);
    const site = calls.find((call) => file.facts.calls.some((c) => c.inFunction === call.inFunction && buildsMessage(c)));
    if (site && llmWithin(ctx, file, LLM_HOPS)) return { file, call: site };
  }
  return undefined;
}

/** Data files named for what a loader loads: `*.role` for `get_role`, `*.personas` for `load_personas`. */
function seededFiles(ctx: DetectContext, noun: string): Evidence[] {
  const ext = new RegExp(`\\.${noun}s?$`, 'i');
  const file = ctx.files.find((f) => DATA_FORMATS.has(f.format) && ext.test(f.path) && !NOT_APP_PROMPTS.test(f.path));
  return file ? [fileEvidence(file.path, `${noun} file`)] : [];
}

/** The repository's prompt loaders that read stored data and whose result the LLM code sends, with the call and the seeded files. */
export function loadedPrompts(ctx: DetectContext): Evidence[] {
  const app = ctx.python.filter((f) => !f.test);
  const out: Evidence[] = [];
  for (const file of app) {
    for (const fn of file.facts.functions) {
      const noun = PROMPT_LOADERS.exec(fn.name)?.[3];
      if (!noun || !fn.calls.some(readsStore)) continue;
      const site = sendSite(ctx, app, fn);
      if (!site) continue;
      out.push(codeEvidence(file.path, fn, `def ${fn.name}()`, 'function'), callEvidence(site.file, site.call), ...seededFiles(ctx, noun.toLowerCase()));
    }
  }
  return out;
}
