import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { agentsToolUse } from './agents_tool_use.js';

describe('signals/agents_tool_use', () => {
  it('is present for function calling: tools= on a chat completion', async () => {
    const result = await detect(agentsToolUse, {
      'assistant.py': py`
        from openai import OpenAI
        client = OpenAI()
        TOOLS = [{"type": "function", "function": {"name": "get_weather"}}]
        reply = client.chat.completions.create(model="gpt-4o", messages=m, tools=TOOLS)
      `,
    });

    expect(result.present).toBe(true);
    expect(result.evidence).toMatchObject([{ location: 'assistant.py:4', match: 'client.chat.completions.create()' }]);
  });

  it('counts LangGraph, bind_tools, @tool and an MCP server', async () => {
    const result = await detect(agentsToolUse, {
      'graph.py': 'from langgraph.graph import StateGraph\nbuilder = StateGraph(State)\n',
      'tools.py': py`
        from langchain_core.tools import tool

        @tool
        def search(q: str) -> str:
            return q

        llm_with_tools = llm.bind_tools([search])
      `,
      'server.py': 'from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("demo")\n\n@mcp.tool()\ndef add(a: int, b: int) -> int:\n    return a + b\n',
    });

    expect(locations(result).sort()).toEqual(['graph.py:1', 'server.py:1', 'server.py:4', 'tools.py:3', 'tools.py:7']);
  });

  it('is absent for a plain chat call, tools= outside any LLM code, and mentions', async () => {
    const result = await detect(agentsToolUse, {
      'chat.py': 'from openai import OpenAI\nreply = OpenAI().chat.completions.create(model="gpt-4o", messages=m)\n',
      'shop.py': 'order = Order.objects.create(tools=["hammer"])\n',
      'README.md': 'An agent with LangGraph, MCP and `bind_tools`.\n',
      'notes.py': '# from langgraph.graph import StateGraph\nprint("llm.bind_tools(tools)")\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('reports a declared agent framework that is never imported as a hint only', async () => {
    const result = await detect(agentsToolUse, { 'requirements.txt': text`
      langgraph==0.2.0
    ` });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
    expect(result.hints.map((h) => h.location)).toEqual(['requirements.txt:1']);
  });
});
