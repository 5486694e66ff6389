// Issue 15, agents_tool_use: tool calling through the provider SDKs' helpers,
// and agent frameworks that count only when a tool is given to the model
// (signals.md: an agent framework with no tool is a pipeline of steps).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { agentsToolUse } from './agents_tool_use.js';

describe('signals/agents_tool_use (provider helpers and agent frameworks)', () => {
  it('counts tools declared through provider SDKs and chat calls that take tools', async () => {
    const result = await detect(agentsToolUse, {
      'gemini.py': py`
        from google import genai
        from google.genai import types

        weather = types.FunctionDeclaration(name="get_weather", parameters={"type": "object"})
        client = genai.Client()
        config = types.GenerateContentConfig(tools=[types.Tool(function_declarations=[weather])])
        reply = client.models.generate_content(model="gemini-2.0-flash", contents=q, config=config)
      `,
      'mistral_tools.py': py`
        from mistralai import Mistral

        client = Mistral(api_key=key)
        reply = client.chat.complete(model="mistral-large-latest", messages=messages, tools=TOOLS, tool_choice="auto")
      `,
      'local.py': py`
        from transformers import AutoTokenizer

        tok = AutoTokenizer.from_pretrained("Qwen/Qwen2.5-7B-Instruct")
        prompt = tok.apply_chat_template(messages, tools=[get_weather], add_generation_prompt=True)
      `,
      'claude.py': py`
        import anthropic
        from anthropic import beta_async_tool

        @beta_async_tool
        async def get_weather(location: str) -> str:
            return "sunny"

        client = anthropic.AsyncAnthropic()
        runner = client.beta.messages.tool_runner(model="claude-sonnet-4-5", max_tokens=1024, tools=[get_weather], messages=m)
      `,
      'openai_tools.py': py`
        import openai

        tools = [openai.pydantic_function_tool(Lookup)]
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(
      expect.arrayContaining(['gemini.py:4', 'gemini.py:6', 'mistral_tools.py:4', 'local.py:4', 'openai_tools.py:3', 'claude.py:4', 'claude.py:9']),
    );
  });

  it('counts agent frameworks that give the model tools: a Pydantic AI tool, AutoGen registration, Agno and Strands tools, MCP servers on an agent', async () => {
    const result = await detect(agentsToolUse, {
      'pai.py': py`
        from pydantic_ai import Agent

        agent = Agent("openai:gpt-4o", system_prompt="Be concise.")

        @agent.tool_plain
        def roll_die() -> str:
            return "4"
      `,
      'ag2.py': py`
        import autogen

        assistant = autogen.AssistantAgent("assistant", llm_config=cfg)

        @assistant.register_for_llm(description="Add numbers")
        def add(a: int, b: int) -> int:
            return a + b
      `,
      'agno_app.py': 'from agno.agent import Agent\nfrom agno.tools.duckduckgo import DuckDuckGoTools\nagent = Agent(model=model, tools=[DuckDuckGoTools()])\n',
      'strands_app.py': 'from strands import Agent, tool\n\n@tool\ndef word_count(text: str) -> int:\n    return len(text.split())\n\nagent = Agent(tools=[word_count])\n',
      'sdk.py': 'from agents import Agent, Runner\nagent = Agent(name="fs", instructions="Use the tools.", mcp_servers=[server])\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(
      expect.arrayContaining(['pai.py:5', 'ag2.py:5', 'agno_app.py:3', 'strands_app.py:3', 'strands_app.py:7', 'sdk.py:2']),
    );
  });

  it('is absent for agent frameworks with no tool given to the model, and says so', async () => {
    const result = await detect(agentsToolUse, {
      'extract.py': py`
        from pydantic import BaseModel
        from pydantic_ai import Agent

        class City(BaseModel):
            name: str

        agent = Agent("openai:gpt-4o", output_type=City)
        print(agent.run_sync("Where were the 2012 Olympics?").output)
      `,
      'triage.py': py`
        from agents import Agent, Runner

        agent = Agent(name="Assistant", instructions="You only respond in haikus.")
        result = Runner.run_sync(agent, "Tell me about recursion.")
      `,
      'chat.py': 'from autogen_agentchat.agents import AssistantAgent\nwriter = AssistantAgent("writer", model_client=client, system_message="Write.")\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toBe('agent framework used as a pipeline: no tool given to the model (chat.py:2, extract.py:7, triage.py:3)');
  });

  it('is absent for tool helpers and agent frameworks that are only mentioned', async () => {
    const result = await detect(agentsToolUse, {
      'notes.py': py`
        # from google.genai.types import FunctionDeclaration
        # agent = Agent(model=model, tools=[DuckDuckGoTools()])
        HOWTO = "call openai.pydantic_function_tool(Model) and pass tools= to chat.complete()"
      `,
      'task.py': 'def finish(task):\n    return task.complete(tools=["hammer"])\n',
      'README.md': 'Built with Pydantic AI, Agno and Strands agents, with MCP tools.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
