import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, CANDIDATE_REPO, cvText, KWAME } from '../../test/helpers/candidate.js';
import { buildRepo } from '../../test/helpers/repo.js';
import { parseCsv } from '../util/csv.js';
import { RANK_CSV_COLUMNS } from '../report/rank.js';
import { captureIo } from './io.js';
import { run } from './main.js';

let tree: { root: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  const files: Record<string, string> = {
    'batch/alice/cv.md': cvText(ALICE),
    'batch/alice/candidate.yaml': 'emails: [alice.martin@example.com]\n',
    'batch/kwame/cv.md': cvText(KWAME),
    'batch/kwame/toy/app.py': 'print("hello")\n',
    'batch/broken/notes.txt': 'nothing here\n',
  };
  for (const [path, text] of Object.entries(CANDIDATE_REPO)) files[`batch/alice/shop-model/${path}`] = text;
  tree = await buildRepo(files);
});

afterAll(async () => {
  await tree.cleanup();
});

async function rank(...args: string[]) {
  const io = captureIo(tree.root);
  const code = await run(['rank', '--template', 'applied-ml-engineer', 'batch', '--as-of', '2026-11-23', '--no-history', '--jobs', '2', ...args], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('cli/rank', () => {
  it('prints the sorted table, writes CSV, JSON and an HTML index linking each report; a failing candidate gives exit 1', async () => {
    const result = await rank('--format', 'csv', '--out', 'out/shortlist.csv', '--save', 'out/rank.json', '--save', 'out/index.html');

    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^#\s+candidate\s+fit\s+gates\s+top strengths\s+red flags$/);
    // The title is the name on the CV; Kwame's toy repository speaks to too little of the role: listed apart, unranked.
    expect(lines[1]).toMatch(/^1\s+Alice Martin\s+\d+\s+2\/2 /);
    expect(lines[3]).toMatch(/^1 candidate\(s\) with not enough evidence in the repositories screened to score/);
    expect(lines[4]).toMatch(/^—\s+Kwame Mensah\s+0\s+0\/2 /);
    expect(result.stdout).toContain('1 candidate(s) could not be screened:\n  broken: no CV file and no repositories in the folder');

    const csv = parseCsv(await readFile(join(tree.root, 'out/shortlist.csv'), 'utf8'));
    expect(csv[0]).toEqual([...RANK_CSV_COLUMNS]);
    expect(csv.slice(1).map((r) => [r[0], r[1], r[2], r.at(-1)])).toEqual([
      ['1', 'Alice Martin', 'alice', 'reports/alice.html'],
      ['', 'Kwame Mensah', 'kwame', 'reports/kwame.html'],
    ]);

    const json = JSON.parse(await readFile(join(tree.root, 'out/rank.json'), 'utf8'));
    expect(json.candidates.map((c: { rank: number; id: string }) => [c.rank, c.id])).toEqual([[1, 'alice'], [null, 'kwame']]);
    expect(json.failures).toEqual([{ id: 'broken', error: 'no CV file and no repositories in the folder' }]);

    const index = await readFile(join(tree.root, 'out/index.html'), 'utf8');
    expect(index).toContain('<a href="reports/alice.html">Alice Martin</a>');
    expect(index).toContain('<a href="reports/kwame.html">Kwame Mensah</a>');
    expect((await readdir(join(tree.root, 'out/reports'))).sort()).toEqual(['alice.html', 'kwame.html']);
    expect(await readFile(join(tree.root, 'out/reports/alice.html'), 'utf8')).toContain('<svg class="radar"');
  });

  it('--blind writes no names or folder names anywhere', async () => {
    const result = await rank('--blind', '--format', 'html', '--out', 'blind/index.html', '--save', 'blind/s.csv', '--save', 'blind/r.json');

    const outputs = [result.stdout, ...(await Promise.all(['s.csv', 'r.json', 'index.html', 'reports/candidate-1.html'].map((f) => readFile(join(tree.root, 'blind', f), 'utf8'))))];
    for (const text of outputs) expect(text).not.toMatch(/alice|kwame|Martin|Mensah|broken/i);
    expect(result.stdout).toContain('Candidate 1');
  });
});
