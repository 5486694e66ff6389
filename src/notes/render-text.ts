// Notes analysis for a terminal and as Markdown. Every quoted sentence,
// speaker name and kit text goes through util/safe-text (no escape sequences
// in a terminal, no markup in Markdown); quotes are clipped.
import { markdownText, terminalText } from '../util/safe-text.js';
import type { AnswerAnalysis, Finding, NotesAnalysis, Quote, UnmatchedTalk } from './types.js';

/** Longest quoted sentence shown, characters. */
const QUOTE_MAX = 300;

function summary(a: NotesAnalysis): string {
  const findings = a.answers.reduce((n, x) => n + x.findings.length, 0) + a.unmatched.reduce((n, x) => n + x.findings.length, 0);
  return `${a.answers.length} answer${a.answers.length === 1 ? '' : 's'} matched to the kit, ${a.unmatched.length} stretch${a.unmatched.length === 1 ? '' : 'es'} of unmatched talk, ${findings} finding${findings === 1 ? '' : 's'}`;
}

const who = (a: NotesAnalysis) => (a.candidate.speaker ? `${a.candidate.label} (speaker: ${a.candidate.speaker})` : a.candidate.label);

// --- terminal ---

function tQuote(q: Quote, indent: string): string {
  return `${indent}${q.at ? `${terminalText(q.at)}  ` : ''}“${terminalText(q.text, { max: QUOTE_MAX })}”`;
}

function tFinding(f: Finding): string[] {
  return [`    ! ${f.title} [${f.rule}]`, `      ${terminalText(f.message, { max: 1000 })}`, ...f.quotes.map((q) => tQuote(q, '      '))];
}

function tAnswer(x: AnswerAnalysis): string[] {
  const lines = [`Round ${x.question.round} · ${terminalText(x.question.title)} (${terminalText(x.question.id)}) · ${x.words} words`];
  if (x.askedWith) lines.push(`  asked ${tQuote(x.askedWith, '').trimStart()}`);
  if (x.suggestion) lines.push(`  ${terminalText(x.suggestion.text, { max: 1000 })}${x.suggestion.because.length ? `  (because: ${x.suggestion.because.join(', ')})` : ''}`);
  if (x.findings.length === 0) lines.push('    no findings');
  for (const f of x.findings) lines.push(...tFinding(f));
  return lines;
}

function tUnmatched(u: UnmatchedTalk): string[] {
  const first = u.said[0];
  const lines = [`  ${first ? `from ${terminalText(first.at || '?')}: ` : ''}${u.said.length} sentence${u.said.length === 1 ? '' : 's'}${u.asked[0] ? ` after “${terminalText(u.asked[0].text, { max: 120 })}”` : ''}`];
  for (const f of u.findings) lines.push(...tFinding(f));
  return lines;
}

export function renderNotesTerminal(a: NotesAnalysis): string {
  const out = [`Interview notes: ${terminalText(who(a))} · kit ${terminalText(a.kit)}`, summary(a), a.advisory, ''];
  for (const x of a.answers) out.push(...tAnswer(x), '');
  if (a.unmatched.length) out.push('Unmatched talk', ...a.unmatched.flatMap(tUnmatched), '');
  if (a.notAsked.length) out.push(`Not asked: ${a.notAsked.map((q) => terminalText(q.title)).join('; ')}`);
  for (const n of a.notes) out.push(`Note: ${terminalText(n, { max: 1000 })}`);
  return `${out.join('\n').trimEnd()}\n`;
}

// --- Markdown ---

function mQuote(q: Quote): string {
  return `  - ${q.at ? `${markdownText(q.at)}: ` : ''}“${markdownText(q.text, { max: QUOTE_MAX })}”`;
}

function mFindings(findings: Finding[]): string[] {
  return findings.flatMap((f) => [`- **${markdownText(f.title)}** (\`${f.rule}\`): ${markdownText(f.message, { max: 1000 })}`, ...f.quotes.map(mQuote)]);
}

function mAnswer(x: AnswerAnalysis): string[] {
  const lines = [`## Round ${x.question.round}: ${markdownText(x.question.title)}`, '', `\`${x.question.id}\` · ${x.words} words of answer`, ''];
  if (x.askedWith) lines.push(`Asked${x.askedWith.at ? ` at ${markdownText(x.askedWith.at)}` : ''}: “${markdownText(x.askedWith.text, { max: QUOTE_MAX })}”`, '');
  if (x.suggestion) lines.push(`**${markdownText(x.suggestion.text, { max: 1000 })}**${x.suggestion.because.length ? ` (because: ${x.suggestion.because.map((r) => `\`${r}\``).join(', ')})` : ''}`, '');
  lines.push(...(x.findings.length ? mFindings(x.findings) : ['No findings.']), '');
  return lines;
}

export function renderNotesMarkdown(a: NotesAnalysis): string {
  const out = [`# Interview notes: ${markdownText(who(a))}`, '', `Kit \`${a.kit.replace(/`/g, '')}\`. ${summary(a)}.`, '', `> ${a.advisory}`, ''];
  for (const x of a.answers) out.push(...mAnswer(x));
  if (a.unmatched.length) {
    out.push('## Unmatched talk', '');
    for (const u of a.unmatched) {
      out.push(`- ${u.said.length} sentence${u.said.length === 1 ? '' : 's'} from ${markdownText(u.said[0]?.at || '?')}${u.asked[0] ? ` after “${markdownText(u.asked[0].text, { max: 120 })}”` : ''}`);
      out.push(...mFindings(u.findings).map((l) => `  ${l}`));
    }
    out.push('');
  }
  if (a.notAsked.length) out.push('## Not asked', '', ...a.notAsked.map((q) => `- ${markdownText(q.title)} (\`${q.id.replace(/`/g, '')}\`)`), '');
  if (a.notes.length) out.push('## Notes', '', ...a.notes.map((n) => `- ${markdownText(n, { max: 1000 })}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}
