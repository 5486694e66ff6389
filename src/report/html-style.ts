// The reports' inline CSS: self-contained (no fonts or files fetched), readable
// on screen and printed (@media print: no backgrounds needed, no split rows).
export const REPORT_CSS = `
:root { --ink: #1d232b; --dim: #5b6470; --line: #d9dee5; --ok: #1d7a3e; --bad: #b3261e; --warn: #8a5a00; --accent: #2556a8; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1040px; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.meta, .dim { color: var(--dim); }
.fit { font-size: 30px; font-weight: 700; }
.advisory { border-left: 4px solid var(--accent); padding: 6px 12px; background: #f3f6fb; margin: 12px 0; }
.summary { display: flex; gap: 24px; flex-wrap: wrap; align-items: flex-start; }
.radar { width: 520px; max-width: 100%; height: auto; }
.radar .ring { fill: none; stroke: var(--line); } .radar .axis { stroke: var(--line); }
.radar .role { fill: rgba(138, 90, 0, 0.12); stroke: var(--warn); stroke-dasharray: 5 3; stroke-width: 1.5; }
.radar .score { fill: rgba(37, 86, 168, 0.25); stroke: var(--accent); stroke-width: 2; }
.radar text { font-size: 12px; fill: var(--ink); } .radar .num { font-weight: 700; }
.legend span { display: inline-block; margin-right: 14px; } .legend i { display: inline-block; width: 14px; height: 4px; margin-right: 4px; vertical-align: middle; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 4px 8px; }
th { font-weight: 600; background: #f6f7f9; } td.num, th.num { text-align: right; white-space: nowrap; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f4f5f7; padding: 1px 4px; border-radius: 3px; overflow-wrap: anywhere; }
.met { color: var(--ok); font-weight: 600; } .missed { color: var(--bad); font-weight: 600; }
.warning { color: var(--warn); font-weight: 600; } .info { color: var(--dim); font-weight: 600; }
.rung-unverified, .low-coverage { color: var(--warn); } .low-coverage { font-weight: 600; }
.rung-none { color: var(--bad); } .rung-declared { color: var(--warn); } .rung-used, .rung-project, .rung-production { color: var(--ok); }
.bar { display: inline-block; height: 8px; background: var(--accent); vertical-align: middle; }
a { color: var(--accent); }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  .advisory, th, code { background: none; }
  h2 { break-after: avoid; } tr, .flag { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .radar { width: 420px; }
}
`;
