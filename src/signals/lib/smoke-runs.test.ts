import { describe, expect, it } from 'vitest';
import { exportsOf, inlineCode, inlineTrains, smokeRun, takeInline } from './smoke-runs.js';
import { namesTraining } from './retraining.js';

describe('signals/lib/smoke-runs', () => {
  it('takes `python -c` code out whole (its `;` and quotes inside), and heredoc bodies without their terminator', () => {
    const codes: string[] = [];
    const text = takeInline('python3 -u -c "import a; print(\\"x\\")" && echo ok\npython - <<\'EOF\'\nm.fit(X, y)\nEOF\nls', codes);

    expect(text).toBe('python3 -u -c @inline:0 && echo ok\npython -  @inline:1\nls');
    expect(codes).toEqual(['import a; print("x")', 'm.fit(X, y)']);
    expect(inlineCode(['-u', '-c', '@inline:0'], codes)).toBe('import a; print("x")');
    expect(inlineCode(['train.py', '@inline:1'], codes)).toBeUndefined();
  });

  it('leaves shifts and here-strings alone', () => {
    const codes: string[] = [];

    expect(takeInline('echo $((1<<2)); cat <<< "$X"\npython train.py', codes)).toBe('echo $((1<<2)); cat <<< "$X"\npython train.py');
    expect(codes).toEqual([]);
  });

  it('tells a throw-away fit on literal data from inline code that trains', () => {
    expect(inlineTrains('import numpy as np; m.fit(np.array([[1, 2]]), [0])', namesTraining)).toBe(false);
    expect(inlineTrains('from sklearn.datasets import make_classification; X, y = make_classification(); m.fit(X, y)', namesTraining)).toBe(false);
    expect(inlineTrains('from src.train import main; main()', namesTraining)).toBe(true);
    expect(inlineTrains('import pandas as pd; df = pd.read_csv("d.csv"); m.fit(df[["a"]], df.y)', namesTraining)).toBe(true);
    expect(inlineTrains('import nltk; nltk.download("punkt")', namesTraining)).toBe(false);
  });

  it('reads a training module imported and never called as an import check, and one whose import is called as training', () => {
    expect(inlineTrains('from models.train_baseline import main as baseline_main\nprint("imports ok")', namesTraining)).toBe(false);
    expect(inlineTrains('import src.training.pipeline; print("ok")', namesTraining)).toBe(false);
    expect(inlineTrains('from models.train_baseline import main as baseline_main; baseline_main()', namesTraining)).toBe(true);
    expect(inlineTrains('from models import (\n  train_baseline,\n)\ntrain_baseline.main(epochs=1)', namesTraining)).toBe(true);
    expect(inlineTrains('import src.trainer as t; t.run()', namesTraining)).toBe(true);
  });

  it('knows smoke flags, settings, tiny step budgets and smoke variables; not real budgets or unrelated variables', () => {
    expect(smokeRun('python train.py --fast_dev_run', undefined)).toBe(true);
    expect(smokeRun('python train.py +trainer.max_steps=2', undefined)).toBe(true);
    expect(smokeRun('docker run -e SMOKE_TEST=true img python train.py', undefined)).toBe(true);
    expect(smokeRun('make train-smoke', undefined)).toBe(true);
    expect(smokeRun('python train.py', { CI_DRY_RUN: '1' })).toBe(true);
    expect(smokeRun('python train.py --max_steps 20000', undefined)).toBe(false);
    expect(smokeRun('python train.py --data dummy.csv', { SMOKE_TEST: '0', DRY_RUN: '${{ inputs.dry }}' })).toBe(false);
    expect(smokeRun("python train.py ${{ github.event_name == 'pull_request' && '--dry-run' || '' }}", undefined)).toBe(false);
  });

  it('reads `export` lines and lines of assignments only', () => {
    expect(exportsOf('export SMOKE=1 MODE="fast"')).toEqual([['SMOKE', '1'], ['MODE', 'fast']]);
    expect(exportsOf('SMOKE=1')).toEqual([['SMOKE', '1']]);
    expect(exportsOf('SMOKE=1 python train.py')).toBeUndefined();
  });
});
