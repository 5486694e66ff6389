// The rank index page: one self-contained HTML table linking every
// candidate's report, sorted as ranked, with failures listed below.
import { COMPETENCY_IDS } from '../assess/types.js';
import type { RankResult } from '../model/rank.js';
import { page } from './assessment-html.js';
import { html, type SafeHtml } from './html-template.js';
import { flagList, topStrengths } from './rank.js';

const SHORT: Record<(typeof COMPETENCY_IDS)[number], string> = {
  ml_fundamentals: 'ML',
  framework_depth: 'Depth',
  data_engineering: 'Data',
  mlops_production: 'MLOps',
  llm_genai: 'LLM',
  engineering_basics: 'Eng',
};

/** `links[i]` is the report of `result.ranked[i]`, relative to the index page. */
export function renderRankHtml(result: RankResult, links: readonly string[] = []): string {
  const first = result.ranked[0]?.assessment;
  const title = first ? `Shortlist: ${first.role.title}` : 'Shortlist';
  const apart = result.ranked.map((r, i) => ({ r, link: links[i] })).filter(({ r }) => r.rank === null);
  return page(title, html`<h1>${title}</h1>
<p class="meta">${result.ranked.length} candidate(s) screened${first ? html`, role <code>${first.role.name}</code>, as of ${first.asOf}` : ''}${result.failures.length ? `, ${result.failures.length} could not be screened` : ''}.</p>
<div class="advisory">${first?.advisory ?? 'Advisory only.'} Red flags are prompts for the interview.</div>
${table(result.ranked.map((r, i) => ({ r, link: links[i] })).filter(({ r }) => r.rank !== null))}
${apart.length ? html`<h2>Not enough evidence in the repositories screened to score</h2><p class="dim">Not ranked: the repositories screened speak to too little of the role, so the fit says little either way. Assess these candidates in the interview; the fit is shown for reference.</p>${table(apart)}` : ''}
${result.failures.length ? html`<h2>Could not be screened</h2><ul>${result.failures.map((f) => html`<li><code>${f.id}</code>: ${f.error}</li>`)}</ul>` : ''}`);
}

function table(rows: ReadonlyArray<{ r: RankResult['ranked'][number]; link: string | undefined }>): SafeHtml {
  return html`<table>
<thead><tr><th class="num">#</th><th>Candidate</th><th class="num">Fit</th><th class="num">Coverage</th><th class="num">Must-haves</th>${COMPETENCY_IDS.map((id) => html`<th class="num">${SHORT[id]}</th>`)}<th>Top strengths</th><th>Red flags</th></tr></thead>
<tbody>${rows.map(({ r, link }) => {
    const a = r.assessment;
    const name = link ? html`<a href="${link}">${a.candidate.label}</a>` : html`${a.candidate.label}`;
    return html`<tr><td class="num">${r.rank ?? '—'}</td><td>${name}</td><td class="num"><strong>${a.fit}</strong></td><td class="num">${a.coverage ? `${a.coverage.share}%` : '—'}</td><td class="num">${a.gates.filter((g) => g.met).length}/${a.gates.length}</td>${COMPETENCY_IDS.map(
      (id) => html`<td class="num">${a.competencies.find((c) => c.id === id)?.score ?? 0}</td>`,
    )}<td>${topStrengths(a).join(', ') || '—'}</td><td>${flagList(a).join(', ') || '—'}</td></tr>`;
  })}</tbody>
</table>`;
}
