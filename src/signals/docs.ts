// Renders docs/signals.md from the registry and the catalogue, so the docs
// stay true (knip generates its plugin pages the same way).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TOOLS } from '../catalog/index.js';
import { AREA_TITLES, AREAS } from './ids.js';
import { DETECTORS } from './registry.js';

/** The rule a detector file quotes on its first line (`// signals.md › id: rule`). */
function ruleOf(id: string): string {
  const file = fileURLToPath(new URL(`./${id}.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url));
  let first = '';
  try {
    first = readFileSync(file, 'utf8').split('\n')[0] ?? '';
  } catch {
    return '';
  }
  const m = /^\/\/ signals\.md › [a-z_]+: (.*)$/.exec(first);
  return m ? m[1] : '';
}

export function renderSignalsDoc(): string {
  const out = [
    '# Signals: what `evident scan` detects',
    '',
    'Generated from the detector registry and the tool catalogue by `npm run docs`; do not edit by hand.',
    'The definitions are those of the shared `signals.md`; each detector file quotes its rule on its first line.',
    'A tool listed here is evidence when it is used in code (an import or one of its key calls); a dependency',
    'that is only declared is a weak hint (`declared-only`) and never decides a signal on its own.',
    '',
  ];
  for (const area of AREAS) {
    out.push(`## ${AREA_TITLES[area]}`, '');
    for (const d of DETECTORS.filter((x) => x.area === area)) {
      const tools = TOOLS.filter((t) => (d.tools ?? []).includes(t.id) || (t.signals as readonly string[]).includes(d.id)).map((t) => t.name);
      out.push(`### \`${d.id}\``, '');
      const rule = ruleOf(d.id);
      if (rule) out.push(rule, '');
      if (tools.length) out.push(`Tools: ${[...new Set(tools)].join(', ')}.`, '');
      if (d.files?.length) out.push(`Files: ${d.files.map((f) => `\`${f}\``).join(', ')}.`, '');
      if (d.enablers?.length) out.push(`Only when one of these is used or declared: ${d.enablers.join(', ')}.`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
