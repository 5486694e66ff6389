import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

beforeAll(async () => {
  await initPython();
});

describe('parse/python-globals: what a star import takes from a module', () => {
  it('reads the public names bound at module level, in if/try blocks too, and not those of functions or classes', () => {
    const facts = parsePython(py`
      import os, numpy as np
      from openai import OpenAI
      from .helpers import clean as tidy
      API_KEY = os.getenv("KEY")
      a = b = 1
      x, (y, z) = 1, (2, 3)
      _private = 2
      try:
          import torch
      except ImportError:
          torch = None
      if API_KEY:
          client = OpenAI()

      @decorate
      def ask(q):
          local = 1
          import json
          return local

      class Bot:
          field = 1
    `);

    expect(new Set(facts.globals)).toEqual(new Set(['os', 'np', 'OpenAI', 'tidy', 'API_KEY', 'a', 'b', 'x', 'y', 'z', 'torch', 'client', 'ask', 'Bot']));
    expect(facts.exportAll).toBeUndefined();
    expect(facts.starUses).toBeUndefined();
  });

  it('reads a literal __all__, extended with +=', () => {
    const facts = parsePython('from openai import OpenAI\n__all__ = ["ask", \'Bot\']\n__all__ += ("helper",)\ndef ask(): pass\n');

    expect(facts.exportAll).toEqual(['ask', 'Bot', 'helper']);
  });

  it('records, in a star-importing file, the names its code uses that it does not bind itself (not in comments or strings)', () => {
    const facts = parsePython(py`
      from .dependencies import *
      from fastapi import FastAPI
      # OpenAI is mentioned here only
      app = FastAPI()
      note = "OpenAI in a string"
      def ask(chat):
          return client.chat.completions.create(model=MODEL, messages=[{"content": system_prompt}])
    `);

    expect(facts.starUses).toEqual(expect.arrayContaining(['client', 'chat', 'MODEL', 'system_prompt']));
    for (const bound of ['FastAPI', 'app', 'note', 'ask', 'OpenAI', 'return', 'def']) expect(facts.starUses).not.toContain(bound);
  });

  it('records no uses for a file whose only star import is from __future__', () => {
    expect(parsePython('from __future__ import annotations\nx = f(y)\n').starUses).toBeUndefined();
  });

  it('records, in a file with no import, the names its code uses and does not bind (not in comments or strings)', () => {
    const facts = parsePython(py`
      from __future__ import annotations
      # torch is mentioned here only
      class Net(nn.Module):
          def forward(self, x):
              return F.relu(x, "torch")
      model = Net()
    `);

    expect(facts.freeUses).toEqual(expect.arrayContaining(['nn', 'Module', 'F', 'relu', 'x']));
    for (const bound of ['Net', 'model', 'torch', 'self', 'def', 'annotations']) expect(facts.freeUses).not.toContain(bound);
    expect(parsePython('import os\nx = F.relu(y)\n').freeUses).toBeUndefined();
    expect(parsePython('x = 1\n').freeUses).toBeUndefined();
  });
});
