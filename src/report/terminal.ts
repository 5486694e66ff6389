// Terminal rendering of a scan: signals grouped by area, readable at a glance.
// Repository text (names, paths, authors, matched lines) goes through terminalText.
import type { RepoScan } from '../scan/types.js';
import { worktreeNote } from '../scan/worktree-note.js';
import { AREA_TITLES, AREAS } from '../signals/ids.js';
import type { SignalResult } from '../signals/types.js';
import { describeBlame, describeHistory } from './history.js';
import { terminalText as t } from '../util/safe-text.js';

export interface TerminalOptions {
  color?: boolean;
  /** Evidence items shown per signal. */
  evidencePerSignal?: number;
}

const paint = (on: boolean, code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

export function renderScanTerminal(scans: RepoScan[], options: TerminalOptions = {}): string {
  return scans.map((s) => renderOne(s, options)).join('\n');
}

function renderOne(scan: RepoScan, { color = false, evidencePerSignal = 2 }: TerminalOptions): string {
  const green = paint(color, '32');
  const dim = paint(color, '2');
  const bold = paint(color, '1');
  const yellow = paint(color, '33');
  const lines: string[] = [];
  const s = scan.summary;
  lines.push(bold(t(scan.name)) + dim(scan.source.commit ? `  @ ${scan.source.commit.slice(0, 12)}` : ''));
  lines.push(
    `  ${s.files} files, ${formatBytes(s.bytes)}; Python: ${s.pythonFiles} .py (${s.pythonLines.py} lines), ` +
      `${s.notebooks} notebooks (${s.pythonLines.notebooks} lines)`,
  );
  if (s.languages.length) {
    lines.push(dim(`  languages: ${s.languages.slice(0, 6).map((l) => `${l.language} ${l.files}`).join(', ')}`));
  }
  const gap = worktreeNote(scan);
  if (gap) lines.push(yellow(`  ${t(gap)}`));
  const m = scan.maturity;
  lines.push(`  ${bold(`Maturity ${m.level} — ${m.name}`)}`);
  const next = m.conditions.filter((c) => c.level === m.level + 1 && !c.met);
  if (next.length) lines.push(dim(`    for level ${m.level + 1}, missing: ${next.map((c) => c.condition).join('; ')}`));
  if (scan.history) {
    lines.push('', bold('  History'));
    for (const l of describeHistory(scan.history)) lines.push(`    ${t(l)}`);
  }
  for (const area of AREAS) {
    const signals = scan.signals.filter((x) => x.area === area);
    if (!signals.length) continue;
    lines.push('', bold(`  ${AREA_TITLES[area]}`));
    for (const sig of signals) lines.push(...renderSignal(sig, evidencePerSignal, { green, dim, yellow }));
  }
  if (scan.problems.length) {
    lines.push('', bold(`  Problems (${scan.problems.length})`));
    for (const p of scan.problems.slice(0, 20)) lines.push(yellow(`    ${t(p.path)}${p.line ? `:${p.line}` : ''}  ${p.kind}: ${t(p.message)}`));
    if (scan.problems.length > 20) lines.push(dim(`    ... ${scan.problems.length - 20} more (see --json)`));
  }
  if (scan.skipped.length) {
    const counts = new Map<string, number>();
    for (const k of scan.skipped) counts.set(k.reason, (counts.get(k.reason) ?? 0) + 1);
    lines.push('', dim(`  Skipped: ${[...counts].map(([r, n]) => `${n} ${r}`).join(', ')} (list in --json / --format md)`));
  }
  return `${lines.join('\n')}\n`;
}

function renderSignal(
  sig: SignalResult,
  perSignal: number,
  c: Record<'green' | 'dim' | 'yellow', (s: string) => string>,
): string[] {
  const mark = sig.present === true ? c.green('✔') : sig.present === null ? c.dim('?') : c.dim('·');
  const label = sig.present ? sig.id : c.dim(sig.id);
  const strength = sig.strength ? c.dim(` [${sig.strength}]`) : '';
  const out = [`   ${mark} ${label}${strength}${sig.note ? c.dim(`  ${t(sig.note)}`) : ''}`];
  for (const e of sig.evidence.slice(0, perSignal)) {
    const who = describeBlame(e);
    out.push(c.dim(`       ${t(e.location)}  ${t(e.match)}${who ? `  (${t(who)})` : ''}`));
  }
  if (sig.evidenceCount > perSignal) out.push(c.dim(`       +${sig.evidenceCount - perSignal} more`));
  if (!sig.present && sig.hints.length) out.push(c.yellow(`       declared only: ${sig.hints.map((h) => t(`${h.location} ${h.match}`)).join(', ')}`));
  return out;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
