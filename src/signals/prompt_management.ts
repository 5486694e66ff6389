// Evidence: a prompt registry or DSPy (catalogue tools of this signal;
// `get_prompt`/`pull_prompt` in a file importing a registry client); and, in
// a repository that calls an LLM, prompt template files (`*.prompt`,
// `*.prompty`, prompt Jinja files, files in a `prompts/` folder, or a
// prompt file opened by path, CrewAI's `config/agents.yaml` and
// `config/tasks.yaml` where CrewAI is used, an Ollama Modelfile that sets a
// system prompt or example messages, a key named for prompts holding prompt
// text in a YAML or JSON configuration file the code reads), a prompts module that other
// modules import, or a test file for prompts. A prompts module is named for
// prompts (`prompts.py`, `prompt_config.py`, `prompt_utils.py`,
// `system_prompts.py`, a `prompts/` package) and holds prompt text: a string
// of several lines or a long sentence, or a template object
// (`PromptTemplate`, `jinja2.Template`), outside any function that calls the
// LLM itself (a prompt written at its call site is inlined, not managed). A
// module that has "prompt" in its name and no prompt text does not count.
// Modules named for system instructions (`instructions.py`) are prompts modules too.
// Prompts kept as stored documents or data files of any extension count where
// the repository's own loader reads them and the LLM code sends what it loads
// (lib/prompt-loaders.ts: `get_role` fetching a system prompt from a database).
import { CHAT_METHODS } from '../catalog/tools/llm-calls.js';
import {
  CREW_PROMPT_FILES,
  NOT_APP_PROMPTS,
  PROMPT_FILE_EXT,
  PROMPT_FILES,
  PROMPT_PATH,
  PROMPT_REGISTRIES,
  PROMPT_REGISTRY_CALLS,
} from '../catalog/tools/prompt-calls.js';
import type { DetectContext, PyFile } from './context.js';
import { importTarget } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence, fileEvidence } from './evidence.js';
import { callEvidence } from './lib/code.js';
import { llmEvidence } from './lib/llm.js';
import { loadedPrompts } from './lib/prompt-loaders.js';
import type { Evidence } from './types.js';

/**
 * Modules named for prompts: `prompts.py`, `prompt_config.py`, `system_prompts.py`, and the modules of a `prompts/` or
 * `prompt_templates/` package; or for system instructions, the name Gemini's and OpenAI's APIs give the system prompt
 * (`instructions.py`, `system_instructions.py`).
 */
const PROMPT_MODULE = /(^|\/)[^/]*(prompt|instruction)[^/]*\.py$|(^|\/)prompts?(_templates?)?\/([^/]+\/)*[^/]+\.py$/i;

function registryCalls(ctx: DetectContext, file: PyFile): Evidence[] {
  if (ctx.imports(PROMPT_REGISTRIES, [file]).length === 0) return [];
  return file.facts.calls.filter((c) => PROMPT_REGISTRY_CALLS.test(c.name)).map((c) => callEvidence(file, c));
}

function templateFiles(ctx: DetectContext): Evidence[] {
  const files = ctx
    .matching(PROMPT_FILES)
    .filter((f) => PROMPT_FILE_EXT.test(f.path) && !NOT_APP_PROMPTS.test(f.path) && !/(^|\/)README[^/]*$/i.test(f.path))
    .map((f) => fileEvidence(f.path, 'prompt template file'));
  const crews = ctx.usesTool('crewai') ? ctx.matching(CREW_PROMPT_FILES).map((f) => fileEvidence(f.path, 'CrewAI agent/task prompts', 'crewai')) : [];
  return [...files, ...crews];
}

/** An Ollama Modelfile that sets a system prompt or example messages (parse/modelfile.ts), cited at its first. */
function modelfilePrompts(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.files) {
    const prompt = file.configs?.find((c) => c.key === 'modelfile:system' || c.key === 'modelfile:message');
    if (prompt) out.push({ ...fileEvidence(file.path, `Modelfile ${prompt.text} prompt`), line: prompt.line, location: `${file.path}:${prompt.line}` });
  }
  return out;
}

/**
 * Prompts kept in a YAML or JSON configuration file (parse/yaml-prompts.ts: a key named for prompts holding
 * prompt text, not a path or a short string), where Python of the same project reads that file: it
 * writes the file's name (`Path(ROOT) / "config.yml"`) or looks the prompt key up (`cfg.get("prompts")`).
 */
function configPrompts(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.files) {
    const keys = (file.configs ?? []).filter((c) => c.key === 'prompt:config');
    if (keys.length === 0) continue;
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const project = ctx.projectOf(file.path);
    const readers = ctx.python.filter((f) => ctx.projectOf(f.path) === project);
    const namesFile = (s: string) => s === name || s.endsWith(`/${name}`);
    const names = readers.some((f) => (f.facts.paths ?? []).some((p) => namesFile(p.text)) || f.facts.calls.some((c) => c.strings.some(namesFile)));
    const read = keys.find((k) => names || readers.some((f) => f.facts.calls.some((c) => c.strings.some((s) => k.text.split('.').includes(s)))));
    if (read) out.push({ ...fileEvidence(file.path, `prompts in configuration (${read.text})`), line: read.line, location: `${file.path}:${read.line}` });
  }
  return out;
}

/** Module names a file can be imported as: its stem, and its prompt folders for `prompts/x.py`, `prompts/agents/x.py`. */
function moduleNames(path: string): string[] {
  const parts = path.replace(/\.py$/, '').split('/');
  const stem = parts.pop() ?? '';
  return stem === '__init__' ? [parts.pop() ?? ''] : [stem, ...parts].filter((n) => /prompt|instruction/i.test(n));
}

/** Template objects: LangChain/LlamaIndex prompt templates, Jinja2, `string.Template`. */
const TEMPLATE_CALLS = /PromptTemplate(\.\w+)?$|(^|\.)(Template|get_template|from_template|from_messages)$/;

/**
 * The first line of prompt text or a template object the module holds outside the functions
 * that call the LLM themselves: in a file that uses an LLM, a function with a
 * chat call (`client.chat.completions.create`, `llm.invoke`) or an LLM
 * client in its body writes its prompt inline.
 */
function promptLine(file: PyFile, llmLines: ReadonlySet<number> | undefined): number | undefined {
  const inline = llmLines
    ? file.facts.functions.filter(
        (fn) =>
          [...llmLines].some((l) => l >= fn.line && l <= fn.endLine) ||
          file.facts.calls.some((c) => CHAT_METHODS.test(c.name) && c.line >= fn.line && c.line <= fn.endLine),
      )
    : [];
  const managed = (line: number) => !inline.some((fn) => line >= fn.line && line <= fn.endLine);
  const lines = [...(file.facts.prose ?? []).map((p) => p.line), ...file.facts.calls.filter((c) => TEMPLATE_CALLS.test(c.name)).map((c) => c.line)].filter(managed);
  return lines.length > 0 ? Math.min(...lines) : undefined;
}

/** A prompts module, and the first place another module imports it from. */
function promptModules(ctx: DetectContext): Evidence[] {
  const local = ctx.localModules;
  const llm = llmEvidence(ctx);
  const out: Evidence[] = [];
  for (const mod of ctx.python.filter((f) => !f.notebook && PROMPT_MODULE.test(f.path))) {
    const here = llm.filter((e) => e.path === mod.path);
    const llmLines = here.length > 0 ? new Set(here.filter((e) => e.kind !== 'import' && e.line !== undefined).map((e) => e.line as number)) : undefined;
    const line = promptLine(mod, llmLines);
    if (line === undefined) continue;
    const names = moduleNames(mod.path);
    for (const user of ctx.python.filter((f) => f !== mod)) {
      // A star import of it none of whose names the module uses (lib/star-imports.ts) is no use of its prompts.
      const imp = user.facts.imports.find((i) => {
        if (i.name === '*' && i.unused) return false;
        const segs = importTarget(i).split('.');
        const own = i.module.startsWith('.') || local.has(segs[0]);
        return own && segs.some((s) => names.includes(s));
      });
      if (!imp) continue;
      // Cited at its first prompt, the thing itself: the import elsewhere only says it is used.
      out.push({ ...fileEvidence(mod.path, 'prompts module'), line, location: `${mod.path}:${line}` }, codeEvidence(user.path, imp, imp.text, 'import'));
      break;
    }
  }
  return out;
}

/** Code that opens a prompt file by path (`open("prompts/system.txt")`). */
function promptFileReads(ctx: DetectContext): Evidence[] {
  return ctx.python.flatMap((f) => f.facts.calls.filter((c) => c.strings.some((s) => PROMPT_PATH.test(s))).map((c) => callEvidence(f, c)));
}

/** A test file about prompts (`test_prompts.py`) with a test function. */
function promptTests(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python.filter((f) => f.test && /prompt[^/]*\.py$/i.test(f.path))) {
    const test = file.facts.functions.find((fn) => fn.name.startsWith('test'));
    if (test) out.push(codeEvidence(file.path, test, `def ${test.name}()`, 'function'));
  }
  return out;
}

/** `found`: prompt registries, DSPy and prompt loaders of the catalogue in use. */
function detectPrompts(ctx: DetectContext, found: Evidence[]): Evidence[] {
  const registries = [...found, ...ctx.python.flatMap((f) => registryCalls(ctx, f))];
  // Prompt artefacts count in a project that calls an LLM (each project of a repository as what it is).
  const calling = new Set(llmEvidence(ctx).map((e) => ctx.projectOf(e.path)));
  const artefacts = [...templateFiles(ctx), ...modelfilePrompts(ctx), ...configPrompts(ctx), ...promptFileReads(ctx), ...promptModules(ctx), ...promptTests(ctx), ...loadedPrompts(ctx)].filter((e) => ctx.inProjects(e.path, calling));
  return [...registries, ...artefacts];
}

export const promptManagement = defineDetector({
  id: 'prompt_management',
  area: 'llm',
  rule: 'prompts are managed as artefacts rather than inlined at call sites: template files or a dedicated prompts module, versioned prompt registries (Langfuse/LangSmith prompts), DSPy programs, prompt tests.',
  uses: 'import',
  detect: detectPrompts,
});
