// Renders docs/signals.md from the registry and the catalogue, so the docs
// stay true (knip generates its plugin pages the same way).
import { getTool, toolsFor } from '../catalog/index.js';
import type { Detector } from './define.js';
import { AREA_TITLES, AREAS } from './ids.js';
import { DETECTORS } from './registry.js';

const HOW: Record<NonNullable<Detector['uses']>, string> = {
  import: 'count when imported and used in code, or called (an import whose name the file never uses, its calls commented out, is a hint)',
  call: 'count when one of their model-building, tracking or pipeline calls is made (an import alone does not)',
  declared: 'count through the checks the rule describes, not by import; a declaration never used is a hint',
};

/** Names of the tools whose use is evidence for the detector: its signal's catalogue tools, then those of its patterns. */
function toolNames(d: Detector): { mapped: string[]; patterned: string[] } {
  const mapped = toolsFor(d.id).map((id) => getTool(id).name);
  const patterned = [...new Set((d.patterns ?? []).map((p) => getTool(p.tool).name))].filter((n) => !mapped.includes(n));
  return { mapped, patterned };
}

export function renderSignalsDoc(): string {
  const out = [
    '# Signals: what `evident scan` detects',
    '',
    'Generated from the detector registry and the tool catalogue by `npm run docs`; do not edit by hand.',
    'Each definition is the rule its detector states, that of the shared `signals.md`. "Tools" are the',
    "catalogue's tools of the signal and how they count; \"Calls of\" are tools whose specific calls count",
    '(a registry call of MLflow, a drift check of Deepchecks). A dependency that is declared and never used',
    'is a weak hint (`declared-only`) and never decides a signal on its own.',
    '',
  ];
  for (const area of AREAS) {
    out.push(`## ${AREA_TITLES[area]}`, '');
    for (const d of DETECTORS.filter((x) => x.area === area)) {
      const { mapped, patterned } = toolNames(d);
      out.push(`### \`${d.id}\``, '', d.rule, '');
      if (mapped.length) out.push(`Tools (${HOW[d.uses ?? 'import']}): ${mapped.join(', ')}.`, '');
      if (patterned.length) out.push(`Calls of: ${patterned.join(', ')}.`, '');
      if (d.toolFiles) out.push("The tools' config files count too.", '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
