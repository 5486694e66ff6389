import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, CANDIDATE_REPO, cvText } from '../../test/helpers/candidate.js';
import { buildRepo } from '../../test/helpers/repo.js';
import { captureIo } from './io.js';
import { run } from './main.js';

let tree: { root: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  const files: Record<string, string> = { 'alice-cv.md': cvText({ ...ALICE, address: 'see https://github.com/alicem' }) };
  for (const [path, text] of Object.entries(CANDIDATE_REPO)) files[`shop-model/${path}`] = text;
  tree = await buildRepo(files);
});

afterAll(async () => {
  await tree.cleanup();
});

async function screen(...args: string[]) {
  const io = captureIo(tree.root);
  const base = ['screen', '--template', 'applied-ml-engineer', '--cv', 'alice-cv.md', '--repo', 'shop-model', '--as-of', '2026-11-23', '--no-history', '--no-discover'];
  const code = await run([...base, ...args], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('cli/screen', () => {
  it('determinism: two runs on the same inputs write byte-identical JSON', async () => {
    const one = await screen('--format', 'json', '--out', 'one.json');
    const two = await screen('--format', 'json', '--out', 'two.json');

    expect([one.code, two.code]).toEqual([0, 0]);
    expect(one.stdout).toMatch(/^Alice Martin: fit \d+\/100 for applied-ml-engineer; json report written to /);
    const [a, b] = await Promise.all([readFile(join(tree.root, 'one.json'), 'utf8'), readFile(join(tree.root, 'two.json'), 'utf8')]);
    expect(a).toBe(b);
    expect(JSON.parse(a)).toMatchObject({ schemaVersion: '1.1', asOf: '2026-11-23', role: { name: 'applied-ml-engineer' } });
  });

  it('--blind removes the name, emails, links and CV file name from every format', async () => {
    for (const format of ['terminal', 'md', 'json', 'html']) {
      const result = await screen('--blind', '--format', format);

      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Candidate 1');
      expect(result.stdout).not.toMatch(/Alice|Martin|alice\.martin@example\.com|alicem|alice-cv\.md/);
    }
  });

  it('writes the HTML report with the radar chart and the cited source lines', async () => {
    const result = await screen('--format', 'html', '--out', 'alice.html');

    const page = await readFile(join(tree.root, 'alice.html'), 'utf8');
    expect(result.code).toBe(0);
    expect(page).toContain('<svg class="radar"');
    expect(page).toContain('<code>shop-model: src/shop/serve.py:8</code>');
    expect(page).toContain('<code>@app.post(&quot;/predict&quot;)</code>');
    expect(page).toContain('alice.martin@example.com');
  });

  it('usage errors exit 2 with one line: no inputs, both role flags, a bad date, pdf without --out', async () => {
    const io = captureIo(tree.root);

    expect(await run(['screen', '--template', 'mlops-engineer'], io)).toBe(2);
    expect(await run(['screen', '--template', 'mlops-engineer', '--role', 'r.yaml', '--cv', 'alice-cv.md'], io)).toBe(2);
    expect(await run(['screen', '--template', 'mlops-engineer', '--cv', 'alice-cv.md', '--as-of', '2026-02-30'], io)).toBe(2);
    expect(await run(['screen', '--template', 'mlops-engineer', '--cv', 'alice-cv.md', '--format', 'pdf'], io)).toBe(2);
    expect(io.stderr().trim().split('\n')).toEqual([
      'evident: give a --cv, at least one --repo, or both (or a profile: --github, --gitlab, --huggingface)',
      'evident: give exactly one of --role FILE or --template NAME',
      'evident: --as-of must be a date YYYY-MM-DD, not 2026-02-30',
      'evident: --format pdf needs --out FILE',
    ]);
  });
});
