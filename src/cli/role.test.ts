import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRoleProfile } from '../assess/role-profile.js';
import { captureIo } from './io.js';
import { run } from './main.js';

describe('cli/role', () => {
  it('lists the templates and prints one as valid YAML', async () => {
    const io = captureIo();

    expect(await run(['role', 'list'], io)).toBe(0);
    expect(io.stdout()).toContain('mlops-engineer');

    const init = captureIo();
    expect(await run(['role', 'init', '--template', 'llm-application-engineer'], init)).toBe(0);
    expect(parseRoleProfile(init.stdout(), 'out.yaml').name).toBe('llm-application-engineer');
  });

  it('derives a role from a job description and explains each choice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evident-jd-'));
    await writeFile(join(dir, 'jd.txt'), 'We need MLOps: model serving, drift monitoring, retraining pipelines and MLflow experiment tracking. Unit tests.');
    const io = captureIo(dir);

    expect(await run(['role', 'init', '--from-jd', 'jd.txt'], io)).toBe(0);

    const role = parseRoleProfile(io.stdout(), 'out.yaml');
    expect(role.weights.mlops_production).toBeGreaterThan(50);
    expect(io.stdout()).toContain('#   "drift" ×1 → mlops_production (drift_monitoring)');
  });

  it('refuses an unknown template with exit 2 and one line', async () => {
    const io = captureIo();

    expect(await run(['role', 'init', '--template', 'astronaut'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^evident: unknown role template astronaut \(templates: .*\)\n$/);
  });
});
