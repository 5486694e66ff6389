// llm_integration: a LangChain chat model or LLM class counts whatever
// provider package it comes from (signals.md: "LangChain / LlamaIndex LLM
// classes"; the tool list is open). Held-out slice AK: a Discord bot built a
// chat model from a provider's own `langchain_*` package the catalogue did not
// list and ran it with structured output; nothing counted. Embeddings, chat
// histories, an import never built and test doubles stay absent.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { llmIntegration } from './llm_integration.js';
import { promptManagement } from './prompt_management.js';

describe('signals/llm_integration: LangChain models of any provider package', () => {
  it('counts a chat model of an unlisted provider package, built and run with structured output', async () => {
    const result = await detect(llmIntegration, {
      'bot/answer.py': py`
        from pydantic import BaseModel
        from langchain_quokka import ChatQuokka

        class Reply(BaseModel):
            text: str

        model = ChatQuokka(base_url="https://gw.example/v1", model="q-7b", temperature=0)

        async def reply(messages):
            return await model.with_structured_output(Reply).ainvoke(messages)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['bot/answer.py:7']);
  });

  it('counts a class from the chat_models or llms module of a provider package, run in a chain', async () => {
    const result = await detect(llmIntegration, {
      'chain.py': py`
        from langchain_core.prompts import ChatPromptTemplate
        from langchain_wombat.llms import WombatCompletion

        prompt = ChatPromptTemplate.from_messages([("human", "{q}")])
        chain = prompt | WombatCompletion(max_tokens=256)

        def run(q):
            return chain.invoke({"q": q})
      `,
    });

    expect(locations(result)).toEqual(['chain.py:5']);
  });

  it('counts an LLM class built in a factory module and handed to a chain elsewhere, and a chat class named inside', async () => {
    const result = await detect(llmIntegration, {
      'app/llm.py': py`
        from langchain_kiwi import KiwiLLM, AzureChatKiwi

        def make_llm(cfg):
            if cfg.azure:
                return AzureChatKiwi(deployment=cfg.deployment)
            return KiwiLLM(model=cfg.model)
      `,
      'app/qa.py': py`
        from langchain.chains import RetrievalQA
        from app.llm import make_llm

        def build(cfg, retriever):
            return RetrievalQA.from_chain_type(llm=make_llm(cfg), retriever=retriever)
      `,
    });

    expect(locations(result).sort()).toEqual(['app/llm.py:5', 'app/llm.py:6']);
  });

  it("counts the project's own subclass of LangChain's BaseChatModel that it builds and runs", async () => {
    const result = await detect(llmIntegration, {
      'gateway/model.py': py`
        from langchain_core.language_models import BaseChatModel

        class GatewayChat(BaseChatModel):
            def _generate(self, messages, stop=None, run_manager=None, **kwargs):
                return self.client.complete(messages)

            @property
            def _llm_type(self):
                return "gateway"
      `,
      'gateway/use.py': py`
        from gateway.model import GatewayChat

        def ask(q):
            return GatewayChat().invoke(q)
      `,
    });

    expect(locations(result)).toEqual(['gateway/model.py:3']);
  });

  it('does not count embeddings, chat message histories, rerankers or an error class of a provider package', async () => {
    const result = await detect(llmIntegration, {
      'index.py': py`
        from langchain_quokka import QuokkaEmbeddings, QuokkaRerank, ChatQuokkaError
        from langchain_redis import RedisChatMessageHistory

        emb = QuokkaEmbeddings(model="q-embed")
        history = RedisChatMessageHistory(session_id="s1", redis_url="redis://localhost")
        ranker = QuokkaRerank(top_n=3)

        def search(store, q):
            try:
                return ranker.compress_documents(store.invoke(emb.embed_query(q)), q)
            except Exception as e:
                raise ChatQuokkaError(str(e))
      `,
    });

    expect(result.present).toBe(false);
  });

  it('does not count a chat model class imported and never built, or only named in text', async () => {
    const result = await detect(llmIntegration, {
      'models.py': py`
        from langchain_quokka import ChatQuokka  # noqa: F401

        SUPPORTED = "ChatQuokka, ChatWombat"
      `,
      'runner.py': py`
        def run(graph, state):
            return graph.invoke(state)
      `,
    });

    expect(result.present).toBe(false);
  });

  it('does not count a chat model built where nothing ever runs a LangChain model', async () => {
    const result = await detect(llmIntegration, {
      'registry.py': py`
        from langchain_quokka import ChatQuokka

        MODELS = {"quokka": ChatQuokka(model="q-7b")}
      `,
    });

    expect(result.present).toBe(false);
  });

  it('does not count a chat model or a fake subclass only built in tests, nor a fake named as a double in the code', async () => {
    const result = await detect(llmIntegration, {
      'tests/test_graph.py': py`
        from langchain_core.language_models import BaseChatModel
        from langchain_quokka import ChatQuokka

        class EchoChat(BaseChatModel):
            def _generate(self, messages, **kwargs):
                return messages

        def test_graph():
            assert EchoChat().invoke("hi")
            assert ChatQuokka(model="x") is not None
      `,
      'app/fakes.py': py`
        from langchain_core.language_models.llms import LLM

        class FakeReplyLLM(LLM):
            def _call(self, prompt, stop=None):
                return "ok"

        def demo():
            return FakeReplyLLM().invoke("hi")
      `,
    });

    expect(result.present).toBe(false);
  });

  it('does not cite a stand-in class defined when the provider import fails, only the real class it built', async () => {
    const result = await detect(llmIntegration, {
      'factory.py': py`
        try:
            from langchain_quokka import ChatQuokka
            from langchain_core.language_models import BaseChatModel
        except ImportError:
            class BaseChatModel:
                pass

            class ChatQuokka(BaseChatModel):
                pass

        def make(cfg):
            return ChatQuokka(model=cfg.model).with_retry()
      `,
    });

    expect(locations(result)).toEqual(['factory.py:12']);
  });
});

describe('signals/prompt_management: YAML prompts where the LLM is an unlisted LangChain provider', () => {
  it('counts prompt keys of a configuration file the code loads, in a project whose chat model comes from any provider package', async () => {
    const result = await detect(promptManagement, {
      'settings/app.yaml': text`
        ai:
          triage_prompt: |
            You decide whether the message is a question about the product.
            Reply with should_answer true or false.
          reply_prompt: |
            Answer only from the given sources.
            Refuse when they do not say.
      `,
      'bot/config.py': py`
        from pathlib import Path
        import yaml

        def load(path=Path("settings/app.yaml")):
            return yaml.safe_load(path.read_text())
      `,
      'bot/llm.py': py`
        from langchain_quokka import ChatQuokka

        def answer(cfg, messages):
            llm = ChatQuokka(model=cfg["model"])
            return llm.invoke([("system", cfg["ai"]["reply_prompt"]), *messages])
      `,
    });

    expect(locations(result)).toEqual(['settings/app.yaml:2']);
  });
});
