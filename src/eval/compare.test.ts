import { describe, expect, it } from 'vitest';
import type { RepoScan } from '../scan/types.js';
import type { SignalResult } from '../signals/types.js';
import { compare } from './compare.js';
import { labelEvidencePath, pointsAtLabelled, type RepoLabel } from './labels.js';

function result(id: string, present: boolean | null, paths: string[] = []): SignalResult {
  const evidence = paths.map((path) => ({ path, location: path, match: 'x', kind: 'file' as const }));
  return { id, area: 'engineering', present, strength: null, evidence, evidenceCount: evidence.length, hints: [] } as SignalResult;
}

function scan(signals: SignalResult[], level: 0 | 1 | 2 | 3 = 0): RepoScan {
  return { signals, maturity: { level, name: 'exploration', conditions: [] } } as unknown as RepoScan;
}

describe('eval/compare', () => {
  it('leaves a signal with no positive label and no positive prediction out of the macro F1', () => {
    const label: RepoLabel = { repo: 'a/b', maturity: 1, signals: { ci: { present: true }, rag: { present: false } } };

    const c = compare([{ label, scan: scan([result('ci', true), result('rag', false)]) }]);

    expect(c.figures.all.signals.map((s) => [s.signal, s.f1])).toEqual([
      ['ci', 1],
      ['rag', null],
    ]);
    expect(c.figures.all).toMatchObject({ macroF1: 1, macroSignals: 1 });
    expect(c.maturity).toEqual({ matched: 0, compared: 1, rate: 0 });
  });

  it('counts an undecided signal as a negative prediction', () => {
    const label: RepoLabel = { repo: 'a/b', signals: { tests: { present: true } } };

    const c = compare([{ label, scan: scan([result('tests', null)]) }]);

    expect(c.figures.all.signals[0]).toMatchObject({ tp: 0, fn: 1, precision: null, recall: 0, f1: 0 });
  });

  it('ignores repositories without a scan', () => {
    const label: RepoLabel = { repo: 'a/b', maturity: 2, signals: { tests: { present: true } } };

    const c = compare([{ label }]);

    expect(c.figures.all.totals).toEqual({ tp: 0, fp: 0, fn: 0, tn: 0 });
    expect(c.figures.all.macroF1).toBeNull();
    expect(c.maturity.compared).toBe(0);
  });
});

describe('eval/labels evidence paths', () => {
  it.each([
    ['tests/test_api.py:12', 'tests/test_api.py'],
    ['nb/a.ipynb#cell=3:4', 'nb/a.ipynb'],
    ['Dockerfile', 'Dockerfile'],
    ['tests/', 'tests/'],
  ])('%s points at %s', (item, path) => {
    expect(labelEvidencePath(item)).toBe(path);
  });

  it('matches files inside a labelled folder and the labelled file only', () => {
    expect(pointsAtLabelled('tests/unit/test_x.py', ['tests/'])).toBe(true);
    expect(pointsAtLabelled('src/tests.py', ['tests/'])).toBe(false);
    expect(pointsAtLabelled('a.py', ['a.py:3', 'b.py'])).toBe(true);
    expect(pointsAtLabelled('a.pyi', ['a.py:3'])).toBe(false);
  });
});
