import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import type { Assessment } from '../assess/types.js';
import { ALICE, CANDIDATE_REPO, cvText, KWAME } from '../../test/helpers/candidate.js';
import { buildRepo } from '../../test/helpers/repo.js';
import { screenCandidate, type ScreenOptions } from './screen-candidate.js';

const asOf = '2026-11-23';
let repo: { root: string; cleanup: () => Promise<void> };
let dir: { root: string; cleanup: () => Promise<void> };
let options: ScreenOptions;

beforeAll(async () => {
  repo = await buildRepo(CANDIDATE_REPO);
  dir = await buildRepo({ 'alice.md': cvText(ALICE), 'kwame.md': cvText(KWAME) });
  options = { role: loadRoleFile(templatePath('applied-ml-engineer')), asOf, history: false };
});

afterAll(async () => {
  await repo.cleanup();
  await dir.cleanup();
});

const withoutCandidate = (a: Assessment) => JSON.stringify({ ...a, candidate: null });

describe('screen/screen', () => {
  it('assesses a CV and a repository, citing the source line of the evidence', async () => {
    const a = await screenCandidate({ label: '', cv: join(dir.root, 'alice.md'), repos: [repo.root], emails: [], names: [] }, options);

    const mlops = a.competencies.find((c) => c.id === 'mlops_production');
    expect(mlops?.contributions.find((c) => c.signal === 'serving_api')?.cited).toEqual([
      { repository: expect.any(String), location: 'src/shop/serve.py:10', match: 'model.predict()', snippet: 'return {"y": float(model.predict([[x]])[0])}' },
      { repository: expect.any(String), location: 'src/shop/serve.py:8', match: '@app.post("/predict")', snippet: '@app.post("/predict")' },
    ]);
    expect(a.candidate).toEqual({ label: 'Alice Martin', blind: false, identity: { names: ['Alice Martin'], emails: ['alice.martin@example.com'], links: [], cvFile: 'alice.md' } });
    expect(a.claims?.find((c) => c.skill === 'pytorch')?.rung).toBe('none');
    expect(a.claims?.find((c) => c.skill === 'scikit-learn')?.rung).not.toBe('none');
    expect(a.gates.every((g) => g.met)).toBe(true);
  });

  it('with a CV only, every claim is at rung none and no keyword-CV flag is raised (nothing to check against)', async () => {
    const a = await screenCandidate({ label: 'A', cv: join(dir.root, 'alice.md'), repos: [], emails: [], names: [] }, options);

    expect(new Set(a.claims?.map((c) => c.rung))).toEqual(new Set(['none']));
    expect(a.redFlags.map((f) => f.id)).not.toContain('keyword_cv');
    expect(a.notes).toContain('no repositories given: every claim is at rung none and no evidence was scored');
    expect(a.fit).toBe(0);
  });

  it('fairness: swapping name, pronouns, school, address, birth year and nationality changes nothing but the label', async () => {
    const alice = await screenCandidate({ label: '', cv: join(dir.root, 'alice.md'), repos: [repo.root], emails: [], names: [] }, options);
    const kwame = await screenCandidate({ label: '', cv: join(dir.root, 'kwame.md'), repos: [repo.root], emails: [], names: [] }, options);

    expect(alice.candidate.label).toBe('Alice Martin');
    expect(kwame.candidate.label).toBe('Kwame Mensah');
    expect(withoutCandidate(kwame)).toBe(withoutCandidate(alice));
    // "14 Kafka Lane" is an address, not a claim.
    expect(alice.claims?.map((c) => c.skill)).not.toContain('kafka');
  });

  it('fairness in blind mode: the two counterfactual assessments are byte-identical', async () => {
    const blind = { ...options, blind: true, blindLabel: 'Candidate 1' };

    const alice = await screenCandidate({ label: '', cv: join(dir.root, 'alice.md'), repos: [repo.root], emails: [], names: [] }, blind);
    const kwame = await screenCandidate({ label: '', cv: join(dir.root, 'kwame.md'), repos: [repo.root], emails: [], names: [] }, blind);

    expect(JSON.stringify(kwame)).toBe(JSON.stringify(alice));
    expect(JSON.stringify(alice)).not.toMatch(/Alice|Martin|alice\.md|example\.com/);
  });

  it('blind mode masks identity quoted in cited lines and renames repositories', async () => {
    const serve = CANDIDATE_REPO['src/shop/serve.py'].replace('[0])}', '[0]), "by": "/home/Alice Martin/alice.martin@example.com"}');
    const tagged = await buildRepo({ ...CANDIDATE_REPO, 'src/shop/serve.py': serve });

    const a = await screenCandidate({ label: 'Alice Martin', cv: join(dir.root, 'alice.md'), repos: [tagged.root], emails: [], names: [] }, { ...options, blind: true });
    await tagged.cleanup();

    const json = JSON.stringify(a);
    const serving = a.competencies.flatMap((c) => c.contributions).find((c) => c.signal === 'serving_api');
    expect(serving?.cited[0].snippet).toBe('return {"y": float(model.predict([[x]])[0]), "by": "/home/[redacted]/[redacted]"}');
    expect(json).not.toMatch(/Alice|Martin|alice\.martin@example\.com/);
    expect(a.candidate).toEqual({ label: 'Candidate (blind)', blind: true });
    expect(a.maturity.repositories.map((r) => r.repository)).toEqual(['repository 1']);
  });

  it('with a cache, a second run reuses the scan and the CV parse, and a changed file is scanned again', async () => {
    const cache = await buildRepo({});
    const copy = await buildRepo(CANDIDATE_REPO);
    const input = { label: 'A', cv: join(dir.root, 'alice.md'), repos: [copy.root], emails: [], names: [] };

    const first = await screenCandidate(input, { ...options, cacheDir: cache.root });
    const second = await screenCandidate(input, { ...options, cacheDir: cache.root });
    await writeFile(join(copy.root, 'src/shop/serve.py'), 'print("no model served here")\n');
    const third = await screenCandidate(input, { ...options, cacheDir: cache.root });
    const entries = { scans: await readdir(join(cache.root, 'scans')), cvs: await readdir(join(cache.root, 'cvs')) };
    await Promise.all([cache.cleanup(), copy.cleanup()]);

    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(entries.scans).toHaveLength(2);
    expect(entries.cvs).toHaveLength(1);
    const serving = (a: Assessment) => a.competencies.flatMap((c) => c.contributions).find((c) => c.signal === 'serving_api')?.credit;
    expect(serving(first)).toBeGreaterThan(0);
    expect(serving(third)).toBe(0);
  });

  it('an unreadable repository is an error for screen and a note for rank', async () => {
    const input = { label: 'A', repos: [join(repo.root, 'missing')], emails: [], names: [] };

    await expect(screenCandidate(input, { ...options, onInputError: 'throw' })).rejects.toThrow(/no such file or folder/);
    const noted = await screenCandidate(input, { ...options, onInputError: 'note' });
    expect(noted.notes).toEqual([expect.stringMatching(/^repository .*missing could not be read: no such file or folder/)]);
  });
});
