import { describe, expect, it } from 'vitest';
import { factsOf } from '../../../test/helpers/repo.js';
import { DetectContext } from '../context.js';
import { callsEmptyFunction } from './empty-functions.js';
import { moduleIndexOf } from './local-modules.js';

describe('signals/lib/empty-functions callsEmptyFunction', () => {
  it('knows calls of functions that do nothing, in the file or imported from a repository module, from those that do something', async () => {
    const ctx = new DetectContext(
      await factsOf({
        'steps/evaluation.py': 'def evaluate_model(df):\n    """Evaluates the model."""\n    pass\n\ndef report(df):\n    return r2_score(df.y, df.p)\n',
        'run.py': [
          'import steps.evaluation',
          'from steps.evaluation import evaluate_model, report',
          'from sklearn.metrics import evaluate_model as lib_eval',
          'def check(x):',
          '    print(x)',
          'evaluate_model(df)',
          'steps.evaluation.evaluate_model(df)',
          'report(df)',
          'check(df)',
          'lib_eval(df)',
          '',
        ].join('\n'),
      }),
    );
    const run = ctx.python.find((f) => f.path === 'run.py')!;
    const index = moduleIndexOf(ctx.python);

    const verdicts = run.facts.calls.filter((c) => c.line >= 6).map((c) => [c.line, callsEmptyFunction(index, run, c)]);

    expect(verdicts).toEqual([
      [6, true],
      [7, true],
      [8, false],
      [9, true],
      [10, false],
    ]);
  });
});
