import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

describe('parse/python (calls whose value is thrown away)', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('marks a call that is a statement of its own, awaited or not, and no call whose value is used', () => {
    const facts = parsePython(py`
      async def flow(ref, cur):
          detect_drift(ref, cur)
          await notify("done")
          drift = check_drift(ref, cur)
          if has_drift(ref, cur):
              retrain(load())
          return report(ref)
    `);

    expect(facts.calls.map((c) => [c.name, c.discarded ?? false])).toEqual([
      ['detect_drift', true],
      ['notify', true],
      ['check_drift', false],
      ['has_drift', false],
      ['retrain', true],
      ['load', false],
      ['report', false],
    ]);
  });
});
