// Evidence: MCP or LangChain's tool-calling agents imported or called
// (including `bind_tools`, `@tool` and agent constructors), a provider SDK's
// tool declaration (Gemini `FunctionDeclaration`, `pydantic_function_tool`),
// a chat or completion call given `tools=`/`functions=`, or a tool decorator
// (`@mcp.tool()`, `@agent.tool`) in a file that uses an LLM or agent library,
// `tools=` (or MCP servers) on an agent constructor, a tool class. It counts
// only when a tool is given to the model somewhere in the repository, or a
// declared tool's results are handed back to the model (lib/agent-tools.ts): tools the code calls itself, and an agent framework
// (LangGraph, CrewAI, Pydantic AI, the OpenAI Agents SDK, ...) used without
// a tool given to the model, are a pipeline, not tool use.
import { getTool, matchesAny } from '../catalog/index.js';
import { AGENT_CONSTRUCTORS, AGENT_TOOL_KWARGS, CHAT_METHODS, PIPELINE_FRAMEWORKS, TOOL_BASES, TOOL_CHAT_METHODS, TOOL_DECORATORS, TOOL_KWARGS } from '../catalog/tools/llm-calls.js';
import type { DetectContext, PyFile } from './context.js';
import { defineDetector, type DetectResult } from './define.js';
import { codeEvidence } from './evidence.js';
import { callEvidence } from './lib/code.js';
import { callGivesTool, catalogGivesTool, decoratorGivesTool, toolResults } from './lib/agent-tools.js';
import { llmPaths, reachesLlm } from './lib/llm.js';
import type { Evidence } from './types.js';
import { sortEvidence } from './run.js';

/** The agent libraries' tool names (a decorator such as LangChain's `@tool`). */
const LANGCHAIN_TOOLS = ['langchain-agents', 'langgraph-agents', 'llamaindex-agents'].flatMap((id) => getTool(id).calls ?? []);
const CHAT_API = /(completions|messages|chat|generate_content|converse)/i;
/** `tool.ainvoke()` on a loop variable that shadows LangChain's `tool` import is not the decorator. */
const SHADOWED_TOOL = /^langchain(_core)?\.tools\.tool\.\w/;

/** Evidence of the repository's own code, parted into what gives the model a tool and what only defines or runs one. */
interface OwnTools {
  given: Evidence[];
  defined: Evidence[];
}

/**
 * `tools=` on a chat call (in a file that uses an LLM, or on a call that
 * names a chat API itself), or on an agent or task constructor in a file
 * that uses an LLM or agent library.
 */
function toolCalls(file: PyFile, llmFile: boolean, out: OwnTools): void {
  for (const c of file.facts.calls) {
    const chat = (CHAT_METHODS.test(c.name) || TOOL_CHAT_METHODS.test(c.name)) && c.kwargs.some((k) => TOOL_KWARGS.includes(k)) && (llmFile || CHAT_API.test(c.name));
    const agent = llmFile && AGENT_CONSTRUCTORS.test(c.name) && c.kwargs.some((k) => AGENT_TOOL_KWARGS.includes(k));
    if (chat || agent) (callGivesTool(c.name) ? out.given : out.defined).push(callEvidence(file, c));
  }
}

/** A tool class of an agent library (`class Search(BaseTool)`). */
function toolClasses(file: PyFile): Evidence[] {
  return file.facts.classes.flatMap((cls) => {
    const base = cls.bases.find((b) => TOOL_BASES.test(b));
    return base ? [codeEvidence(file.path, cls, `class ${cls.name}(${base})`, 'class')] : [];
  });
}

function toolDecorators(file: PyFile, llmFile: boolean, out: OwnTools): void {
  for (const fn of file.facts.functions) {
    for (const d of fn.decorators) {
      if (matchesAny(d.name, LANGCHAIN_TOOLS) || (llmFile && TOOL_DECORATORS.test(d.name))) {
        (decoratorGivesTool(file, d.name) ? out.given : out.defined).push(codeEvidence(file.path, d, `@${d.name}`, 'decorator'));
      }
    }
  }
}

/** Up to three places, one per file, the first in evidence order. */
function places(items: Evidence[]): string {
  const byFile = new Map<string, Evidence>();
  for (const e of sortEvidence(items)) if (!byFile.has(e.path)) byFile.set(e.path, e);
  return [...byFile.values()].map((e) => e.location).sort().slice(0, 3).join(', ');
}

/**
 * `found`: the agent frameworks, tool helpers and MCP in use. The signal is
 * present only when some tool is given to the model; tools defined and
 * called by the code itself, and frameworks used as pipelines, are noted.
 */
function detectAgents(ctx: DetectContext, found: Evidence[]): DetectResult {
  const llm = llmPaths(ctx);
  const pipeline = (e: Evidence) => e.tool !== undefined && PIPELINE_FRAMEWORKS.includes(e.tool);
  const agents = found.filter((e) => !pipeline(e) && !SHADOWED_TOOL.test(e.match));
  const pipelines = found.filter(pipeline);
  const agentPaths = new Set([...agents, ...pipelines].map((e) => e.path));
  const own: OwnTools = { given: agents.filter(catalogGivesTool), defined: agents.filter((e) => !catalogGivesTool(e)) };
  for (const f of ctx.python) {
    const llmFile = llm.has(f.path) || agentPaths.has(f.path);
    toolCalls(f, llmFile, own);
    toolDecorators(f, llmFile, own);
    own.defined.push(...toolClasses(f));
  }
  // A tool declared (an SDK helper's schema, a tool function) and the model's tool calls answered with their results
  // in code that calls an LLM: the code's own tool loop, whatever wrapper carries `tools=` to the chat call.
  if (own.given.length === 0 && own.defined.some((e) => e.kind !== 'import')) {
    own.given.push(...ctx.python.filter((f) => agentPaths.has(f.path) || reachesLlm(ctx, f)).flatMap(toolResults));
  }
  if (own.given.length > 0) return [...own.given, ...own.defined, ...pipelines];
  const notes: string[] = [];
  // The line that builds the pipeline before its import.
  if (pipelines.length > 0) notes.push(`agent framework used as a pipeline: no tool given to the model (${places(pipelines)})`);
  const defined = own.defined.filter((e) => e.kind !== 'import');
  if (defined.length > 0) notes.push(`tools defined but never given to a model, no bind_tools, tools= or agent takes them (${places(defined)})`);
  return notes.length > 0 ? { evidence: [], note: notes.join('; ') } : [];
}

export const agentsToolUse = defineDetector({
  id: 'agents_tool_use',
  area: 'llm',
  rule: 'the LLM calls tools: function/tool calling, LangGraph, CrewAI, AutoGen, smolagents, OpenAI Agents SDK, Pydantic AI agents, Model Context Protocol servers or clients (`mcp` package, `FastMCP`). An agent framework used as a fixed pipeline of steps, with no tool ever given to the model, does not count.',
  uses: 'import',
  detect: detectAgents,
});
