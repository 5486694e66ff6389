import { beforeAll, describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { py } from '../../test/helpers/text.js';
import { parseNotebook } from './notebook.js';
import { initPython, parsePython } from './python.js';

describe('parse/python-unused', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('marks imports whose name appears only in comments, strings or other imports; any use in code clears it', () => {
    const facts = parsePython(py`
      import wandb
      import mlflow as mf
      from peft import LoraConfig, get_peft_model
      from ragas import evaluate
      import os.path
      from x import *
      from trulens.core import TruSession

      # wandb.init(project="p")
      """mf.log_metric is documented here"""
      cfg = LoraConfig(r=8)
      label = f"{os.sep}{evaluate.__name__}"
      def f(s: TruSession) -> None: ...
    `);

    expect(facts.imports.map((i) => [i.name ?? i.module, i.unused ?? false])).toEqual([
      ['wandb', true],
      ['mlflow', true],
      ['LoraConfig', false],
      ['get_peft_model', true],
      ['evaluate', false],
      ['os.path', false],
      ['*', false],
      ['TruSession', false],
    ]);
  });

  it('resolves use across notebook cells', () => {
    const nb = parseNotebook(notebook(['import wandb\nimport comet_ml', 'wandb.init(project="p")\n# comet_ml.Experiment()']), 'nb.ipynb');

    expect(nb.python?.imports.map((i) => [i.module, i.unused ?? false])).toEqual([
      ['wandb', false],
      ['comet_ml', true],
    ]);
  });
});
