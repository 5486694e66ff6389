// Notes analysis as one self-contained HTML page (report/html-page.ts: no
// script, nothing loaded). Every value goes through the escaping `html`
// template, so a quoted sentence can only ever be text.
import { htmlPage } from '../report/html-page.js';
import { html, type SafeHtml } from '../report/html-template.js';
import type { AnswerAnalysis, Finding, NotesAnalysis, Quote } from './types.js';

const CSS = `
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111; max-width: 860px; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 19pt; margin-bottom: 0.2em; } h2 { font-size: 13pt; margin: 1.4em 0 0.3em; border-bottom: 1px solid #999; }
.meta { color: #555; font-size: 9.5pt; } .advisory { border: 1px solid #b90; background: #fff8e1; padding: 0.5em 0.8em; }
.asked { color: #444; font-style: italic; } .suggest { background: #eef4ff; border-left: 4px solid #36c; padding: 0.4em 0.8em; margin: 0.5em 0; }
.finding { border: 1px solid #ddd; border-radius: 6px; padding: 0.4em 0.8em; margin: 0.5em 0; break-inside: avoid; }
.finding h3 { font-size: 10.5pt; margin: 0; } .rule { font-family: ui-monospace, monospace; font-size: 9pt; color: #666; }
blockquote { margin: 0.3em 0 0.3em 0.5em; padding-left: 0.6em; border-left: 3px solid #ccc; } .at { color: #777; font-size: 9pt; margin-right: 0.5em; }
`;

const quote = (q: Quote): SafeHtml => html`<blockquote>${q.at ? html`<span class="at">${q.at}</span>` : ''}“${q.text}”</blockquote>`;

const finding = (f: Finding): SafeHtml =>
  html`<div class="finding"><h3>${f.title} <span class="rule">${f.rule}</span></h3><p>${f.message}</p>${f.quotes.map(quote)}</div>`;

function answer(x: AnswerAnalysis): SafeHtml {
  const asked = x.askedWith ? html`<p class="asked">Asked${x.askedWith.at ? ` at ${x.askedWith.at}` : ''}: “${x.askedWith.text}”</p>` : '';
  const suggestion = x.suggestion
    ? html`<div class="suggest"><strong>${x.suggestion.text}</strong>${x.suggestion.because.length ? html` <span class="rule">because: ${x.suggestion.because.join(', ')}</span>` : ''}</div>`
    : '';
  return html`<section><h2>Round ${x.question.round}: ${x.question.title}</h2><p class="meta">${x.question.id} · ${x.words} words of answer</p>${asked}${suggestion}${x.findings.length ? x.findings.map(finding) : html`<p>No findings.</p>`}</section>`;
}

export function renderNotesHtml(a: NotesAnalysis): string {
  const label = a.candidate.speaker ? `${a.candidate.label} (speaker: ${a.candidate.speaker})` : a.candidate.label;
  const unmatched = a.unmatched.length
    ? html`<section><h2>Unmatched talk</h2>${a.unmatched.map((u) => html`<p class="meta">${u.said.length} sentences from ${u.said[0]?.at || '?'}</p>${u.findings.map(finding)}`)}</section>`
    : '';
  const notAsked = a.notAsked.length ? html`<section><h2>Not asked</h2><ul>${a.notAsked.map((q) => html`<li>${q.title}</li>`)}</ul></section>` : '';
  const notes = a.notes.length ? html`<section><h2>Notes</h2><ul>${a.notes.map((n) => html`<li>${n}</li>`)}</ul></section>` : '';
  const body = html`<h1>Interview notes: ${label}</h1><p class="meta">Kit ${a.kit} · ${a.answers.length} answers matched · ${a.unmatched.length} stretches of unmatched talk</p>
<p class="advisory">${a.advisory}</p>${a.answers.map(answer)}${unmatched}${notAsked}${notes}`;
  return htmlPage(`Interview notes: ${label}`, CSS, body);
}
