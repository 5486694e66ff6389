import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notesKit, vtt, WHOLE_CORPUS_MS } from '../../test/helpers/notes.js';
import { captureIo } from '../cli/io.js';
import { run } from '../cli/main.js';
import type { NotesAnalysis } from './types.js';

// In WebVTT `<script>` would be a cue tag; written as entities it reaches the text as `<script>`.
const HOSTILE = 'It flags &lt;script&gt;alert(1)&lt;/script&gt; \u001b[2J`code` | **bold** payments.';

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'evident-notes-cli-'));
  await writeFile(join(dir, 'kit.json'), JSON.stringify(notesKit(['rf-explain-to-stakeholder', 'rf-failure-learned'], 'Alice')));
  await writeFile(
    join(dir, 'talk.vtt'),
    vtt([
      [1, 'Dana', 'Pick a model you built and explain it to me as if I were the head of sales, no jargon.'],
      [6, 'Alice', HOSTILE],
      [12, 'Dana', 'Tell me about a project that failed or a decision you got wrong.'],
      [18, 'Alice', 'Honestly I cannot think of one. I plan carefully.'],
    ]),
  );
  return dir;
}

describe('notes/cli', () => {
  it('analyses a transcript in every format, escaping what the candidate said', async () => {
    const dir = await workspace();
    const term = captureIo(dir);
    const md = captureIo(dir);
    const json = captureIo(dir);

    expect(await run(['notes', 'analyse', 'talk.vtt', '--kit', 'kit.json', '--candidate', 'Alice'], term)).toBe(0);
    expect(await run(['notes', 'analyse', 'talk.vtt', '--kit', 'kit.json', '--format', 'md'], md)).toBe(0);
    expect(await run(['notes', 'analyse', 'talk.vtt', '--kit', 'kit.json', '--json'], json)).toBe(0);
    expect(await run(['notes', 'analyse', 'talk.vtt', '--kit', 'kit.json', '--format', 'html', '--out', 'notes.html'], captureIo(dir))).toBe(0);

    expect(term.stdout()).toContain('consider 1: No failure named, or only others\' faults.');
    expect(term.stdout()).not.toContain('\u001b');
    expect(md.stdout()).toContain('\\`code\\` \\| \\*\\*bold\\*\\* payments');
    expect(md.stdout()).toContain('&lt;script&gt;');
    const html = await readFile(join(dir, 'notes.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    const analysis = JSON.parse(json.stdout()) as NotesAnalysis;
    expect(analysis.answers.map((a) => [a.question.id, a.suggestion?.level])).toEqual([
      ['rf-explain-to-stakeholder', 2],
      ['rf-failure-learned', 1],
    ]);
    expect(analysis.answers[1].findings[0].quotes[0]).toEqual({ text: 'Honestly I cannot think of one.', at: '00:00:18', place: { start: 18, end: 22 } });
  });

  it('refuses a missing kit, a bad format and an unknown candidate in one line (exit 2)', async () => {
    const dir = await workspace();
    const io = captureIo(dir);

    expect(await run(['notes', 'analyse', 'talk.vtt', '--kit', 'none.json'], io)).toBe(2);
    expect(await run(['notes', 'analyse', 'talk.vtt', '--kit', 'kit.json', '--format', 'pdf'], io)).toBe(2);
    expect(await run(['notes', 'analyse', 'talk.vtt', '--kit', 'kit.json', '--candidate', 'Robin'], io)).toBe(2);

    expect(io.stderr().trim().split('\n')).toEqual([
      'evident: cannot read kit none.json',
      'evident: unknown --format pdf (terminal, md, json, html)',
      'evident: no speaker in the notes is called "Robin" (speakers: Dana, Alice)',
    ]);
  });

  // Reads every labelled set (37 of them, about 2,700 answers): seconds on an idle machine, far more under load.
  it('eval-notes prints precision and recall per finding type for each labelled set', async () => {
    const io = captureIo(await workspace());

    expect(await run(['eval-notes'], io)).toBe(0);

    expect(io.stdout()).toMatch(/^development: 99 labelled answers\n\nfinding +labelled +TP +FP +FN +precision +recall\njargon /);
    expect(io.stdout()).toContain('held-out 3: 49 labelled answers');
    expect(io.stdout()).toMatch(/paired phrasings with the same findings: (\d+) of \1/);
  }, WHOLE_CORPUS_MS);
});
