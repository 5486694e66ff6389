// Plain-text renderings of CV results and CV evaluation reports. They only
// read the result objects; every figure is computed elsewhere. CV text is the
// candidate's: each value goes through terminalText (no escape sequences, clipped).
import { terminalText as t } from '../util/safe-text.js';
import type { EvalReport, FileScore } from './eval.js';
import { claimLabel } from './prominence.js';
import { SKILL_CATEGORIES, type CvResult, type SkillClaim } from './types.js';

function pct(x: number): string {
  return `${(x * 100).toFixed(0)}%`;
}

function row(label: string, value: string): string {
  return `  ${label.padEnd(16)}${value}\n`;
}

function skillText(s: SkillClaim): string {
  return `${t(claimLabel(s.name, s.cvText))}${s.years !== undefined ? ` (${s.years}y)` : ''}`;
}

/** What the CV claims, as a table. */
export function renderCvText(result: CvResult): string {
  const c = result.claims;
  const pages = result.format === 'pdf' ? `, ${result.pagesRead}/${result.pageCount} pages read` : '';
  let out = `CV ${t(result.file)} (${result.format}${pages})\n`;
  for (const note of result.notes) out += `  note: ${t(note)}\n`;
  if (!result.hasText) return out;
  out += row('name', t(c.name ?? (c.placeholderName ? `${c.placeholderName} (template placeholder)` : '-')));
  out += row('email', t(c.emails.join(', ')) || '-');
  out += row('phone', t(c.phone ?? '-'));
  out += row('links', c.links.map((l) => `${t(l.url)}${l.from === 'annotation' ? ' [link]' : ''}`).join('\n' + ' '.repeat(18)) || '-');
  out += row('sections', c.sections.map((s) => (s.heading ? `${s.kind} ("${t(s.heading)}")` : s.kind)).join(', ') || '-');
  const years = [
    c.statedYears !== undefined ? `${c.statedYears} stated` : undefined,
    c.computedYears !== undefined ? `${c.computedYears} from dated roles` : undefined,
  ].filter(Boolean);
  out += row('experience', years.join('; ') || '-');
  for (const r of c.roles) out += row('', `${r.start} – ${r.end}  ${t([r.title, r.employer].filter(Boolean).join(', ')) || '(untitled)'}`);
  if ((c.projects ?? []).length > 0) out += row('projects', (c.projects ?? []).map((p) => `${p.start} – ${p.end}  ${t(p.name ?? '(unnamed)')}`).join('\n' + ' '.repeat(18)));
  out += '  skills\n';
  for (const category of SKILL_CATEGORIES) {
    const skills = c.skills.filter((s) => s.category === category);
    if (skills.length > 0) out += row(`  ${category}`, skills.map(skillText).join(', '));
  }
  if (c.skills.length === 0) out += row('', '(none named)');
  // Methods claimed as work done with no tool named ("built ETL pipelines"): unverified, with where the CV says so.
  if ((c.methods ?? []).length > 0) out += row('methods', (c.methods ?? []).map((m) => `${m.name} (${m.context})`).join(', '));
  if (c.suggestedSources.length > 0) out += row('scan sources', c.suggestedSources.map((x) => t(x)).join(' '));
  for (const flag of c.redFlags) {
    out += `  RED FLAG ${flag.kind}: ${t(flag.message)}\n`;
    if (flag.words?.length) out += `    hidden: ${t(flag.words.join(' | '))}\n`;
  }
  return out;
}

function mark(ok: boolean | undefined): string {
  return ok ? 'ok' : 'MISS';
}

function fileLine(f: FileScore): string {
  if (f.error) return `${t(f.file).padEnd(40)}error: ${t(f.error)}\n`;
  const s = f.skills!;
  const cells = [mark(f.name?.ok), mark(f.email?.ok), mark(f.links?.ok), mark(f.sections?.ok)].map((c) => c.padEnd(9)).join('');
  return `${t(f.file).padEnd(40)}${cells}${s.precision.toFixed(2)}  ${s.recall.toFixed(2)}  ${s.f1.toFixed(2)}\n`;
}

function details(f: FileScore): string {
  let out = '';
  if (f.name && !f.name.ok) out += `    name: got ${f.name.got ?? '-'}, expected ${f.name.expected ?? '-'}\n`;
  if (f.email && !f.email.ok) out += `    email: got ${f.email.got ?? '-'}, expected ${f.email.expected ?? '-'}\n`;
  if (f.links && !f.links.ok) out += `    links: got [${f.links.got.join(' ')}], expected [${f.links.expected.join(' ')}]\n`;
  if (f.sections && !f.sections.ok) out += `    sections: got [${f.sections.got.join(' ')}], expected [${f.sections.expected.join(' ')}]\n`;
  if (f.skills?.missing.length) out += `    skills missed: ${f.skills.missing.join(', ')}\n`;
  if (f.skills?.extra.length) out += `    skills not labelled: ${f.skills.extra.join(', ')}\n`;
  return out;
}

/** Per-file and overall figures of a CV evaluation. */
export function renderCvEvalTable(report: EvalReport): string {
  let out = `${'file'.padEnd(40)}${['name', 'email', 'links', 'sections'].map((h) => h.padEnd(9)).join('')}P     R     F1\n`;
  for (const f of report.files) out += fileLine(f) + details(f);
  const o = report.overall;
  out += `\noverall (${report.files.length} files)\n`;
  out += row('name', pct(o.name));
  out += row('email', pct(o.email));
  out += row('links', pct(o.links));
  out += row('sections', pct(o.sections));
  out += row('stated years', pct(o.years));
  const s = o.skills;
  out += row('skills', `precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  out += row('unknown labels', report.unknownLabels.join(', ') || 'none');
  return out;
}
