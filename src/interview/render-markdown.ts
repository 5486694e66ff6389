// Markdown for the kit (one document for the interview panel) and the decision.
// Text from the candidate (label, claimed tools, evidence locations filled into
// questions) and from scorecards (interviewer names) is escaped: markdownText
// for text, markdownCode for ids, markdownProse for question text with `code`.
import { markdownCode as code, markdownProse as prose, markdownText as md } from '../util/safe-text.js';
import { RESERVED_MINUTES } from './rounds.js';
import { competencyTitle, evidenceScoreText, reasonText, RUBRIC_LEVELS, totalMinutes } from './render-common.js';
import { INTERVIEW_RED_FLAGS, RECOMMENDATIONS, type Decision, type Kit, type KitQuestion, type KitRound } from './types.js';

const boxes = (labels: readonly string[]) => labels.map((l) => `☐ ${l}`).join('  ');

export function renderKitMarkdown(kit: Kit): string {
  const out = [`# Interview kit: ${md(kit.role.title)}, ${md(kit.candidate.label)}`, ''];
  out.push(`Kit ${code(kit.id)}. ${kit.rounds.length} rounds, ${totalMinutes(kit.rounds)} minutes. Evidence as of ${md(kit.evidence.asOf)}: fit ${kit.evidence.fit}/100.`, '');
  out.push(`> ${kit.advisory}`, '', '## Before you start', '');
  for (const n of kit.notes) out.push(`- ${md(n)}`);
  if (kit.evidence.redFlags.length > 0) {
    out.push('', 'Red flags in the evidence (prompts for the interview, not verdicts):', '');
    for (const f of kit.evidence.redFlags) out.push(`- **${f.id}** (${f.severity}): ${md(f.reason)}`);
  }
  if (kit.role.mustHaves.length > 0) {
    out.push('', 'Must-haves checked on the interview ratings:', '');
    for (const g of kit.role.mustHaves) out.push(`- ${competencyTitle(g.competency)} (from ${md(g.from)})`);
  }
  out.push('', '## Competencies', '', '| competency | role weight | evidence score | rounds |', '|---|---|---|---|');
  for (const [id, w] of Object.entries(kit.role.weights) as Array<[keyof Kit['role']['weights'], number]>) {
    const rounds = kit.rounds.filter((r) => r.focus.includes(id)).map((r) => r.number);
    out.push(`| ${competencyTitle(id)} | ${w}% | ${evidenceScoreText(kit, id)} | ${rounds.join(', ')} |`);
  }
  for (const r of kit.rounds) out.push('', ...roundMarkdown(r));
  return `${out.join('\n')}\n`;
}

function roundMarkdown(r: KitRound): string[] {
  const out = [`## Round ${r.number}: ${md(r.title)} (${r.minutes} minutes)`, ''];
  out.push(`${md(r.purpose)} Focus: ${r.focus.map(competencyTitle).join(', ')}.`, '');
  out.push(`${r.plannedMinutes} minutes of questions, ${RESERVED_MINUTES} for introductions and the candidate's questions. Ask in this order.`, '');
  r.questions.forEach((q, i) => out.push(...questionMarkdown(q, `${r.number}.${i + 1}`), ''));
  out.push(`### Scorecard, round ${r.number}`, '', '| | rating | note |', '|---|---|---|');
  for (const q of r.questions) out.push(`| ${md(q.title)} (${code(q.id)}) | ${boxes(['1', '2', '3', '4'])} | |`);
  for (const c of r.focus) out.push(`| **${competencyTitle(c)}** overall | ${boxes(['1', '2', '3', '4'])} | |`);
  out.push('', `Red flags: ${Object.values(INTERVIEW_RED_FLAGS).map((t) => `☐ ${t}`).join('; ')}.`, '');
  out.push(`Recommendation: ${boxes(RECOMMENDATIONS)}`, '');
  out.push(`Fill-in file: \`evident scorecard-template --kit kit.json --round ${r.number}\`. Every rating needs a note.`);
  return out;
}

function questionMarkdown(q: KitQuestion, n: string): string[] {
  const tags = [competencyTitle(q.competency), q.kind, `${q.minutes} min`, ...(q.core ? ['core'] : [])];
  const out = [`### ${n} ${md(q.title)}`, '', `*${tags.join(' · ')}. Why: ${md(q.reasons.map((x) => reasonText(x, q)).join('; '))}.*`, ''];
  out.push(...q.prompt.split('\n').map((l) => `> ${prose(l)}`), '', '**Follow-ups**', '', ...q.followUps.map((x) => `- ${prose(x)}`));
  out.push('', '**Listen for**', '', ...q.listenFor.map((x) => `- ${prose(x)}`), '', '**Red-flag answers**', '', ...q.redFlagAnswers.map((x) => `- ${prose(x)}`));
  out.push('', '**Rubric**', '', ...(['1', '2', '3', '4'] as const).map((k) => `- **${k}** (${RUBRIC_LEVELS[k]}): ${prose(q.rubric[k])}`));
  return out;
}

const num = (x: number | null) => (x === null ? '-' : String(x));

export function renderDecisionMarkdown(d: Decision): string {
  const rec = d.recommendation;
  const out = [`# Interview decision: ${md(d.role.title)}, ${md(d.candidate.label)}`, '', `Kit ${code(d.kit)}. ${d.scorecards.length} scorecard${d.scorecards.length === 1 ? '' : 's'}.`, ''];
  out.push(`## Advisory recommendation: ${rec.value ?? 'none'}${rec.provisional ? ' (provisional)' : ''}`, '', ...rec.reasons.map((r) => `- ${md(r)}`), '', `> ${d.advisory}`, '');
  if (d.missingRounds.length > 0) out.push(`Missing scorecards: ${d.missingRounds.map((r) => `round ${r.number} (${md(r.title)})`).join(', ')}.`, '');
  out.push(`Role-weighted interview score: ${num(d.total.score)} of 4, over ${d.total.coverage}% of the role's weight. Evidence fit: ${d.evidence.fit}/100.`, '');
  out.push('## Competencies', '', '| competency | role weight | evidence (0–100) | interview mean (1–4) | spread | ratings |', '|---|---|---|---|---|---|');
  for (const c of d.competencies) {
    const votes = c.votes.map((v) => `${v.interviewer} r${v.round}: ${v.value}${v.source === 'questions' ? ' (from questions)' : ''}`).join('; ');
    out.push(`| ${competencyTitle(c.id)} | ${c.roleWeight}% | ${num(c.evidenceScore)} | ${num(c.mean)} | ${c.mean === null ? '-' : c.spread}${c.disagreement ? ' **disagree**' : ''} | ${md(votes) || '-'} |`);
  }
  if (d.gates.length > 0) {
    out.push('', '## Must-haves', '', '| competency | from | interview mean | met |', '|---|---|---|---|');
    for (const g of d.gates) out.push(`| ${competencyTitle(g.competency)} | ${md(g.from)} | ${num(g.mean)} | ${g.met === null ? 'not rated' : g.met ? 'yes' : 'no'} |`);
    out.push('', 'In the evidence:', '', ...d.evidence.gates.map((g) => `- ${md(g.requirement)}: ${g.met ? 'met' : 'not met'} (${md(g.detail)})`));
  }
  const split = d.questions.filter((q) => q.disagreement);
  if (split.length > 0) {
    out.push('', '## Questions the interviewers rated 2 or more apart', '');
    for (const q of split) out.push(`- ${code(q.id)}: ${md(q.ratings.map((r) => `${r.interviewer} ${r.rating}`).join(', '))}`);
  }
  out.push('', '## Red flags', '');
  if (d.redFlags.length === 0) out.push('- none ticked by an interviewer');
  for (const f of d.redFlags) out.push(`- ${md(f.title)}: ticked by ${md(f.by.join(', '))}`);
  for (const f of d.evidence.redFlags) out.push(`- in the evidence: ${f.id} (${f.severity}), ${md(f.reason)}`);
  out.push('', '## Interviewers', '', '| round | interviewer | recommendation |', '|---|---|---|');
  for (const s of d.scorecards) out.push(`| ${s.round} | ${md(s.interviewer)} | ${s.recommendation} |`);
  return `${out.join('\n')}\n`;
}
