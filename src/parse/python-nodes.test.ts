import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython, withPythonTree } from './python.js';

describe('parse/python-nodes', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('gives the same facts when the query runs out of time and the cursor walk takes over', () => {
    const text = py`
      import torch as t
      from x import (a,
          b as c)

      @t.no_grad()
      class M(t.nn.Module):
          def forward(self, x):
              def inner():
                  return c(x)(1)
              return inner() + t.relu(x, inplace=True)

      t.save(M(), "m.pt")
    `;
    const normal = parsePython(text);
    const realNow = performance.now.bind(performance);
    let calls = 0;
    // A clock that jumps an hour on every reading after the first: the query is cancelled at once.
    performance.now = () => realNow() + (calls++ > 0 ? 3_600_000 * calls : 0);
    let walked;
    try {
      walked = parsePython(text);
    } finally {
      performance.now = realNow;
    }

    expect(walked).toEqual(normal);
    expect(normal.functions.map((f) => [f.name, f.className, f.calls])).toEqual([
      ['forward', 'M', ['inner', 'torch.relu']],
      ['inner', undefined, ['x.b']],
    ]);
    expect(normal.calls.map((c) => [c.name, c.inFunction])).toEqual([
      ['torch.no_grad', undefined],
      ['x.b', 'inner'],
      ['inner', 'M.forward'],
      ['torch.relu', 'M.forward'],
      ['torch.save', undefined],
      ['M', undefined],
    ]);
  });

  it('reads 100k nested calls and 200k unclosed parentheses without recursion, in bounded time', () => {
    const nested = 'f('.repeat(100_000) + ')'.repeat(100_000);
    const started = performance.now();
    const facts = parsePython(nested);
    const unclosed = parsePython('('.repeat(200_000));

    expect(facts.calls).toHaveLength(100_000);
    expect(unclosed.syntaxErrors).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(60_000);
  });

  it('frees trees after use', () => {
    expect(withPythonTree('x = 1', (root) => root.type)).toBe('module');
  });
});
