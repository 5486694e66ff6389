// Conformance (renovate's manager index.spec): the ids in ../shared/signals.md,
// the registry and the detector files are the same set; every detector has a
// test; every tool a detector names exists in the catalogue.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasTool, TOOLS } from '../catalog/index.js';
import { SIGNAL_IDS } from './ids.js';
import { DETECTORS } from './registry.js';

const here = dirname(fileURLToPath(import.meta.url));
const signalsMd = readFileSync(join(here, '../../../shared/signals.md'), 'utf8');
const documented = [...signalsMd.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
const FRAMEWORK = new Set(['context', 'define', 'docs', 'evidence', 'ids', 'index', 'maturity', 'name-index', 'registry', 'run', 'types']);
const detectorFiles = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((f) => !FRAMEWORK.has(f));

describe('signals/catalogue', () => {
  it('signals.md, SIGNAL_IDS, the registry and the detector files name the same signals', () => {
    expect([...SIGNAL_IDS].sort()).toEqual([...documented].sort());
    expect(DETECTORS.map((d) => d.id)).toEqual([...SIGNAL_IDS]);
    expect(detectorFiles.sort()).toEqual([...SIGNAL_IDS].sort());
  });

  it('every detector file exports the detector of its own id', async () => {
    for (const id of SIGNAL_IDS) {
      const mod = (await import(`./${id}.js`)) as Record<string, { id?: string }>;
      expect(Object.values(mod).map((d) => d.id)).toContain(id);
    }
  });

  it('every detector has a test file beside it', () => {
    const files = new Set(readdirSync(here));
    const missing = SIGNAL_IDS.filter((id) => !files.has(`${id}.test.ts`));
    expect(missing).toEqual([]);
  });

  it('every tool a detector names exists in the catalogue, and tool signals are real ids', () => {
    for (const d of DETECTORS) for (const t of [...(d.tools ?? []), ...(d.enablers ?? [])]) expect(hasTool(t), `${d.id}: ${t}`).toBe(true);
    for (const tool of TOOLS) for (const s of tool.signals) expect(SIGNAL_IDS, `${tool.id}`).toContain(s);
  });
});
