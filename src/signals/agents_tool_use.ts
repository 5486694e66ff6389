// signals.md › agents_tool_use: the LLM calls tools: function/tool calling, LangGraph, CrewAI, AutoGen, smolagents, OpenAI Agents SDK, Pydantic AI agents, Model Context Protocol servers or clients (mcp package, FastMCP).
import { defineDetector } from './define.js';

export const agentsToolUse = defineDetector({
  id: 'agents_tool_use',
  area: 'llm',
});
