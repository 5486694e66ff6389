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

    expect(locations(result).sort()).toEqual(['graph.py:1', 'graph.py:2', 'server.py:1', 'server.py:2', 'server.py:4', 'tools.py:3', 'tools.py:7']);
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

  it('is absent for a LangGraph StateGraph of plain nodes and a CrewAI crew with no tool, and says so', async () => {
    const result = await detect(agentsToolUse, {
      'graph.py': py`
        from langchain_openai import ChatOpenAI
        from langgraph.graph import StateGraph, END

        llm = ChatOpenAI(model="gpt-4o-mini")
        builder = StateGraph(State)
        builder.add_node("draft", lambda s: {"text": llm.invoke(s["q"]).content})
        builder.add_edge("draft", END)
      `,
      'crew.py': 'from crewai import Agent, Crew\nwriter = Agent(role="writer", goal="write", backstory="b")\nCrew(agents=[writer], tasks=[t]).kickoff()\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toBe('agent framework used as a pipeline: no tool given to the model (crew.py:2, graph.py:5)');
  });

  it('counts tools given to agents: tools= on an agent constructor, a ToolNode, a tool class', async () => {
    const result = await detect(agentsToolUse, {
      'crew.py': py`
        from crewai import Agent
        from crewai.tools import BaseTool

        class Search(BaseTool):
            name: str = "search"

        researcher = Agent(role="researcher", goal="g", backstory="b", tools=[Search()])
      `,
      'graph.py': 'from langgraph.graph import StateGraph\nfrom langgraph.prebuilt import ToolNode\nbuilder = StateGraph(State)\nbuilder.add_node("tools", ToolNode(tools))\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['crew.py:4', 'crew.py:7', 'graph.py:2', 'graph.py:4']));
  });

  it('is absent when tools are only mentioned next to an agent framework', async () => {
    const result = await detect(agentsToolUse, {
      'graph.py': 'from langgraph.graph import StateGraph\n# llm.bind_tools([search]); ToolNode(tools)\nNOTE = "Agent(tools=[search])"\nbuilder = StateGraph(State)\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
