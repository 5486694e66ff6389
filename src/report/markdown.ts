// Markdown rendering of a scan, for files and pull requests. Repository text
// (names, paths, authors, matched lines, messages) is escaped (markdownText/markdownCode).
import type { RepoScan } from '../scan/types.js';
import { worktreeNote } from '../scan/worktree-note.js';
import { AREA_TITLES, AREAS } from '../signals/ids.js';
import { describeBlame, describeHistory } from './history.js';
import { markdownCode as code, markdownText as esc } from '../util/safe-text.js';

export function renderScanMarkdown(scans: RepoScan[]): string {
  return scans.map(renderOne).join('\n---\n\n');
}

function renderOne(scan: RepoScan): string {
  const s = scan.summary;
  const out: string[] = [];
  out.push(`# ${esc(scan.name)}`, '');
  if (scan.source.commit) out.push(`Commit ${code(scan.source.commit)}`, '');
  out.push(
    `${s.files} files, ${s.bytes} bytes. Python: ${s.pythonFiles} \`.py\` files (${s.pythonLines.py} lines), ` +
      `${s.notebooks} notebooks (${s.pythonLines.notebooks} lines).`,
    '',
  );
  const gap = worktreeNote(scan);
  if (gap) out.push(`**${esc(gap[0].toUpperCase() + gap.slice(1))}.**`, '');
  const m = scan.maturity;
  out.push(`## Production maturity: level ${m.level} (${m.name})`, '', '| level | condition | met | by |', '|---|---|---|---|');
  for (const c of m.conditions) out.push(`| ${c.level} | ${c.condition} | ${c.met ? 'yes' : 'no'} | ${c.by.join(', ')} |`);
  if (scan.history) {
    out.push('', '## History', '');
    for (const l of describeHistory(scan.history)) out.push(`- ${esc(l.trim())}`);
  }
  for (const area of AREAS) {
    const signals = scan.signals.filter((x) => x.area === area);
    if (!signals.length) continue;
    out.push('', `## ${AREA_TITLES[area]}`, '', '| signal | present | strength | evidence |', '|---|---|---|---|');
    for (const sig of signals) {
      const ev = sig.evidence
        .slice(0, 3)
        .map((e) => {
          const who = describeBlame(e);
          return `${code(e.location)} ${esc(e.match)}${who ? ` (${esc(who)})` : ''}`;
        })
        .join('<br>');
      const extra = sig.evidenceCount > 3 ? `<br>+${sig.evidenceCount - 3} more` : '';
      const present = sig.present === null ? 'unknown' : sig.present ? 'yes' : 'no';
      out.push(`| \`${sig.id}\` | ${present} | ${sig.strength ?? ''} | ${ev}${extra}${sig.note ? ` ${esc(sig.note)}` : ''} |`);
    }
  }
  if (scan.problems.length) {
    out.push('', '## Files that failed to parse', '');
    for (const p of scan.problems) out.push(`- ${code(`${p.path}${p.line ? `:${p.line}` : ''}`)} ${p.kind}: ${esc(p.message)}`);
  }
  if (scan.skipped.length) {
    out.push('', '## Skipped', '');
    for (const k of scan.skipped) out.push(`- ${code(k.path)} ${k.reason}${k.detail ? ` (${esc(k.detail)})` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
