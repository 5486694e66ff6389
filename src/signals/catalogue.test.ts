// Conformance (renovate's manager index.spec): the ids in ../shared/signals.md,
// the registry and the detector files are the same set; every detector states
// the rule of signals.md and has a test; every tool a detector counts exists
// in the catalogue and can show use the way the detector counts it, so adding
// a tool to a signal is one catalogue line.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getTool, hasTool, TOOLS, toolsFor } from '../catalog/index.js';
import { SIGNAL_IDS } from './ids.js';
import { DETECTORS } from './registry.js';

const here = dirname(fileURLToPath(import.meta.url));
const signalsMd = readFileSync(join(here, '../../../shared/signals.md'), 'utf8');
const rows = [...signalsMd.matchAll(/^\| `([a-z_]+)` \| (.*) \|$/gm)].map((m) => ({ id: m[1], rule: m[2] }));
const FRAMEWORK = new Set(['context', 'define', 'docs', 'evidence', 'ids', 'index', 'maturity', 'name-index', 'own-modules', 'per-file', 'py-files', 'registry', 'run', 'tool-rule', 'types']);
/** Tools whose evidence for a signal comes from the detector's own reading: `dvc.yaml` stages and Elyra `.pipeline` nodes are a pipeline; an inference runtime counts with its run call (ml-calls › NN_RUNTIMES). */
const OWN_CHECKS: Partial<Record<string, string[]>> = { pipeline_orchestration: ['dvc', 'elyra'], deep_learning: ['onnxruntime', 'tflite-runtime', 'openvino'] };
const detectorFiles = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((f) => !FRAMEWORK.has(f));

describe('signals/catalogue', () => {
  it('signals.md, SIGNAL_IDS, the registry and the detector files name the same signals', () => {
    expect([...SIGNAL_IDS].sort()).toEqual(rows.map((r) => r.id).sort());
    expect(DETECTORS.map((d) => d.id)).toEqual([...SIGNAL_IDS]);
    expect(detectorFiles.sort()).toEqual([...SIGNAL_IDS].sort());
  });

  it('every detector states the definition signals.md gives its signal', () => {
    const stated = DETECTORS.map((d) => ({ id: d.id, rule: d.rule }));

    expect(stated).toEqual(SIGNAL_IDS.map((id) => rows.find((r) => r.id === id)));
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

  it('tool signals are real ids, and every tool a pattern names exists in the catalogue', () => {
    for (const tool of TOOLS) for (const s of tool.signals) expect(SIGNAL_IDS, `${tool.id}`).toContain(s);
    for (const d of DETECTORS) for (const p of d.patterns ?? []) expect(hasTool(p.tool), `${d.id}: ${p.tool}`).toBe(true);
  });

  it("every tool of a signal can show use the way the signal's detector counts it", () => {
    const silent: string[] = [];
    for (const d of DETECTORS) {
      for (const id of toolsFor(d.id)) {
        const tool = getTool(id);
        const files = d.toolFiles === true && (tool.files?.length ?? 0) > 0;
        const calls = (tool.calls?.length ?? 0) > 0;
        const imports = tool.imports.length > 0 && tool.importIsUse !== false;
        const shows = d.uses === 'declared' || (d.uses === 'call' ? calls : calls || imports) || files;
        // A tool whose only job in the signal is a detector pattern (Deepchecks' checks) shows use through it.
        const own = OWN_CHECKS[d.id]?.includes(id) ?? false;
        if (!shows && !own && !(d.patterns ?? []).some((p) => p.tool === id)) silent.push(`${d.id}: ${id}`);
      }
    }
    expect(silent).toEqual([]);
  });
});
