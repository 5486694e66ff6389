import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPdf, textLines } from '../../test/helpers/pdf.js';
import { captureIo } from './io.js';
import { run } from './main.js';

async function folder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'evident-cv-'));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}

const CV = '# Dana Kim\ndana@example.com\n\n## Skills\nPython, PyTorch, Docker\n';

describe('cli/cv', () => {
  it('prints what a CV claims, as a table and as JSON', async () => {
    const dir = await folder({ 'dana.md': CV });
    const table = captureIo(dir);
    const json = captureIo(dir);

    expect(await run(['cv', 'dana.md'], table)).toBe(0);
    expect(await run(['cv', 'dana.md', '--json'], json)).toBe(0);

    expect(table.stdout()).toContain('  name            Dana Kim\n');
    expect(table.stdout()).toContain('deep-learning PyTorch');
    expect(JSON.parse(json.stdout())).toMatchObject({ schemaVersion: '1.0', format: 'markdown', claims: { name: 'Dana Kim' } });
  });

  it('says plainly when a PDF has no text layer and exits 1', async () => {
    const dir = await folder({ 'scan.pdf': buildPdf([{ rects: [{ x: 0, y: 0, w: 600, h: 780, color: [0.5, 0.5, 0.5] }] }]) });
    const io = captureIo(dir);

    expect(await run(['cv', 'scan.pdf'], io)).toBe(1);

    expect(io.stderr()).toBe('evident: the CV has no text layer (a scanned image?); nothing was extracted\n');
    expect(io.stdout()).not.toContain('name');
  });

  it('reports an unreadable file in one line without its content, exit 2', async () => {
    const dir = await folder({ 'bad.pdf': '%PDF-1.4 secret candidate text and nothing else' });
    const io = captureIo(dir);

    expect(await run(['cv', 'bad.pdf'], io)).toBe(2);

    expect(io.stderr()).toBe('evident: the file is not a readable PDF (corrupt or truncated)\n');
  });

  it('checks claims against a scanned repository', async () => {
    const dir = await folder({ 'dana.md': CV, 'train.py': 'import torch\n\nmodel = torch.nn.Linear(2, 1)\n' });
    const io = captureIo(dir);

    expect(await run(['cv', 'dana.md', '--repo', '.', '--json'], io)).toBe(0);

    const out = JSON.parse(io.stdout());
    expect(out.matrix.rows.map((r: { skill: string; level: string }) => [r.skill, r.level])).toEqual([
      ['python', 'project'],
      ['pytorch', 'used'],
      ['docker', 'none'],
    ]);
  });

  it('scores the parser against labelled CVs', async () => {
    const pdf = buildPdf([{ texts: textLines(['Eve Long', 'eve@example.com', 'Skills', 'Python, Kafka'], { top: 700 }) }]);
    const labels = [{ file: 'eve.pdf', name: 'Eve Long', email: 'eve@example.com', links: [], sections: ['skills'], skills: ['python', 'kafka'], years_experience: null }];
    const dir = await folder({ 'eve.pdf': pdf, 'labels.json': JSON.stringify(labels) });
    const io = captureIo(dir);

    expect(await run(['eval-cv', '--labels', 'labels.json', '--dir', '.', '--json'], io)).toBe(0);

    const report = JSON.parse(io.stdout());
    expect(report.overall).toMatchObject({ name: 1, email: 1, links: 1, sections: 1, skills: { f1: 1 } });
  });
});
