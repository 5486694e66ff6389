// Terminal rendering of an Assessment: what a hiring manager reads first.
// Reads the Assessment only; computes nothing.
import { isAuthorshipNote } from '../assess/authorship.js';
import type { Assessment, CompetencyScore, RedFlag } from '../assess/types.js';
import { claimName, shownClaims, fitHeadline, gateText, interviewAreas, isLowCoverage, NO_EVIDENCE_SCORE, rungText, scoreText, strengthName } from './evidence-text.js';
import { terminalText as t } from '../util/safe-text.js';

export interface AssessmentTerminalOptions {
  color?: boolean;
}

const paint = (on: boolean, code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

function bar(score: number, width = 20): string {
  const full = Math.round((score / 100) * width);
  return `${'█'.repeat(full)}${'░'.repeat(width - full)}`;
}

export function renderAssessmentTerminal(a: Assessment, { color = false }: AssessmentTerminalOptions = {}): string {
  const c = { bold: paint(color, '1'), dim: paint(color, '2'), green: paint(color, '32'), red: paint(color, '31'), yellow: paint(color, '33') };
  const out: string[] = [];
  out.push(c.bold(`${t(a.candidate.label)} — ${t(a.role.title)}`) + c.dim(`  (${t(a.role.name)}, as of ${a.asOf})`));
  const id = a.candidate.identity;
  if (id) {
    const who = [...id.emails, ...id.links].map((x) => t(x)).join(', ');
    if (who) out.push(c.dim(`  ${who}`));
  }
  out.push(`  ${isLowCoverage(a) ? c.yellow(fitHeadline(a)) : c.bold(fitHeadline(a))}   maturity: best repository at level ${a.maturity.best}`);
  const areas = interviewAreas(a);
  if (areas) out.push(c.dim(`  ${areas}`));
  for (const n of a.notes.filter(isAuthorshipNote)) out.push(c.yellow(`  ${t(n)}`));
  out.push(c.dim(`  ${a.advisory}`), '');
  out.push(c.bold('Competencies') + c.dim('                       score   role weight'));
  for (const s of a.competencies) out.push(...competencyLines(s, c));
  out.push('', c.bold('Must-haves'));
  if (a.gates.length === 0) out.push(c.dim('  none in this role'));
  for (const g of a.gates) out.push(`  ${g.met ? c.green('✔') : g.unverified ? c.yellow('?') : c.red('✘')} ${t(g.requirement)}  ${c.dim(t(g.unverified ? `${g.detail}; ${gateText(g)}` : g.detail))}`);
  out.push('', c.bold('Strengths'));
  if (a.strengths.length === 0) out.push(c.dim('  none beyond the scores above'));
  for (const s of a.strengths) out.push(`  + ${t(strengthName(s))}  ${c.dim(t(s.detail))}`);
  out.push('', c.bold('Red flags') + c.dim('  (prompts for the interview, not verdicts)'));
  if (a.redFlags.length === 0) out.push(c.dim('  none'));
  for (const f of a.redFlags) out.push(...flagLines(f, c));
  if (a.unverified?.length) {
    out.push('', c.bold('Unverified: ask in the interview') + c.dim('  (the repositories screened cannot settle these; not red flags)'));
    for (const u of a.unverified) out.push(`  ? ${t(u.title)}: ${t(u.reason)}`, c.dim(`      ask: ${t(u.probe)}`));
  }
  if (a.claims) {
    out.push('', c.bold('Claims vs evidence'));
    if (a.claims.length === 0) out.push(c.dim('  the CV claims no tool the analyser knows'));
    for (const claim of shownClaims(a.claims)) {
      const mark = claim.rung === 'none' ? c.yellow(rungText(claim).padEnd(10)) : c.green(rungText(claim).padEnd(10));
      out.push(`  ${t(claimName(claim)).padEnd(24)} ${mark} ${c.dim(claim.evidence.map((x) => t(x)).join('; '))}`);
    }
  }
  out.push('', c.bold('Repositories'));
  if (a.maturity.repositories.length === 0) out.push(c.dim('  none scanned'));
  for (const r of a.maturity.repositories) {
    const next = r.missingForNext.length ? c.dim(`  for level ${r.level + 1}: ${r.missingForNext.join('; ')}`) : '';
    out.push(`  ${t(r.repository)}  level ${r.level} (${r.name})${next}`);
    if (r.worktree) out.push(c.yellow(`    ${t(r.worktree)}`));
  }
  const notes = a.notes.filter((n) => !isAuthorshipNote(n));
  if (notes.length) {
    out.push('', c.bold('Notes'));
    for (const n of notes) out.push(c.yellow(`  ${t(n)}`));
  }
  return `${out.join('\n')}\n`;
}

/** Who wrote a contribution's cited code, when not the candidate (real-people review: a co-author's lines read as the candidate's top evidence). */
export function authorTag(x: CompetencyScore['contributions'][number]): string {
  return x.author === 'other' ? ' (written by others)' : x.author === 'course' ? ' (course exercise)' : x.author === 'adapted' ? ' (adapted from another source)' : '';
}

/** The contributions that earned the most points (display order only). */
export function topContributions(s: CompetencyScore, n: number): CompetencyScore['contributions'] {
  return s.contributions.filter((k) => k.credit > 0).sort((a, b) => b.points - a.points || (a.signal < b.signal ? -1 : 1)).slice(0, n);
}

type Paint = Record<'bold' | 'dim' | 'green' | 'red' | 'yellow', (s: string) => string>;

function competencyLines(s: CompetencyScore, c: Paint): string[] {
  const weight = s.roleWeight > 0 ? `${Math.round(s.roleWeight)}%` : c.dim('—');
  // No signal of it in the repositories screened: no bar and no 0, which would read as "has no skill".
  const lines = scoreText(s) === NO_EVIDENCE_SCORE
    ? [`  ${s.title.padEnd(26)} ${' '.repeat(20)} ${c.yellow('  —')}   ${weight}  ${c.dim(NO_EVIDENCE_SCORE.replace(/^— /, ''))}`]
    : [`  ${s.title.padEnd(26)} ${bar(s.score)} ${String(s.score).padStart(3)}   ${weight}`];
  for (const x of topContributions(s, 3)) {
    const cite = x.cited[0];
    const where = cite ? `${t(cite.repository)}: ${t(cite.location)}${cite.snippet ? `  ${t(cite.snippet)}` : ''}` : '';
    lines.push(c.dim(`      ${x.signal} ${x.points}/${x.weight}  ${where}${authorTag(x)}`));
  }
  if (s.roleWeight > 0 && s.toRaise.length) lines.push(c.dim(`      to raise: ${s.toRaise[0]}`));
  return lines;
}

function flagLines(f: RedFlag, c: Paint): string[] {
  const mark = f.severity === 'warning' ? c.yellow('!') : c.dim('i');
  const lines = [`  ${mark} ${f.title} ${c.dim(`[${f.severity}]`)}: ${t(f.reason)}`];
  if (f.evidence.length) lines.push(c.dim(`      ${f.evidence.slice(0, 5).map((x) => t(x)).join('; ')}${f.evidence.length > 5 ? ` (+${f.evidence.length - 5})` : ''}`));
  lines.push(c.dim(`      ask: ${f.probe}`));
  return lines;
}
