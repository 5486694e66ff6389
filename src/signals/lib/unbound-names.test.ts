// Names an import-less module takes from the repository's other files
// (lib/unbound-names.ts), on real parsing and real detectors. Held-out
// review: a PyTorch classifier exported from one notebook into utils.py (all
// the imports), model.py (`class OCRCNN(nn.Module)` with no import) and
// train.py; custom_model_code said nothing.
import { describe, expect, it } from 'vitest';
import { detect, factsOf, locations } from '../../../test/helpers/repo.js';
import { py } from '../../../test/helpers/text.js';
import { DetectContext } from '../context.js';
import { customModelCode } from '../custom_model_code.js';

const UTILS = py`
  import torch
  import torch.nn as nn
  import torch.nn.functional as F

  loader = torch.utils.data.DataLoader(data, batch_size=64)
`;

const MODEL = py`
  class Net(nn.Module):
      def __init__(self):
          super().__init__()
          self.fc = nn.Linear(784, 10)

      def forward(self, x):
          return F.relu(self.fc(x))
`;

describe('signals/unbound-names: a module that uses the names another file imports', () => {
  it('resolves the module’s bases and calls through the one import the repository writes, placed at the first use', async () => {
    const ctx = new DetectContext(await factsOf({ 'utils.py': UTILS, 'model.py': MODEL }));
    const model = ctx.python.find((f) => f.path === 'model.py')!;

    expect(model.facts.classes[0].bases).toEqual(['torch.nn.Module']);
    expect(model.facts.calls.map((c) => c.name)).toEqual(expect.arrayContaining(['torch.nn.Linear', 'torch.nn.functional.relu']));
    expect(model.facts.imports).toEqual([
      { module: 'torch.nn', alias: 'nn', text: 'import torch.nn as nn (not imported here: utils.py:2)', line: 1 },
      { module: 'torch.nn.functional', alias: 'F', text: 'import torch.nn.functional as F (not imported here: utils.py:3)', line: 7 },
    ]);
  });

  it('credits the model class of the import-less module', async () => {
    const result = await detect(customModelCode, { 'utils.py': UTILS, 'model.py': MODEL });

    expect(locations(result)).toEqual(['model.py:1']);
  });

  it('is absent when the import is only mentioned elsewhere (a comment, a README, a string)', async () => {
    const result = await detect(customModelCode, {
      'utils.py': '# import torch.nn as nn\nNOTE = "import torch.nn as nn"\n',
      'README.md': '```python\nimport torch.nn as nn\n```\n',
      'model.py': MODEL,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('leaves a name alone where it has two meanings, a file defines it, the module binds it, or the module imports anything itself', async () => {
    const twoMeanings = await detect(customModelCode, { 'utils.py': UTILS, 'other.py': 'from keras import layers as nn\n', 'model.py': MODEL });
    const defined = await detect(customModelCode, { 'utils.py': UTILS, 'nn.py': 'import torch.nn as nn\n', 'shim.py': 'class nn:\n    Module = object\n', 'model.py': MODEL });
    const bound = await detect(customModelCode, {
      'utils.py': UTILS,
      'model.py': 'def build(nn):\n    class Net(nn.Module):\n        def forward(self, x):\n            return x\n    return Net\n',
    });
    const importing = await detect(customModelCode, { 'utils.py': UTILS, 'model.py': `import numpy as np\n${MODEL}` });

    for (const result of [twoMeanings, defined, bound, importing]) expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
