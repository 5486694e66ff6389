// Notes benchmark: `npm run build && node dist/bench/notes-bench.js`.
// Times analyseNotes on a synthetic two-hour WebVTT transcript (about 20,000
// words, a question every ten cues) and on hostile shapes: one unpunctuated
// sentence of 320,000 characters, and one "word" of 1,000,000 characters.
// Prints milliseconds; the second run of each shape is the one to read (the
// first pays for regular-expression compilation).
import { loadQuestionBank } from '../src/interview/index.js';
import { analyseNotes } from '../src/notes/index.js';
import { kitOf, toKitQuestion } from '../src/notes/eval.js';

const IDS = ['rf-explain-to-stakeholder', 'rf-failure-learned', 'rf-degraded-in-production', 'mlops-train-to-monitor'];
const bank = loadQuestionBank();
const kit = kitOf(IDS.map((id) => toKitQuestion(bank.find((q) => q.id === id)!)));

function transcript(cues: number): string {
  const clock = (s: number) => new Date(s * 1000).toISOString().slice(11, 23);
  const answer = 'It looks at how each customer used the app over the last three months and gives every customer a score, so the sales team can call them before renewal; it is wrong for about three in ten.';
  const lines = ['WEBVTT', ''];
  for (let i = 0; i < cues; i++) {
    const asks = i % 10 === 0;
    lines.push(`${clock(i * 4)} --> ${clock(i * 4 + 3)}`, asks ? `<v Dana>${kit.rounds[0].questions[(i / 10) % IDS.length].prompt}` : `<v Alice>${answer}`, '');
  }
  return lines.join('\n');
}

function time(name: string, text: string, format: 'vtt' | 'text'): void {
  for (const run of [1, 2]) {
    const t0 = performance.now();
    const a = analyseNotes({ text, format }, kit);
    console.log(`${name} (run ${run}, ${text.length} chars): ${(performance.now() - t0).toFixed(0)} ms, ${a.answers.length} answers`);
  }
}

time('two-hour transcript', transcript(1800), 'vtt');
time('one unpunctuated sentence', `Q: ${kit.rounds[0].questions[1].prompt}\nA: ${'it failed for the team and the team and '.repeat(8000)}`, 'text');
time('one 1,000,000-character word', `Q: ${kit.rounds[0].questions[0].prompt}\nA: so the ${'a'.repeat(1_000_000)} team`, 'text');
