// Dynamic imports bind names as the imports they perform (python-dynamic.ts):
// held-out Mcusac/kaggle-ml-comp-scripts (slice AS) loads transformers and
// Unsloth with importlib.import_module and takes their classes with getattr.
import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

describe('parse/python (dynamic imports)', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('resolves calls through import_module, __import__, getattr and attributes of a dynamically imported module', () => {
    const facts = parsePython(py`
      import importlib
      from importlib import import_module as load

      class Backend:
          def load(self):
              self._tf = importlib.import_module("transformers")
              Auto = getattr(self._tf, "AutoModelForCausalLM")
              self.model = Auto.from_pretrained(self.path)
              self._tf.AutoTokenizer.from_pretrained(self.path)

      def unsloth_load(path):
          unsloth = load("unsloth")
          Fast = unsloth.FastLanguageModel
          model, tok = Fast.from_pretrained(model_name=path)
          np = __import__("numpy.linalg")
          np.linalg.norm(model)
    `);

    expect(facts.calls.map((c) => c.name).filter((n) => !/import_module|__import__|getattr/.test(n))).toEqual([
      'transformers.AutoModelForCausalLM.from_pretrained',
      'transformers.AutoTokenizer.from_pretrained',
      'unsloth.FastLanguageModel.from_pretrained',
      'numpy.linalg.norm',
    ]);
    // A dynamic import records no import fact: a probe uses nothing.
    expect(facts.imports.map((i) => i.module)).toEqual(['importlib', 'importlib']);
  });

  it('leaves names alone when the module is not a literal, getattr reads an object, or an attribute is of a plain value', () => {
    const facts = parsePython(py`
      import importlib

      def pick(name, obj, cfg):
          mod = importlib.import_module(name)
          mod.run()
          fn = getattr(obj, "predict")
          fn(cfg)
          lr = cfg.optim.lr
          lr.step()
    `);

    expect(facts.calls.map((c) => c.name)).toEqual(['importlib.import_module', 'mod.run', 'getattr', 'fn', 'lr.step']);
  });
});
