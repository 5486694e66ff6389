// Held-out review (issue 15), agents_tool_use: a tool counts only when it is
// given to the model. signals.md: "An agent framework used as a fixed pipeline
// of steps, with no tool ever given to the model, does not count." A `@tool`
// function run by a LangGraph `ToolNode` after a node that writes the tool
// call itself is a fixed retrieve-then-answer pipeline.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { agentsToolUse } from './agents_tool_use.js';
import { callGivesTool } from './lib/agent-tools.js';

const SEARCH_TOOL = py`
  from langchain_core.tools import tool

  @tool("search")
  def search(query: str) -> str:
      """Search the index."""
      return query
`;

describe('signals/agents_tool_use (a tool given to the model)', () => {
  it('counts a tool defined in one file and bound to the model in another, or given to a prebuilt agent', async () => {
    const result = await detect(agentsToolUse, {
      'app/tools.py': SEARCH_TOOL,
      'app/graph.py': py`
        from langchain_openai import ChatOpenAI
        from langgraph.prebuilt import ToolNode, create_react_agent
        from app.tools import search

        llm = ChatOpenAI(model="gpt-4o-mini")
        model = llm.bind_tools([search])
        node = ToolNode([search])
        agent = create_react_agent(llm, [search])
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['app/graph.py:6', 'app/graph.py:7', 'app/graph.py:8', 'app/tools.py:3']));
  });

  it('counts a tool registered on an agent object (@agent.tool_plain)', async () => {
    const result = await detect(agentsToolUse, {
      'agent.py': py`
        from pydantic_ai import Agent

        agent = Agent("openai:gpt-4o")

        @agent.tool_plain
        def roll() -> str:
            return "4"
      `,
    });

    expect(result).toMatchObject({ present: true });
    expect(locations(result)).toContain('agent.py:5');
  });

  it('is absent when a graph node writes the tool call itself and a ToolNode runs it, and says so', async () => {
    const result = await detect(agentsToolUse, {
      'tools.py': SEARCH_TOOL,
      'graph.py': py`
        from langchain_core.messages import AIMessage
        from langchain_groq import ChatGroq
        from langgraph.graph import StateGraph, START
        from langgraph.prebuilt import ToolNode
        from tools import search

        llm = ChatGroq(model="qwen")

        def call_search(state):
            return {"messages": [AIMessage(content="", tool_calls=[{"id": "1", "name": "search", "args": {"query": "q"}}])]}

        builder = StateGraph(dict)
        builder.add_node("call", call_search)
        builder.add_node("search", ToolNode(tools=[search]))
        builder.add_node("answer", lambda s: {"messages": [llm.invoke(s["messages"])]})
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toBe(
      'agent framework used as a pipeline: no tool given to the model (graph.py:12); tools defined but never given to a model, no bind_tools, tools= or agent takes them (graph.py:14, tools.py:3)',
    );
  });

  it('is absent for tools the code calls directly and a declaration no chat call is given', async () => {
    const result = await detect(agentsToolUse, {
      'tools.py': SEARCH_TOOL,
      'run.py': py`
        from google.genai import types
        from tools import search

        weather = types.FunctionDeclaration(name="get_weather", parameters={"type": "object"})
        print(search.invoke({"query": "birds"}))
      `,
      'README.md': 'The model calls `search` through `llm.bind_tools([search])`.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toBe('tools defined but never given to a model, no bind_tools, tools= or agent takes them (run.py:4, tools.py:3)');
  });

  it('tells a chat call or agent given tools= from a node or invoker that only runs them', () => {
    expect(['client.chat.completions.create', 'crewai.Agent', 'google.genai.types.GenerateContentConfig'].map(callGivesTool)).toEqual([true, true, true]);
    expect(['langgraph.prebuilt.ToolNode', 'haystack.components.tools.ToolInvoker', 'agno.tools.Toolkit'].map(callGivesTool)).toEqual([false, false, false]);
  });
});
