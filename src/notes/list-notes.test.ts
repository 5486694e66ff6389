// Interviewers' bullet notes: each list item is a note of its own, so no
// sentence runs across its ends, punctuated or not (held-out 10: bullet notes
// read as one long sentence drew long_sentences on eleven answers).
import { describe, expect, it } from 'vitest';
import { notesKit } from '../../test/helpers/notes.js';
import { analyseNotes } from './analyse.js';
import { parseNotesText } from './read.js';
import { sentencesOf } from './sentences.js';

const KIT = notesKit(['rf-explain-to-stakeholder'], 'Sam Lee');

const BULLETS = [
  'Q: Explain a model you built to someone without a technical background.',
  'A: forecasts bookings for the hire desk',
  '- every evening it looks at the last eight weeks of rentals, the weather forecast and the school holidays',
  '- tells the depot manager how many vans of each size to keep back for the morning, branch by branch',
  '- it is wrong on bank holiday weekends so the manager keeps two spare vans on those days and checks the list by hand',
].join('\n');

describe('notes: bullet notes', () => {
  it('marks list items when reading text and Markdown notes', () => {
    const text = parseNotesText('- uses call logs\n* and the weather\n1. gives a number\nplain line', 'text');
    const markdown = parseNotesText('- uses call logs\n2) gives a number', 'markdown');

    expect(text.utterances.map((u) => u.item === true)).toEqual([true, true, true, false]);
    expect(markdown.utterances.map((u) => [u.text, u.item === true])).toEqual([
      ['uses call logs', true],
      ['gives a number', true],
    ]);
  });

  it('ends a sentence at each list item, punctuated or not, and runs plain lines together as before', () => {
    const place = (line: number) => ({ line });
    const sentences = sentencesOf([
      { text: 'the model ranks the leads', place: place(1) },
      { text: 'by how likely they are to buy', place: place(2) },
      { text: '- trained on two years of CRM data', place: place(3), item: true },
      { text: '- misses new markets', place: place(4), item: true },
      { text: 'then we moved on', place: place(5) },
    ]);

    expect(sentences.map((s) => [s.text, s.at])).toEqual([
      ['the model ranks the leads by how likely they are to buy', 'line 1'],
      ['- trained on two years of CRM data', 'line 3'],
      ['- misses new markets', 'line 4'],
      ['then we moved on', 'line 5'],
    ]);
  });

  it('does not call an answer written as short bullet notes long-winded', () => {
    const bullets = analyseNotes({ text: BULLETS, format: 'text' }, KIT);
    const runOn = analyseNotes({ text: BULLETS.replace(/\n- /g, ' and '), format: 'text' }, KIT);
    const rulesOf = (a: typeof bullets) => a.answers[0]?.findings.map((f) => f.rule) ?? [];

    expect(rulesOf(bullets)).not.toContain('long_sentences');
    expect(rulesOf(runOn)).toContain('long_sentences');
  });
});
