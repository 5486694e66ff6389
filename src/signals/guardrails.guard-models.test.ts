// Held-out review (issue 15): a notebook that built its transformation LLM
// from Groq's `llama-guard-3-8b` and handed it to title and question
// extractors was read as a guardrail because the model's name is a guard
// model's. signals.md: guardrails are the application's own LLM input or
// output constrained or checked; a guard model counts only where it screens
// (its verdict decides something): run in a function or class named for
// screening, or its verdict read after it (lib/guard-models.ts).
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { guardrails } from './guardrails.js';

describe('signals/guardrails: guard models only where they screen', () => {
  it('counts Llama Guard asked in a screening function, and a guard model object run by one', async () => {
    const direct = await detect(guardrails, {
      'app/safety.py': py`
        from groq import Groq
        client = Groq()

        def is_safe(text):
            verdict = client.chat.completions.create(model="llama-guard-3-8b", messages=[{"role": "user", "content": text}])
            return verdict.choices[0].message.content
      `,
    });
    const built = await detect(guardrails, {
      'app/guard.py': py`
        from langchain_groq import ChatGroq
        guard = ChatGroq(model="meta-llama/llama-guard-4-12b")

        def llama_guard_check(text):
            return guard.invoke(text).content
      `,
    });
    const byConstant = await detect(guardrails, {
      'moderation.py': py`
        from transformers import AutoModelForCausalLM, AutoTokenizer
        MODEL_ID = "meta-llama/Llama-Guard-3-8B"
        tokenizer = AutoTokenizer.from_pretrained(MODEL_ID)
        model = AutoModelForCausalLM.from_pretrained(MODEL_ID)

        def moderate(chat):
            ids = tokenizer.apply_chat_template(chat, return_tensors="pt")
            return tokenizer.decode(model.generate(input_ids=ids)[0])
      `,
    });

    expect(locations(direct)).toEqual(['app/safety.py:5']);
    expect(locations(built)).toEqual(['app/guard.py:2', 'app/guard.py:5']);
    expect(byConstant.present).toBe(true);
    expect(locations(byConstant)).toContain('moderation.py:4');
  });

  it('counts a guard model whose verdict is read after it, outside any function', async () => {
    const result = await detect(guardrails, {
      'chat.ipynb': notebook([
        'import ollama\nreply = ollama.chat(model="llama-guard3:1b", messages=[{"role": "user", "content": prompt}])',
        'text = reply["message"]["content"]\nblocked = text.strip().lower().startswith("unsafe")',
      ]),
    });

    expect(locations(result)).toEqual(['chat.ipynb#cell=0:2', 'chat.ipynb#cell=1:2']);
  });

  it('is absent for a guard model used as an ordinary LLM: handed to extractors, asked for titles', async () => {
    const result = await detect(guardrails, {
      'ingest.ipynb': notebook([
        'from llama_index.llms.groq import Groq\nllm_transformations = Groq(model="llama-guard-3-8b", api_key=key)',
        'title_extractor = TitleExtractor(llm=llm_transformations, nodes=5)\nqa_extractor = QuestionsAnsweredExtractor(llm=llm_transformations, questions=3)\nnodes = IngestionPipeline(transformations=[title_extractor, qa_extractor]).run(documents=docs)',
      ]),
      'summary.py': py`
        from groq import Groq
        client = Groq()

        def summarise(text):
            return client.chat.completions.create(model="llama-guard-3-8b", messages=[{"role": "user", "content": text}])
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a guard model named only in a mention: a comment, a README, a model list never called', async () => {
    const result = await detect(guardrails, {
      'README.md': 'Inputs could be screened with Llama Guard 3.\n',
      'app.py': py`
        # guard = ChatGroq(model="llama-guard-3-8b")
        MODELS = ["llama-3.1-8b-instant", "llama-guard-3-8b"]
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
