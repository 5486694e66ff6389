// Markdown rendering of an Assessment (for an ATS note or a pull request).
// Reads the Assessment only; candidate text is escaped (markdownText/markdownCode).
import { isAuthorshipNote } from '../assess/authorship.js';
import type { Assessment } from '../assess/types.js';
import { authorTag, topContributions } from './assessment-terminal.js';
import { claimName, shownClaims, fitHeadline, gateText, interviewAreas, rungText, scoreText, strengthName } from './evidence-text.js';
import { markdownCode as code, markdownText as md } from '../util/safe-text.js';

export function renderAssessmentMarkdown(a: Assessment): string {
  const out: string[] = [];
  out.push(`# ${md(a.candidate.label)}: ${md(a.role.title)}`, '');
  out.push(`**${md(fitHeadline(a))}** for \`${a.role.name}\`, as of ${a.asOf}. Best repository at maturity level ${a.maturity.best}.`, '');
  const areas = interviewAreas(a);
  if (areas) out.push(md(areas), '');
  const authorship = a.notes.filter(isAuthorshipNote);
  if (authorship.length) out.push(...authorship.map((n) => `- ${md(n)}`), '');
  const id = a.candidate.identity;
  if (id) {
    const parts = [...id.emails, ...id.links].map((x) => md(x));
    if (id.cvFile) parts.push(`CV ${code(id.cvFile)}`);
    if (parts.length) out.push(parts.join(' · '), '');
  }
  out.push(`> ${a.advisory}`, '');
  out.push('## Competencies', '', '| competency | score | role weight | top evidence |', '|---|---:|---:|---|');
  for (const s of a.competencies) {
    const ev = topContributions(s, 2)
      .map((x) => {
        const cite = x.cited[0];
        return `${x.signal} (${x.points}/${x.weight})${cite ? ` ${code(`${cite.repository}: ${cite.location}`)}${cite.snippet ? ` ${code(cite.snippet)}` : ''}` : ''}${authorTag(x)}`;
      })
      .join('<br>');
    out.push(`| ${s.title} | ${scoreText(s)} | ${Math.round(s.roleWeight)}% | ${ev || '—'} |`);
  }
  const raise = a.competencies.filter((s) => s.roleWeight > 0 && s.toRaise.length);
  if (raise.length) {
    out.push('', 'What would raise the scores:', '');
    for (const s of raise) out.push(`- **${s.title}**: ${md(s.toRaise.join('; '))}`);
  }
  out.push('', '## Must-haves', '');
  if (a.gates.length === 0) out.push('None in this role.');
  for (const g of a.gates) out.push(`- ${g.met ? '✔' : g.unverified ? '?' : '✘'} ${gateText(g)}: ${md(g.requirement)} (${md(g.detail)})`);
  out.push('', '## Strengths', '');
  if (a.strengths.length === 0) out.push('None beyond the scores above.');
  for (const s of a.strengths) out.push(`- ${code(strengthName(s))}: ${md(s.detail)}${s.evidence.length ? ` (${s.evidence.slice(0, 2).map((x) => code(x)).join(', ')})` : ''}`);
  out.push('', '## Red flags', '', '_Prompts for the interview, not verdicts._', '');
  if (a.redFlags.length === 0) out.push('None.');
  for (const f of a.redFlags) {
    out.push(`- **${md(f.title)}** (${f.severity}): ${md(f.reason)}. Ask: ${md(f.probe)}`);
    if (f.evidence.length) out.push(`  - ${f.evidence.slice(0, 8).map((x) => code(x)).join(', ')}`);
  }
  if (a.unverified?.length) {
    out.push('', '## Unverified: ask in the interview', '', '_The repositories screened cannot settle these; they are not red flags._', '');
    for (const u of a.unverified) out.push(`- **${md(u.title)}**: ${md(u.reason)}. ${md(u.probe)}`);
  }
  return `${[...out, ...matrixAndRepositories(a)].join('\n')}\n`;
}

function matrixAndRepositories(a: Assessment): string[] {
  const out: string[] = [];
  if (a.claims) {
    out.push('', '## Claims vs evidence', '', '| claimed | rung | evidence |', '|---|---|---|');
    for (const c of shownClaims(a.claims)) out.push(`| ${md(claimName(c))} | ${md(rungText(c))} | ${c.evidence.map((x) => code(x)).join('<br>') || '—'} |`);
  }
  out.push('', '## Repositories', '', '| repository | maturity | missing for the next level |', '|---|---|---|');
  for (const r of a.maturity.repositories) out.push(`| ${md(r.repository)} | ${r.level} (${r.name})${r.worktree ? ` — ${md(r.worktree)}` : ''} | ${md(r.missingForNext.join('; ')) || '—'} |`);
  const notes = a.notes.filter((n) => !isAuthorshipNote(n));
  if (notes.length) {
    out.push('', '## Notes', '');
    for (const n of notes) out.push(`- ${md(n)}`);
  }
  return out;
}
