// An Ollama Modelfile that sets a system prompt keeps the application's prompt
// in a file of its own: a template file (signals.md › prompt_management).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { parseModelfile } from '../parse/modelfile.js';
import { promptManagement } from './prompt_management.js';

const CHAT = {
  'api/rag.py': py`
    from llama_index.llms.ollama import Ollama
    llm = Ollama(model="support-bot", request_timeout=60.0)
    def answer(question):
        return llm.complete(question)
  `,
};

describe('signals/prompt_management: Ollama Modelfiles', () => {
  it('reads SYSTEM and MESSAGE directives, never a FROM, PARAMETER or chat-format TEMPLATE', () => {
    const facts = parseModelfile(text`
      FROM llama3.1:8b
      PARAMETER temperature 0.2
      TEMPLATE """{{ if .System }}<|system|>{{ .System }}{{ end }}<|user|>{{ .Prompt }}"""
      system """
      You answer questions about the shop's return policy only.
      """
      MESSAGE user Can I return shoes?
    `);

    expect(facts.configs).toEqual([
      { key: 'modelfile:system', text: 'SYSTEM', line: 4 },
      { key: 'modelfile:message', text: 'MESSAGE', line: 7 },
    ]);
  });

  it('counts a Modelfile with a system prompt in a project that calls an LLM, at the SYSTEM line', async () => {
    const result = await detect(promptManagement, {
      ...CHAT,
      'ollama/Modelfile': 'FROM mistral\nPARAMETER num_ctx 4096\nSYSTEM You are a support assistant for ACME. Answer from the context only.\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['ollama/Modelfile:3']);
  });

  it('does not count a Modelfile that only picks a model and its parameters, nor one in a project calling no LLM', async () => {
    const bare = await detect(promptManagement, { ...CHAT, Modelfile: 'FROM llama3\nPARAMETER temperature 0\n' });
    const unused = await detect(promptManagement, { 'model/Modelfile': 'FROM llama3\nSYSTEM Be brief.\n', 'app.py': 'print("hi")\n' });

    expect(bare.present).toBe(false);
    expect(unused.present).toBe(false);
  });
});
