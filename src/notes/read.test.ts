import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, para } from '../../test/helpers/docx.js';
import { vtt } from '../../test/helpers/notes.js';
import { parseNotesText, readNotes, readNotesFile } from './read.js';
import type { Utterance } from './types.js';

const said = (us: Utterance[]) => us.map((u) => [u.speaker ?? null, u.text]);

describe('notes/read: WebVTT', () => {
  it('takes speakers from voice tags, times from cues, and drops other tags', () => {
    const text = vtt([
      [1, 'Dana Lee', 'Tell me about a <b>model</b> you built.'],
      [6, 'Alice', 'It predicts churn &amp; flags customers.'],
    ]);

    const doc = parseNotesText(text, 'vtt');

    expect(said(doc.utterances)).toEqual([
      ['Dana Lee', 'Tell me about a model you built.'],
      ['Alice', 'It predicts churn & flags customers.'],
    ]);
    expect(doc.utterances[1].place).toEqual({ start: 6, end: 10 });
    expect(doc.problems).toEqual([]);
  });

  it('reads overlapping cues in the order they start, and two voices in one cue as two utterances', () => {
    const text = 'WEBVTT\n\n00:00:05.000 --> 00:00:09.000\n<v Alice>second\n\n00:00:01.000 --> 00:00:07.000\n<v Dana>first</v> <v Alice>and a reply</v>\n';

    const doc = parseNotesText(text, 'vtt');

    expect(said(doc.utterances)).toEqual([
      ['Dana', 'first'],
      ['Alice', 'and a reply'],
      ['Alice', 'second'],
    ]);
    expect(doc.problems[0]).toMatch(/^WebVTT line 6: /);
  });

  it('takes `Name:` prefixes in cues without voice tags (the candidate even once), and leaves cues without any speaker unnamed', () => {
    const text = vtt([
      [1, null, 'Dana: How was it detected?'],
      [5, null, 'Alice: A dashboard.'],
      [9, null, 'Then we retrained.'],
      [13, null, 'Dana: Thanks.'],
    ]);

    expect(said(parseNotesText(text, 'vtt', 'Alice').utterances)).toEqual([
      ['Dana', 'How was it detected?'],
      ['Alice', 'A dashboard.'],
      [null, 'Then we retrained.'],
      ['Dana', 'Thanks.'],
    ]);
  });

  it('reads a file without the WEBVTT header as SubRip-style captions, and says so', () => {
    const doc = parseNotesText('1\n00:00:01,000 --> 00:00:03,000\nALICE: hello there\n\n2\n00:00:04,000 --> 00:00:05,000\nALICE: bye\n', 'vtt');

    expect(said(doc.utterances)).toEqual([
      ['ALICE', 'hello there'],
      ['ALICE', 'bye'],
    ]);
    expect(doc.problems[0]).toBe('no WEBVTT header: read as SubRip-style captions');
  });
});

describe('notes/read: SRT', () => {
  it('reads blocks, speaker prefixes and brackets, and keeps an untimed block at the time before', () => {
    const text = [
      '1', '00:00:01,000 --> 00:00:04,000', '[Interviewer] What failed?', '',
      '2', '00:00:04,500 --> 00:00:09,000', '<i>Alice:</i> The {\\an8}release did.', '',
      'no timing here', 'Alice: and I missed a check', '',
    ].join('\n');

    const doc = parseNotesText(text, 'srt');

    expect(said(doc.utterances)).toEqual([
      ['Interviewer', 'What failed?'],
      ['Alice', 'The release did.'],
      [null, 'no timing here'],
      ['Alice', 'and I missed a check'],
    ]);
    expect(doc.utterances[3].place.start).toBe(4.5);
    expect(doc.problems).toEqual(['1 caption block has no valid timing line; their text is kept at the time before']);
  });
});

describe('notes/read: text and Markdown', () => {
  it('reads prefixes, Q/A notes, timestamps and transcript name-and-time lines, with line numbers', () => {
    const text = ['Q: Tell me about a failure.', 'A: I shipped without a holiday check.', '', '[00:02:10] Dana: Go on.', 'Alice  2:15', 'We lost a week.'].join('\n');

    const doc = parseNotesText(text, 'text');

    expect(said(doc.utterances)).toEqual([
      ['Q', 'Tell me about a failure.'],
      ['A', 'I shipped without a holiday check.'],
      ['Dana', 'Go on.'],
      ['Alice', ''],
      [null, 'We lost a week.'],
    ]);
    expect(doc.utterances.map((u) => u.place)).toEqual([{ line: 1 }, { line: 2 }, { line: 4, start: 130 }, { line: 5, start: 135 }, { line: 6 }]);
  });

  it('keeps a label as a speaker when it reads as a name, a role word or the candidate, not a note heading', () => {
    const text = 'Note: the candidate was late.\nSam: hello\nDana: hi\nDana: next question\nReason was: unclear\nthe answer: maybe';

    const doc = parseNotesText(text, 'text', 'Sam');

    expect(said(doc.utterances)).toEqual([
      [null, 'Note: the candidate was late.'],
      ['Sam', 'hello'],
      ['Dana', 'hi'],
      ['Dana', 'next question'],
      [null, 'Reason was: unclear'],
      [null, 'the answer: maybe'],
    ]);
  });

  it('marks Markdown headings and strips emphasis, lists and code blocks', () => {
    const text = '# Round 1\n\n## Explain your model\n\n- **Alice:** It *flags* `late` payments.\n- **Alice:** Nothing else.\n\n```\nDana: not read\n```\n';

    const doc = parseNotesText(text, 'markdown');

    expect(doc.utterances.map((u) => [u.heading ?? false, u.speaker ?? null, u.text])).toEqual([
      [true, null, 'Round 1'],
      [true, null, 'Explain your model'],
      [false, 'Alice', 'It flags late payments.'],
      [false, 'Alice', 'Nothing else.'],
    ]);
  });
});

describe('notes/read: files', () => {
  it('reads DOCX notes by paragraph, headings marked', async () => {
    const data = buildDocx([{ ...para('Explain your model in plain words'), style: 'Heading1' }, para('Alice: It flags late payments.'), para('Alice: It misses some.')]);

    const doc = await readNotes(data, 'notes.docx');

    expect(doc.format).toBe('docx');
    expect(doc.utterances.map((u) => [u.heading ?? false, u.speaker ?? null, u.text, u.place.paragraph])).toEqual([
      [true, null, 'Explain your model in plain words', 1],
      [false, 'Alice', 'It flags late payments.', 2],
      [false, 'Alice', 'It misses some.', 3],
    ]);
  });

  it('picks the reader by the WEBVTT header before the extension, and refuses binary or fake DOCX in one line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evident-notes-'));
    await writeFile(join(dir, 'talk.txt'), vtt([[1, 'Alice', 'hi']]));
    await writeFile(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
    await writeFile(join(dir, 'fake.docx'), 'not a zip');
    await writeFile(join(dir, 'empty.md'), '');

    expect((await readNotesFile('talk.txt', dir)).format).toBe('vtt');
    await expect(readNotesFile('bin.txt', dir)).rejects.toThrow('unsupported notes format (WebVTT, SRT, text, Markdown or DOCX)');
    await expect(readNotesFile('fake.docx', dir)).rejects.toThrow('the file is not a readable DOCX (not a zip archive)');
    await expect(readNotesFile('empty.md', dir)).rejects.toThrow('the notes file is empty');
    await expect(readNotesFile('missing.vtt', dir)).rejects.toThrow('cannot read notes file missing.vtt');
  });
});
