import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

describe('parse/python-compared', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('records the names a call is assigned to', () => {
    const facts = parsePython(py`
      p = svm_predict(model, X_val)
      cost_val, _ = cost(X_val, y_val, theta)
      acc: float = score(a, b)
      print(p)
      d["k"] = f(x)
    `);

    expect(facts.calls.map((c) => [c.name, c.bound])).toEqual([
      ['svm_predict', ['p']],
      ['cost', ['cost_val']],
      ['score', ['acc']],
      ['print', undefined],
      ['f', undefined],
    ]);
  });

  it('records names assigned a part of another value or of a call on their line (PythonFacts.parts)', () => {
    const facts = parsePython(py`
      answer = completion.choices[0].message.content
      text = client.chat.completions.create(model="m").choices[0].message.content or ""
      alias = reply
      n = len(
          words)
      total = a + b
      self.x = y.z
    `);

    expect(facts.parts).toEqual([
      { line: 1, names: ['answer'], of: 'completion' },
      { line: 2, names: ['text'] },
      { line: 3, names: ['alias'], of: 'reply' },
    ]);
  });

  it('records names compared or subtracted in arguments and in the expression a method is called on', () => {
    const facts = parsePython(py`
      import numpy as np
      err = np.mean(predictions != y_val)
      acc = (model.predict(X_test) == y_test).mean()
      mse = np.mean((y_test - y_hat.ravel()) ** 2)
      big = np.mean(p_val < epsilon)
      n = np.sum(y == 1)
      print(f(a == b), c)
    `);

    expect(facts.calls.map((c) => [c.name, c.compared])).toEqual([
      ['numpy.mean', ['predictions', 'y_val']],
      ['?.mean', ['model', 'X_test', 'y_test']],
      ['model.predict', undefined],
      ['numpy.mean', ['y_test', 'y_hat']],
      ['y_hat.ravel', undefined],
      ['numpy.mean', undefined],
      ['numpy.sum', ['y']],
      ['print', undefined],
      ['f', ['a', 'b']],
    ]);
  });
});
