// Whether a line of agents_tool_use evidence gives a tool to the model or only
// defines or runs one. signals.md › agents_tool_use: "An agent framework used
// as a fixed pipeline of steps, with no tool ever given to the model, does
// not count." A `@tool` function, a tool class, a LangGraph `ToolNode` or a
// Gemini `FunctionDeclaration` is a tool the code may call itself (a node
// that writes the tool call, a function called directly); the model is given
// a tool only by `bind_tools`, `tools=` on a chat call or an agent, an agent
// constructor that takes tools, a tool registered on an agent, or MCP; or,
// whatever call carries the tools, by the code's own tool loop: a declared
// tool and the model's tool calls answered with their results.
import { TOOL_RESULT_CALLS, TOOL_RESULT_KEYS } from '../../catalog/tools/llm-calls.js';
import type { PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';

/**
 * Calls that hand tools to a model: LangChain's `bind_tools` and agent
 * constructors (`create_react_agent`, `create_tool_calling_agent`,
 * `initialize_agent`, `AgentExecutor`), LlamaIndex agents (`ReActAgent.from_tools`,
 * `FunctionAgent`), AutoGen's `register_function(f, caller=assistant)`,
 * Semantic Kernel's automatic function choice.
 */
const GIVING_NAME = /(^|\.)(bind_tools|bind_functions|create_\w*agent\w*|initialize_agent|\w*Agent\w*|register_function|FunctionChoiceBehavior|ToolCallBehavior)(\.|$)/;
/** Constructors that hold or run tools rather than give them to a model (`ToolNode(tools=...)`, Haystack's `ToolInvoker`, a `Toolkit`). */
const TOOL_HOLDER = /(^|\.)\w*Tool\w*$/;
/** Decorators that register a tool on an agent object for its model (`@agent.tool`, `@agent.tool_plain`, `@assistant.register_for_llm`). */
const REGISTERING_DECORATOR = /\.(tool|tool_plain|register_for_llm)$/;

/** The dotted name a call or decorator evidence shows: `llm.bind_tools()` → `llm.bind_tools`. */
function calledName(e: Evidence): string {
  return e.match.replace(/^@/, '').replace(/\(.*$/, '');
}

/** Catalogue evidence (an agent library's call): MCP servers and clients give tools by themselves; an import alone gives nothing. */
export function catalogGivesTool(e: Evidence): boolean {
  if (e.tool === 'mcp') return true;
  if (e.kind === 'import' || e.kind === 'class') return false;
  return GIVING_NAME.test(calledName(e));
}

/** A call given `tools=`: a chat call or an agent does get them; a tool node or invoker only runs them. */
export function callGivesTool(name: string): boolean {
  return !TOOL_HOLDER.test(name) || GIVING_NAME.test(name);
}

/**
 * A tool decorator on an object of the file (`@agent.tool`, `@mcp.tool()`),
 * not a function imported from a library (`@tool`, `@function_tool`,
 * `@kernel_function`, whose names resolve to their module): it registers the
 * tool with the agent or server, which gives it to the model.
 */
export function decoratorGivesTool(file: PyFile, name: string): boolean {
  if (!REGISTERING_DECORATOR.test(name)) return false;
  const root = name.split('.')[0];
  return !file.facts.imports.some((i) => i.module.split('.')[0] === root || (i.alias ?? i.name) === root);
}

/** The first tool-result key among a dict literal's keys. */
function resultKey(keys: readonly string[] | undefined): string | undefined {
  return keys?.find((k) => TOOL_RESULT_KEYS.includes(k));
}

/**
 * A tool's result handed back to the model (`messages.append({"role": "tool",
 * "tool_call_id": tc.id, ...})`, an Anthropic `tool_result`, a Gemini
 * function response): the code answers a tool call the model made, which it
 * makes only when it was given the tool. A dict literal, in a call or built in
 * a function's body (cited at the function); a key set by subscript (a
 * training set reshaped into tool messages) is not read.
 */
export function toolResults(file: PyFile): Evidence[] {
  const out: Evidence[] = [];
  const scopes = new Set<string | undefined>();
  for (const c of file.facts.calls) {
    const key = resultKey(c.keys);
    if (key === undefined && !TOOL_RESULT_CALLS.test(c.name)) continue;
    out.push(codeEvidence(file.path, c, key === undefined ? `${c.name}()` : `${c.name}({"${key}": ...})`));
    scopes.add(c.inFunction);
  }
  for (const fn of file.facts.functions) {
    const name = fn.className ? `${fn.className}.${fn.name}` : fn.name;
    const key = resultKey(fn.dictKeys);
    if (key !== undefined && !scopes.has(name)) out.push(codeEvidence(file.path, fn, `def ${fn.name}(): {"${key}": ...}`, 'function'));
  }
  return out;
}
