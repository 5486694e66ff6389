// Evidence: MCP or LangChain's tool-calling agents imported or called
// (including `bind_tools`, `@tool` and agent constructors), a provider SDK's
// tool declaration (Gemini `FunctionDeclaration`, `pydantic_function_tool`),
// a chat or completion call given `tools=`/`functions=`, or a tool decorator
// (`@mcp.tool()`, `@agent.tool`) in a file that uses an LLM or agent library,
// `tools=` (or MCP servers) on an agent constructor, a tool class. An agent
// framework (LangGraph, CrewAI, Pydantic AI, the OpenAI Agents SDK, ...) used
// without a tool given to the model is a pipeline, not tool use.
import { getTool, matchesAny } from '../catalog/index.js';
import { AGENT_CONSTRUCTORS, AGENT_TOOL_KWARGS, CHAT_METHODS, PIPELINE_FRAMEWORKS, TOOL_BASES, TOOL_CHAT_METHODS, TOOL_DECORATORS, TOOL_KWARGS } from '../catalog/tools/llm-calls.js';
import type { DetectContext, PyFile } from './context.js';
import { defineDetector, type DetectResult } from './define.js';
import { codeEvidence } from './evidence.js';
import { callEvidence } from './lib/code.js';
import { llmPaths } from './lib/llm.js';
import type { Evidence } from './types.js';
import { sortEvidence } from './run.js';

/** The agent libraries' tool names (a decorator such as LangChain's `@tool`). */
const LANGCHAIN_TOOLS = ['langchain-agents', 'langgraph-agents', 'llamaindex-agents'].flatMap((id) => getTool(id).calls ?? []);
const CHAT_API = /(completions|messages|chat|generate_content|converse)/i;
/** `tool.ainvoke()` on a loop variable that shadows LangChain's `tool` import is not the decorator. */
const SHADOWED_TOOL = /^langchain(_core)?\.tools\.tool\.\w/;

/**
 * `tools=` on a chat call (in a file that uses an LLM, or on a call that
 * names a chat API itself), or on an agent or task constructor in a file
 * that uses an LLM or agent library.
 */
function toolCalls(file: PyFile, llmFile: boolean): Evidence[] {
  return file.facts.calls
    .filter(
      (c) =>
        ((CHAT_METHODS.test(c.name) || TOOL_CHAT_METHODS.test(c.name)) && c.kwargs.some((k) => TOOL_KWARGS.includes(k)) && (llmFile || CHAT_API.test(c.name))) ||
        (llmFile && AGENT_CONSTRUCTORS.test(c.name) && c.kwargs.some((k) => AGENT_TOOL_KWARGS.includes(k))),
    )
    .map((c) => callEvidence(file, c));
}

/** A tool class of an agent library (`class Search(BaseTool)`). */
function toolClasses(file: PyFile): Evidence[] {
  return file.facts.classes.flatMap((cls) => {
    const base = cls.bases.find((b) => TOOL_BASES.test(b));
    return base ? [codeEvidence(file.path, cls, `class ${cls.name}(${base})`, 'class')] : [];
  });
}

function toolDecorators(file: PyFile, llmFile: boolean): Evidence[] {
  const out: Evidence[] = [];
  for (const fn of file.facts.functions) {
    for (const d of fn.decorators) {
      if (matchesAny(d.name, LANGCHAIN_TOOLS) || (llmFile && TOOL_DECORATORS.test(d.name))) {
        out.push(codeEvidence(file.path, d, `@${d.name}`, 'decorator'));
      }
    }
  }
  return out;
}

/** `found`: the agent frameworks and MCP in use; LangGraph and CrewAI alone are pipelines until a tool is given to the model. */
function detectAgents(ctx: DetectContext, found: Evidence[]): DetectResult {
  const llm = llmPaths(ctx);
  const pipeline = (e: Evidence) => e.tool !== undefined && PIPELINE_FRAMEWORKS.includes(e.tool);
  const agents = found.filter((e) => !pipeline(e) && !SHADOWED_TOOL.test(e.match));
  const pipelines = found.filter(pipeline);
  const agentPaths = new Set([...agents, ...pipelines].map((e) => e.path));
  const own = ctx.python.flatMap((f) => {
    const llmFile = llm.has(f.path) || agentPaths.has(f.path);
    return [...toolCalls(f, llmFile), ...toolDecorators(f, llmFile), ...toolClasses(f)];
  });
  const evidence = [...agents, ...own];
  if (evidence.length > 0) return [...evidence, ...pipelines];
  if (pipelines.length === 0) return [];
  // One place per file, the line that builds the pipeline before its import.
  const byFile = new Map<string, Evidence>();
  for (const e of sortEvidence(pipelines)) if (!byFile.has(e.path)) byFile.set(e.path, e);
  const shown = [...byFile.values()].map((e) => e.location).sort().slice(0, 3).join(', ');
  return { evidence: [], note: `agent framework used as a pipeline: no tool given to the model (${shown})` };
}

export const agentsToolUse = defineDetector({
  id: 'agents_tool_use',
  area: 'llm',
  rule: 'the LLM calls tools: function/tool calling, LangGraph, CrewAI, AutoGen, smolagents, OpenAI Agents SDK, Pydantic AI agents, Model Context Protocol servers or clients (`mcp` package, `FastMCP`). An agent framework used as a fixed pipeline of steps, with no tool ever given to the model, does not count.',
  uses: 'import',
  detect: detectAgents,
});
