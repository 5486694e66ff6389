import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRepo } from '../../test/helpers/repo.js';
import { captureIo } from './io.js';
import { run } from './main.js';

describe('cli/demo', () => {
  it('screens the bundled candidate against a shipped role, prints the summary and writes the HTML report', async () => {
    const dir = await buildRepo({});
    const io = captureIo(dir.root);

    const code = await run(['demo', '--out', 'demo.html'], io);
    const jsonCode = await run(['demo', '--json', '--out', 'demo.json'], captureIo(dir.root));

    const page = await readFile(join(dir.root, 'demo.html'), 'utf8');
    const json = JSON.parse(await readFile(join(dir.root, 'demo.json'), 'utf8'));
    await dir.cleanup();
    expect([code, jsonCode]).toEqual([0, 0]);
    expect(io.stdout()).toMatch(/^Sam Example — MLOps engineer/);
    expect(io.stdout()).toContain('Claims vs evidence');
    expect(page).toContain('<svg class="radar"');
    expect(json.role.name).toBe('mlops-engineer');
    expect(json.claims.find((c: { skill: string }) => c.skill === 'pytorch').rung).toBe('none');
    expect(json.claims.find((c: { skill: string }) => c.skill === 'mlflow').rung).toBe('production');
  });
});
