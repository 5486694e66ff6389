// Builds RepoScan objects directly, for tests of stages after detection.
import type { RepoScan } from '../../src/scan/types.js';
import { computeMaturity } from '../../src/signals/maturity.js';
import { SIGNAL_IDS, type SignalId } from '../../src/signals/ids.js';
import { DETECTORS } from '../../src/signals/registry.js';
import type { Authorship, SignalResult, Strength, ToolUse } from '../../src/signals/types.js';

export interface FakeSignal {
  strength?: Strength;
  blame?: Partial<Authorship>;
  location?: string;
}

export function fakeScan(name: string, present: Partial<Record<SignalId, FakeSignal | true>>, extra: Partial<RepoScan> = {}): RepoScan {
  const signals: SignalResult[] = SIGNAL_IDS.map((id) => {
    const spec = present[id];
    const area = DETECTORS.find((d) => d.id === id)?.area ?? 'engineering';
    if (!spec) return { id, area, present: false, strength: null, evidence: [], evidenceCount: 0, hints: [] };
    const s = spec === true ? {} : spec;
    const location = s.location ?? `src/${id}.py:1`;
    const [path, line] = location.split(':');
    const blame = s.blame ? { author: 'A', email: 'a@x', date: '2026-01-01', commit: 'c'.repeat(40), ...s.blame } : undefined;
    return {
      id,
      area,
      present: true,
      strength: s.strength ?? 'used',
      evidence: [{ path, line: Number(line), location, match: id, kind: 'call', ...(blame ? { blame } : {}) }],
      evidenceCount: 1,
      hints: [],
    };
  });
  return {
    name,
    source: { input: name, kind: 'directory' },
    summary: { files: 10, bytes: 1000, pythonFiles: 5, notebooks: 0, pythonLines: { py: 100, notebooks: 0 }, languages: [] },
    signals,
    maturity: computeMaturity(signals),
    tools: [] as ToolUse[],
    skipped: [],
    problems: [],
    ...extra,
  };
}
