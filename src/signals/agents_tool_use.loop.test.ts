// Held-out review (issue 15), agents_tool_use: a tool schema built by a
// provider SDK's helper (`openai.pydantic_function_tool`) reaches the chat call
// through the application's own wrapper (`kwargs["tools"] = tools;
// create(**kwargs)`), and the code answers the model's tool calls with their
// results (`{"role": "tool", "tool_call_id": ...}`): the model calls tools.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { agentsToolUse } from './agents_tool_use.js';

const SCHEMAS = py`
  from openai import pydantic_function_tool
  from pydantic import BaseModel

  class WebSearch(BaseModel):
      query: str

  TOOLS = [pydantic_function_tool(WebSearch)]

  def run_tool(name, arguments):
      return WebSearch.model_validate_json(arguments).query
`;

const WRAPPER = py`
  from openai import OpenAI

  client = OpenAI()

  def ask(messages, tools=None):
      kwargs = {"model": "gpt-4o", "messages": messages}
      if tools:
          kwargs["tools"] = tools
      return client.chat.completions.create(**kwargs).choices[0].message
`;

const LOOP = py`
  from app.chat import ask
  from app.tools import TOOLS, run_tool

  def answer(question):
      messages = [{"role": "user", "content": question}]
      message = ask(messages, tools=TOOLS)
      for _ in range(5):
          if not message.tool_calls:
              break
          messages.append(message.to_dict())
          for tc in message.tool_calls:
              result = run_tool(tc.function.name, tc.function.arguments)
              messages.append({"role": "tool", "tool_call_id": tc.id, "content": result})
          message = ask(messages, tools=TOOLS)
      return message.content
`;

describe('signals/agents_tool_use (the code\'s own tool loop)', () => {
  it('counts an SDK-built tool schema whose calls the code answers with their results', async () => {
    const result = await detect(agentsToolUse, { 'app/tools.py': SCHEMAS, 'app/chat.py': WRAPPER, 'app/loop.py': LOOP });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(expect.arrayContaining(['app/tools.py:7', 'app/loop.py:13']));
  });

  it('counts an Anthropic tool_result built in a function body and a Gemini function response', async () => {
    const anthropic = await detect(agentsToolUse, {
      'agent.py': py`
        import anthropic
        from anthropic import beta_tool

        @beta_tool
        def lookup(city: str) -> str:
            """Weather of a city."""
            return city

        def tool_result(block):
            result = {"type": "tool_result", "tool_use_id": block.id, "content": lookup(block.input["city"])}
            return result
      `,
    });
    expect(anthropic.present).toBe(true);
    expect(locations(anthropic)).toEqual(expect.arrayContaining(['agent.py:4', 'agent.py:9']));

    const gemini = await detect(agentsToolUse, {
      'gemini.py': py`
        from google import genai
        from google.genai import types

        weather = types.FunctionDeclaration(name="get_weather", parameters={"type": "object"})

        def reply(call, result):
            return types.Part.from_function_response(name=call.name, response={"result": result})
      `,
    });
    expect(gemini.present).toBe(true);
    expect(locations(gemini)).toEqual(expect.arrayContaining(['gemini.py:4', 'gemini.py:7']));
  });

  it('is absent when the schema is built but no tool call is ever answered, and says so', async () => {
    const result = await detect(agentsToolUse, {
      'app/tools.py': SCHEMAS,
      'app/chat.py': WRAPPER,
      'README.md': 'The bot answers every tool call with a `{"role": "tool", "tool_call_id": ...}` message.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toBe('tools defined but never given to a model, no bind_tools, tools= or agent takes them (app/tools.py:7)');
  });

  it('is absent for tool messages with no tool declared, or whose tool_call_id is set by subscript in a training set', async () => {
    const undeclared = await detect(agentsToolUse, { 'app/chat.py': WRAPPER, 'app/loop.py': LOOP.replace('from app.tools import TOOLS, run_tool\n', 'TOOLS = []\nrun_tool = print\n') });
    expect(undeclared).toMatchObject({ present: false, evidence: [] });

    const reshaped = await detect(agentsToolUse, {
      'app/tools.py': SCHEMAS,
      'reformat.py': py`
        import json
        from openai import OpenAI

        def reformat(rows):
            for msg in rows:
                if msg["role"] == "tool":
                    msg["tool_call_id"] = "call_" + str(len(rows))
            return json.dumps(rows)
      `,
    });
    expect(reshaped).toMatchObject({ present: false, evidence: [] });
  });
});
