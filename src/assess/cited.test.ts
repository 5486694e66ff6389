import { describe, expect, it } from 'vitest';
import { fakeScan } from '../../test/helpers/scan.js';
import { assessCandidate } from './assess.js';
import { loadRoleFile, templatePath } from './role-profile.js';

describe('assess/cited evidence', () => {
  it('cites two places for a signal, never one line twice (two matches on one line show as one citation)', () => {
    const scan = fakeScan('proj', { deep_learning: { location: 'nb.ipynb#cell=1:1' } });
    const dl = scan.signals.find((s) => s.id === 'deep_learning');
    const first = dl!.evidence[0];
    dl!.evidence.push({ ...first, match: 'tensorflow.keras.layers.Dense()' }, { ...first, path: 'model.py', line: 7, location: 'model.py:7', match: 'torch.nn.Linear()' });

    const a = assessCandidate({ label: 'x', scans: [scan], role: loadRoleFile(templatePath('applied-ml-engineer')), asOf: '2026-11-23' });

    const cited = a.competencies.flatMap((c) => c.contributions).find((c) => c.signal === 'deep_learning')?.evidence;
    expect(cited).toEqual(['proj: nb.ipynb#cell=1:1', 'proj: model.py:7']);
  });
});
