import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { promptManagement } from './prompt_management.js';

describe('signals/prompt_management', () => {
  it('is present for a prompts module that the LLM code imports, cited at its first prompt (not the import)', async () => {
    const result = await detect(promptManagement, {
      'app/prompts.py': 'SYSTEM = """You are a careful assistant."""\nQA = "Answer: {question}"\n',
      'app/chat.py': py`
        from openai import OpenAI
        from app.prompts import SYSTEM, QA
        client = OpenAI()
      `,
    });

    expect(result.present).toBe(true);
    expect(result.evidence).toMatchObject([
      { location: 'app/prompts.py:1', kind: 'file', match: 'prompts module' },
      { location: 'app/chat.py:2', kind: 'import' },
    ]);
  });

  it('counts a prompts module under any prompt name (prompt_config.py) that holds prompt text and agents import', async () => {
    const result = await detect(promptManagement, {
      'backend/agents/prompt_config.py': py`
        """Shared prompt configuration for all agents."""
        RESPONSE_RULES = """RESPONSE FORMAT:
        - Answer in the first person
        - Keep it to two paragraphs"""

        def get_system_prompt(role):
            return SYSTEM_PROMPTS[role].format(rules=RESPONSE_RULES)
      `,
      'backend/agents/technical.py': 'from .prompt_config import get_system_prompt\n',
      'backend/agents/base.py': 'from langchain_groq import ChatGroq\nllm = ChatGroq(model="llama-3.3-70b-versatile")\n',
    });
    const templates = await detect(promptManagement, {
      'app/prompt_library.py': 'from langchain_core.prompts import PromptTemplate\nQA = PromptTemplate.from_template(QA_TEXT)\n',
      'app/chain.py': 'from openai import OpenAI\nfrom app.prompt_library import QA\nclient = OpenAI()\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['backend/agents/prompt_config.py:2', 'backend/agents/technical.py:1']);
    expect(locations(templates)).toEqual(['app/prompt_library.py:2', 'app/chain.py:2']);
  });

  it('is absent for a module named for prompts with no prompt text, or whose one prompt is inline at its LLM call', async () => {
    const noText = await detect(promptManagement, {
      'app/prompt_utils.py': py`
        import tiktoken

        def count_tokens(prompt):
            return len(tiktoken.get_encoding("cl100k_base").encode(prompt))
      `,
      'app/chat.py': 'from openai import OpenAI\nfrom app.prompt_utils import count_tokens\nclient = OpenAI()\n',
    });
    const inline = await detect(promptManagement, {
      'app/prompt_runner.py': py`
        from openai import OpenAI
        client = OpenAI()

        def run(question):
            prompt = f"""Answer the question below.
            Question: {question}"""
            return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
      `,
      'app/main.py': 'from app.prompt_runner import run\n',
    });
    const mentionOnly = await detect(promptManagement, {
      'README.md': 'All prompts live in `prompt_config.py`.\n',
      'app/chat.py': 'from openai import OpenAI\n# from app.prompt_config import SYSTEM\nclient = OpenAI()\n',
    });

    expect(noText).toMatchObject({ present: false, evidence: [] });
    expect(inline).toMatchObject({ present: false, evidence: [] });
    expect(mentionOnly).toMatchObject({ present: false, evidence: [] });
  });

  it('counts template files, a prompt registry and a DSPy program', async () => {
    const result = await detect(promptManagement, {
      'prompts/summarise.j2': 'Summarise {{ text }}\n',
      'templates/qa.prompt': 'Q: {{q}}\n',
      'registry.py': 'from langfuse import Langfuse\nprompt = Langfuse().get_prompt("qa", version=3)\n',
      'program.py': 'import dspy\n\nclass QA(dspy.Signature):\n    pass\n',
      'app.py': 'import anthropic\n',
    });

    expect(locations(result).sort()).toEqual(['program.py:1', 'prompts/summarise.j2', 'registry.py:2', 'templates/qa.prompt']);
  });

  it("counts CrewAI's agent and task YAML where CrewAI is used, and not a plain config folder", async () => {
    const crew = {
      'src/crew/config/agents.yaml': 'researcher:\n  role: Senior researcher\n  goal: Find facts about {topic}\n',
      'src/crew/config/tasks.yaml': 'research:\n  description: Research {topic}\n',
    };
    const used = await detect(promptManagement, { ...crew, 'src/crew/crew.py': 'from crewai import Agent, Crew, Task\ncrew = Crew(agents=[Agent(config=a)], tasks=[Task(config=t)])\n' });
    const notUsed = await detect(promptManagement, { ...crew, 'app.py': 'import openai\n' });

    expect(locations(used).sort()).toEqual(['src/crew/config/agents.yaml', 'src/crew/config/tasks.yaml']);
    expect(notUsed).toMatchObject({ present: false, evidence: [] });
  });

  it('counts code that loads a prompt file by path', async () => {
    const result = await detect(promptManagement, {
      'bot.py': 'import anthropic\nSYSTEM = open("assets/prompts/system.txt").read()\nclient = anthropic.Anthropic()\n',
    });

    expect(locations(result)).toEqual(['bot.py:2']);
  });

  it('is absent for inline prompts, coding-assistant prompt files and a prompts folder with no LLM code', async () => {
    const withLlm = await detect(promptManagement, {
      'chat.py': 'from openai import OpenAI\nreply = OpenAI().responses.create(model="gpt-4o", input="Summarise: " + text)\n',
      '.github/prompts/review.prompt.md': 'Review this pull request.\n',
      'docs/prompts/ideas.md': 'Prompt ideas.\n',
      'README.md': 'Prompts live in `prompts/`.\n',
    });
    const noLlm = await detect(promptManagement, { 'prompts/awesome.md': '- Act as a Linux terminal\n' });

    expect(withLlm).toMatchObject({ present: false, evidence: [] });
    expect(noLlm).toMatchObject({ present: false, evidence: [] });
  });

  it('reports a declared prompt registry that is never used as a hint only', async () => {
    const result = await detect(promptManagement, { 'requirements.txt': text`
      dspy==2.5.0
    ` });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
    expect(result.hints.map((h) => h.location)).toEqual(['requirements.txt:1']);
  });
});
