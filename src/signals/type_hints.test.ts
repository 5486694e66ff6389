import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { typeHints } from './type_hints.js';

describe('signals/type_hints', () => {
  it('is present when half or more of the defs, methods and nested included, are annotated', async () => {
    const result = await detect(typeHints, {
      'app/model.py': py`
        class Model:
            def predict(self, x: list[float]) -> float:
                def inner(v):
                    return v
                return inner(sum(x))


        def load(path) -> "Model":
            return Model()
      `,
      'scripts/run.py': py`
        def main():
            pass
      `,
    });

    expect(result.present).toBe(true);
    expect(result.note).toBe('2 of 4 defs in non-test .py files annotated (50%)');
    expect(locations(result)).toEqual(['app/model.py:2', 'app/model.py']);
  });

  it('ignores tests, notebooks and type stubs, and is absent below half', async () => {
    const result = await detect(typeHints, {
      'src/train.py': py`
        def train(data):
            return data


        def evaluate(model, data) -> dict:
            return {}


        def split(data, ratio=0.2):
            return data
      `,
      'tests/test_train.py': py`
        def test_a() -> None: ...
        def test_b() -> None: ...
        def test_c() -> None: ...
      `,
      'conftest.py': 'def fixture() -> int:\n    return 1\n',
      'nb.ipynb': notebook(['def f(x: int) -> int:\n    return x']),
      'src/train.pyi': 'def train(data: list) -> None: ...\ndef evaluate(model: object, data: list) -> dict: ...\ndef split(data: list, ratio: float = ...) -> list: ...\n',
    });

    expect(result.present).toBe(false);
    expect(result.note).toBe('1 of 3 defs in non-test .py files annotated (33%)');
  });

  it('does not count annotations that only appear in comments or docstrings', async () => {
    const result = await detect(typeHints, {
      'util.py': py`
        def parse(text):  # (text: str) -> dict
            """parse(text: str) -> dict"""
            return {}
      `,
    });

    expect(result).toMatchObject({ present: false, note: '0 of 1 defs in non-test .py files annotated (0%)' });
  });

  it('is absent without any function in own .py files', async () => {
    const result = await detect(typeHints, { 'config.py': 'LR = 0.1\n' });

    expect(result).toMatchObject({ present: false, evidence: [], note: 'no functions in non-test .py files' });
  });
});
