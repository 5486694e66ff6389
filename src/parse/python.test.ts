import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

describe('parse/python', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('reads imports with aliases and resolves calls through them', () => {
    const facts = parsePython(py`
      import numpy as np
      from sklearn.model_selection import GridSearchCV as GS
      import os.path

      def f(x: int) -> int:
          return np.mean(x)

      GS(est, {}, cv=5)
      loss.backward()
      os.path.join("a", "b")
    `);

    expect(facts.imports.map((i) => [i.module, i.name, i.alias, i.line])).toEqual([
      ['numpy', undefined, 'np', 1],
      ['sklearn.model_selection', 'GridSearchCV', 'GS', 2],
      ['os.path', undefined, undefined, 3],
    ]);
    expect(facts.calls.map((c) => [c.name, c.line])).toEqual([
      ['numpy.mean', 6],
      ['sklearn.model_selection.GridSearchCV', 8],
      ['loss.backward', 9],
      ['os.path.join', 10],
    ]);
    expect(facts.calls[1].kwargs).toEqual(['cv']);
    expect(facts.calls[3].strings).toEqual(['a', 'b']);
    expect(facts.functions[0]).toMatchObject({ name: 'f', annotated: true, calls: ['numpy.mean'], line: 5 });
  });

  it('records prose string literals, not docstrings, short strings or messages passed to calls', () => {
    const facts = parsePython(py`
      """Prompts for the assistant: a module docstring."""
      SYSTEM = """You are a careful assistant.
      Answer only from the context."""
      RULES = {"tone": "Be concise and answer in the first person."}
      NAME = "gpt-4o-mini"

      def build(question):
          """Builds the user message from the question."""
          print("Building the prompt for the question now")
          return f"""Context:
      {context}
      Question: {question}"""
    `);

    expect(facts.prose?.map((p) => p.line)).toEqual([2, 4, 10]);
  });

  it('reads classes with resolved bases, methods and decorators', () => {
    const facts = parsePython(py`
      from torch import nn
      import fastapi

      app = fastapi.FastAPI()

      class Net(nn.Module):
          def forward(self, x):
              return x

      @app.post("/predict")
      async def predict(item):
          return model(item)
    `);

    expect(facts.classes).toEqual([
      { name: 'Net', bases: ['torch.nn.Module'], methods: ['forward'], decorators: [], line: 6 },
    ]);
    const predict = facts.functions.find((f) => f.name === 'predict');
    expect(predict).toMatchObject({ isAsync: true, annotated: false, decorators: [{ name: 'app.post', strings: ['/predict'], line: 10 }] });
    expect(facts.functions.find((f) => f.name === 'forward')?.className).toBe('Net');
  });

  it('still yields facts from Python 2 and broken files', () => {
    const facts = parsePython(py`
      import urllib2
      print "hello"
      def broken(:
          pass
      import mlflow
      mlflow.log_metric("acc", 1)
    `);

    expect(facts.imports.map((i) => i.module)).toEqual(['urllib2', 'mlflow']);
    expect(facts.calls.map((c) => c.name)).toContain('mlflow.log_metric');
    expect(facts.syntaxErrors).toBeGreaterThan(0);
  });

  it('ignores comments and strings that mention imports', () => {
    const facts = parsePython(py`
      # import mlflow
      """import wandb"""
      x = "import torch"
    `);

    expect(facts.imports).toEqual([]);
    expect(facts.codeLines).toBe(2);
  });
});
