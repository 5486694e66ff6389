// Held-out review (issue 15): an agent framework kept its system prompts as
// "role" documents in a database, seeded from `role_definitions/*.role`
// files, fetched by name (`Role.get_role`) and put into the system message
// the agent sends: no prompt template file, prompts folder or prompts module,
// so it was read as inlined prompts. signals.md: prompts managed as artefacts
// rather than inlined at call sites. Prompts kept as data files of any
// extension or as stored documents count where the repository's own loader
// reads them and the LLM code sends what it loads (lib/prompt-loaders.ts).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { promptManagement } from './prompt_management.js';

const LLM = py`
  from openai import OpenAI

  class LLMBase:
      def inference(self, messages):
          return OpenAI().chat.completions.create(model="gpt-4o", messages=messages)
`;
const ROLES = py`
  from core.db import AgentDB

  class Role:
      def __init__(self, config):
          self.db_roles = AgentDB(config, "roles")

      def get_role(self, name):
          return self.db_roles.get(name)
`;
const AGENT = py`
  from core.llm import LLMBase
  from core.role import Role

  class Agent:
      def run(self, role_name, question):
          role = Role(self.config).get_role(role_name)
          messages = []
          messages.append({"role": "system", "content": role["role"]})
          messages.append({"role": "user", "content": question})
          return LLMBase().inference(messages)
`;

describe('signals/prompt_management: prompts kept as stored documents or data files', () => {
  it('counts system prompts fetched from a store by name and sent as the system message, with the files they are seeded from', async () => {
    const result = await detect(promptManagement, {
      'core/llm.py': LLM,
      'core/role.py': ROLES,
      'core/agent.py': AGENT,
      'role_definitions/helper.role': text`
        ### role
        You are an assistant that helps the user manage contexts.
      `,
    });

    expect(locations(result).sort()).toEqual(['core/agent.py:6', 'core/role.py:7', 'role_definitions/helper.role']);
  });

  it('counts a persona file of any extension loaded by the repository\'s own loader and handed over as the system prompt', async () => {
    const result = await detect(promptManagement, {
      'bot.py': py`
        from pathlib import Path
        import anthropic

        def load_persona(name):
            return Path("personas", name + ".persona").read_text()

        def reply(name, question):
            persona = load_persona(name)
            return anthropic.Anthropic().messages.create(model="claude-3-5-sonnet", system=persona, messages=[{"role": "user", "content": question}])
      `,
    });

    expect(locations(result).sort()).toEqual(['bot.py:4', 'bot.py:8']);
  });

  it('is absent for a user role read from a store in a web app, and a prompt loader that reads nothing', async () => {
    const result = await detect(promptManagement, {
      'app/llm.py': LLM,
      'app/users.py': py`
        def get_role(user_id):
            return db_session.get(User, user_id).role

        def load_prompt(topic):
            return "Answer questions about " + topic
      `,
      'app/views.py': py`
        from app.users import get_role, load_prompt
        from app.llm import LLMBase

        def admin_page(user_id):
            if get_role(user_id) != "admin":
                raise PermissionError(user_id)
            return render("admin.html", {"user": user_id, "role": get_role(user_id)})

        def ask(topic):
            return LLMBase().inference(load_prompt(topic))
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a loader with no LLM in the repository, and for role files only mentioned', async () => {
    const result = await detect(promptManagement, {
      'roles.py': py`
        import json

        def load_role(name):
            with open(f"roles/{name}.role") as f:
                return json.load(f)

        def build(name):
            return [{"role": "system", "content": load_role(name)}]
      `,
      'README.md': 'System prompts live in `roles/*.role` and are sent to GPT-4.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
