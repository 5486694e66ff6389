// A self-contained, printable HTML kit: no external files or scripts; each
// round starts on a new page and questions are not split across pages. Printed
// in the reports' one page (report/html-page.ts: the same CSP and PDF path as
// the assessment); every value goes through the escaping `html` template.
import { htmlPage } from '../report/html-page.js';
import { html, raw, type SafeHtml } from '../report/html-template.js';
import { htmlText } from '../util/safe-text.js';
import { RESERVED_MINUTES } from './rounds.js';
import { competencyTitle, evidenceScoreText, reasonText, RUBRIC_LEVELS, totalMinutes } from './render-common.js';
import { INTERVIEW_RED_FLAGS, RECOMMENDATIONS, type Kit, type KitQuestion, type KitRound } from './types.js';

/** Escapes text (the candidate's evidence and claims among it) and shows `code` spans as code. */
function text(s: string): SafeHtml {
  return raw(htmlText(s).replace(/`([^`]+)`/g, '<code>$1</code>'));
}

const list = (items: string[]) => html`<ul>${items.map((i) => html`<li>${text(i)}</li>`)}</ul>`;
const boxes = (labels: readonly string[]) => labels.map((l, i) => html`${i > 0 ? ' ' : ''}<span class="box">☐ ${l}</span>`);

const KIT_CSS = `
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111; max-width: 820px; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin-bottom: 0.2em; } h2 { font-size: 15pt; border-bottom: 2px solid #333; padding-bottom: 0.2em; margin-top: 1.6em; }
h3 { font-size: 12pt; margin: 0 0 0.3em; } .meta { color: #555; font-size: 9.5pt; }
.q { border: 1px solid #ccc; border-radius: 6px; padding: 0.7em 1em; margin: 0.9em 0; break-inside: avoid; }
.prompt { background: #f4f6f8; border-left: 4px solid #456; padding: 0.5em 0.8em; margin: 0.5em 0; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.2em; } .cols h4, .q h4 { font-size: 10pt; margin: 0.5em 0 0.1em; }
ul { margin: 0.2em 0; padding-left: 1.2em; } table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
td, th { border: 1px solid #bbb; padding: 0.3em 0.5em; text-align: left; vertical-align: top; font-size: 10pt; }
.rubric td:first-child { width: 2.5em; font-weight: bold; } .note { height: 2.6em; } .box { white-space: nowrap; margin-right: 0.6em; }
.advisory { border: 1px solid #b90; background: #fff8e1; padding: 0.5em 0.8em; } code { font-size: 0.95em; background: #eef; padding: 0 0.2em; }
.round { break-before: page; } .scorecard { break-inside: avoid; }
@media print { body { margin: 0; max-width: none; } .q { border-color: #999; } }
`;

export function renderKitHtml(kit: Kit): string {
  const title = `Interview kit: ${kit.role.title}, ${kit.candidate.label}`;
  const body = html`<h1>${title}</h1>
<p class="meta">Kit <code>${kit.id}</code>. ${kit.rounds.length} rounds, ${totalMinutes(kit.rounds)} minutes. Evidence as of ${kit.evidence.asOf}: fit ${kit.evidence.fit}/100.</p>
<p class="advisory">${kit.advisory}</p>
<h2>Before you start</h2>
${list(kit.notes)}
${kit.evidence.redFlags.length > 0 && html`<h4>Red flags in the evidence (prompts, not verdicts)</h4>${list(kit.evidence.redFlags.map((f) => `${f.id} (${f.severity}): ${f.reason}`))}`}
${kit.role.mustHaves.length > 0 && html`<h4>Must-haves checked on the interview ratings</h4>${list(kit.role.mustHaves.map((g) => `${competencyTitle(g.competency)} (from ${g.from})`))}`}
${competencyTable(kit)}
${kit.rounds.map((r, i) => html`${i > 0 ? '\n' : ''}${roundHtml(r)}`)}`;
  return htmlPage(title, KIT_CSS, body);
}

function competencyTable(kit: Kit): SafeHtml {
  const rows = (Object.entries(kit.role.weights) as Array<[keyof Kit['role']['weights'], number]>).map(([id, w]) => {
    const rounds = kit.rounds.filter((r) => r.focus.includes(id)).map((r) => r.number);
    return html`<tr><td>${competencyTitle(id)}</td><td>${w}%</td><td>${evidenceScoreText(kit, id)}</td><td>${rounds.join(', ')}</td></tr>`;
  });
  return html`<h2>Competencies</h2><table><tr><th>competency</th><th>role weight</th><th>evidence score</th><th>rounds</th></tr>${rows}</table>`;
}

function roundHtml(r: KitRound): SafeHtml {
  return html`<section class="round">
<h2>Round ${r.number}: ${r.title} (${r.minutes} minutes)</h2>
<p>${r.purpose} Focus: ${r.focus.map(competencyTitle).join(', ')}.</p>
<p class="meta">${r.plannedMinutes} minutes of questions, ${RESERVED_MINUTES} for introductions and the candidate's questions. Ask in this order.</p>
${r.questions.map((q, i) => html`${questionHtml(q, `${r.number}.${i + 1}`)}\n`)}${scorecardHtml(r)}
</section>`;
}

function questionHtml(q: KitQuestion, n: string): SafeHtml {
  const tags = [competencyTitle(q.competency), q.kind, `${q.minutes} min`, ...(q.core ? ['core'] : [])].join(' · ');
  const rubric = (['1', '2', '3', '4'] as const).map((k) => html`<tr><td>${k}</td><td><em>${RUBRIC_LEVELS[k]}</em>: ${text(q.rubric[k])}</td></tr>`);
  return html`<div class="q">
<h3>${n} ${q.title}</h3>
<p class="meta">${tags}. Why: ${text(q.reasons.map((x) => reasonText(x, q)).join('; '))}.</p>
<div class="prompt">${text(q.prompt)}</div>
<div class="cols"><div><h4>Follow-ups</h4>${list(q.followUps)}</div><div><h4>Listen for</h4>${list(q.listenFor)}</div></div>
<h4>Red-flag answers</h4>${list(q.redFlagAnswers)}
<table class="rubric">${rubric}</table>
</div>`;
}

function scorecardHtml(r: KitRound): SafeHtml {
  const rating = boxes(['1', '2', '3', '4']);
  const rows = [
    ...r.questions.map((q) => html`<tr><td>${q.title}<br><code>${q.id}</code></td><td>${rating}</td><td class="note"></td></tr>`),
    ...r.focus.map((c) => html`<tr><td><strong>${competencyTitle(c)}</strong> overall</td><td>${rating}</td><td class="note"></td></tr>`),
  ];
  return html`<div class="scorecard"><h3>Scorecard, round ${r.number}</h3>
<p class="meta">Interviewer: ______________________ Every rating needs a note with what the candidate said or did.</p>
<table><tr><th>question or competency</th><th>rating</th><th>note</th></tr>${rows}</table>
<p>Red flags: ${boxes(Object.values(INTERVIEW_RED_FLAGS))}</p>
<p>Recommendation: ${boxes(RECOMMENDATIONS)}</p></div>`;
}
