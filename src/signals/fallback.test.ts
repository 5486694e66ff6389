import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { parsePython, initPython } from '../parse/python.js';
import { experimentTracking } from './experiment_tracking.js';

describe('signals/fallback evidence', () => {
  it('marks calls in an except body, and not those of a def nested in it or after it', async () => {
    await initPython();
    const facts = parsePython(py`
      try:
          a()
      except ImportError:
          b()
          def later():
              c()
      d()
    `);

    expect(facts.calls.map((c) => [c.name, c.inExcept ?? false])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
      ['d', false],
    ]);
  });

  it('cites the call on the main path before those in an except fallback or a demo stub', async () => {
    const result = await detect(experimentTracking, {
      'train.py': py`
        import mlflow


        def demo_run():
            mlflow.log_metric("x", 1)


        def train():
            try:
                import fancy
            except ImportError:
                mlflow.log_param("fallback", 1)
            mlflow.log_metric("acc", 0.9)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['train.py:13', 'train.py:5', 'train.py:12']);
    expect(result.evidence.map((e) => e.fallback ?? false)).toEqual([false, true, true]);
  });
});
