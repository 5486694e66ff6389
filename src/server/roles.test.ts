import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, seedScreened, type Client, type TestApp } from '../../test/helpers/server.js';

let t: TestApp;
let recruiter: Client;
beforeAll(async () => {
  t = await openTestApp();
  recruiter = await t.as('recruiter');
});
afterAll(async () => {
  await t.close();
});

const mine = { blame: { candidate: true } };
const STRONG = { serving_api: mine, containerized: mine, drift_monitoring: mine, experiment_tracking: mine, tests: mine, ci: mine, classical_ml: mine, model_evaluation: mine } as const;
const MIDDLE = { tests: mine, ci: mine, classical_ml: mine, model_evaluation: mine, deep_learning: mine } as const;
const WEAK = { notebook_only: true, classical_ml: mine } as const;

describe('server/roles', () => {
  it('creates roles from a template, a job description or a whole profile; refuses a bad one', async () => {
    const templates = (await recruiter.get('/api/role-templates')).json().templates;
    expect(templates).toContainEqual({ name: 'mlops-engineer', title: expect.any(String) });

    const fromTemplate = await recruiter.post('/api/roles', { template: 'mlops-engineer', blind: true });
    const fromJd = await recruiter.post('/api/roles', { jobDescription: 'We deploy models with Docker and Kubernetes, track experiments in MLflow, and monitor drift. Docker daily.', title: 'Platform ML' });
    const profile = { name: 'custom', title: 'Custom', weights: { engineering_basics: 100 } };
    const fromProfile = await recruiter.post('/api/roles', { profile });
    const bad = await recruiter.post('/api/roles', { profile: { ...profile, weights: { engineering_basics: 0 } } });
    const unknown = await recruiter.post('/api/roles', { template: 'astronaut' });

    expect(fromTemplate.statusCode).toBe(201);
    expect(fromTemplate.json().role).toMatchObject({ blind: true, profile: { name: 'mlops-engineer' } });
    expect(fromJd.json().role.title).toBe('Platform ML');
    expect(fromJd.json().why.join('\n')).toMatch(/mlflow/i);
    expect(fromProfile.json().role.profile).toMatchObject({ name: 'custom', must_haves: [], weights: { engineering_basics: 100 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^role profile: weights: at least one competency needs a weight above 0$/);
    expect(unknown.json().error.message).toMatch(/^unknown role template astronaut/);
    expect((await recruiter.get('/api/roles')).json().roles.map((r: { title: string }) => r.title)).toEqual(expect.arrayContaining(['Custom', 'Platform ML']));
  });

  it('ranks a role\'s candidates by fit, filters them, previews a weight change without saving it, and edits the role', async () => {
    const role = (await recruiter.post('/api/roles', { template: 'mlops-engineer', title: 'MLOps ranked' })).json().role;
    const strong = await seedScreened(t.store, role.id, 'Strong Sam', STRONG);
    const middle = await seedScreened(t.store, role.id, 'Middle Mo', MIDDLE);
    const weak = await seedScreened(t.store, role.id, 'Weak Wu', WEAK);
    const waiting = await t.store.candidates.create({ label: 'Waiting Wes', roleId: role.id });

    const table = (await recruiter.get(`/api/roles/${role.id}/candidates`)).json();

    expect(table.candidates.map((r: { id: string; rank: number | null }) => [r.id, r.rank])).toEqual([
      [strong.id, 1],
      [middle.id, 2],
      [weak.id, 3],
      [waiting.id, null],
    ]);
    const top = table.candidates[0];
    expect(top).toMatchObject({ label: 'Strong Sam', status: 'screened', fit: expect.any(Number), coverage: { share: expect.any(Number) }, scorecards: 0, recommendation: null });
    expect(top.competencies.mlops_production).toBeGreaterThan(0);
    const minFit = table.candidates[1].fit;
    const filtered = (await recruiter.get(`/api/roles/${role.id}/candidates?minFit=${minFit}&status=screened`)).json().candidates;
    expect(filtered.map((r: { label: string }) => r.label)).toEqual(['Strong Sam', 'Middle Mo']);
    expect((await recruiter.get(`/api/roles/${role.id}/candidates?q=wu`)).json().candidates.map((r: { label: string }) => r.label)).toEqual(['Weak Wu']);
    expect((await recruiter.get(`/api/roles/${role.id}/candidates?minFit=lots`)).statusCode).toBe(400);

    const change = { profile: { weights: { ml_fundamentals: 100 }, must_haves: [] } };
    const preview = await recruiter.post(`/api/roles/${role.id}/preview`, change);

    expect(preview.statusCode).toBe(200);
    const body = preview.json();
    expect(body.weights.after).toMatchObject({ ml_fundamentals: 100, mlops_production: 0 });
    expect(body.candidates).toHaveLength(3);
    const sam = body.candidates.find((r: { id: string }) => r.id === strong.id);
    expect(sam.before).toMatchObject({ fit: top.fit, rank: 1 });
    expect(sam.fitChange).toBe(sam.after.fit - sam.before.fit);
    expect(body.candidates.map((r: { after: { rank: number } }) => r.after.rank)).toEqual([1, 2, 3]);
    expect((await t.store.roles.get(role.id))?.profile.weights.mlops_production).toBeGreaterThan(0);
    expect((await t.store.assessments.get(strong.id, role.id))?.assessment.fit).toBe(top.fit);

    const edited = await recruiter.patch(`/api/roles/${role.id}`, { title: 'MLOps (edited)', profile: { must_haves: [{ competency: 'mlops_production', min: 30 }] } });
    const badEdit = await recruiter.patch(`/api/roles/${role.id}`, { profile: { weights: { mlops_production: 400 } } });

    expect((await recruiter.get(`/api/roles/${role.id}`)).json().role).toEqual(edited.json().role);
    expect(edited.json().role).toMatchObject({ title: 'MLOps (edited)', profile: { title: 'MLOps (edited)', must_haves: [{ competency: 'mlops_production', min: 30 }] } });
    expect(badEdit.statusCode).toBe(400);
  });

  it('exports a shortlist as CSV (formula cells defused) and imports candidates from CSV, all rows or none', async () => {
    const role = (await recruiter.post('/api/roles', { template: 'mlops-engineer', title: 'CSV role' })).json().role;
    await seedScreened(t.store, role.id, '=HYPERLINK("x")', STRONG);
    await seedScreened(t.store, role.id, 'Plain, Person', WEAK);

    const csv = await recruiter.get(`/api/roles/${role.id}/shortlist.csv`);

    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="shortlist-mlops-engineer.csv"');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('rank,candidate_id,label,status,fit,coverage,gates_met,gates_total,red_flags,scorecards,recommendation');
    expect(lines[1]).toMatch(/^1,[\w-]+,"'=HYPERLINK\(""x""\)",screened,\d+,/);
    expect(lines[2]).toMatch(/^2,[\w-]+,"Plain, Person",screened,/);

    const good = 'Label,Email,Repositories\nAna Lima,ana@example.org,https://github.com/ana/ml-service https://github.com/ana/notebooks\n"Bo, Jr.",bo@example.org;bo@work.example,\n';
    const bad = 'label,repositories\nOk Person,https://github.com/ok/repo\n,https://github.com/x/y\nEvil,ext::sh -c touch% /tmp/pwned\n';
    const badAnswer = await recruiter.call('POST', `/api/roles/${role.id}/import`, { payload: bad, contentType: 'text/csv' });
    const imported = await recruiter.call('POST', `/api/roles/${role.id}/import`, { payload: good, contentType: 'text/csv' });

    expect(badAnswer.statusCode).toBe(400);
    expect(badAnswer.json().rows.map((r: { line: number }) => r.line)).toEqual([3, 4]);
    expect(imported.statusCode).toBe(201);
    expect(imported.json().created.map((c: { label: string }) => c.label)).toEqual(['Ana Lima', 'Bo, Jr.']);
    const ana = await t.store.candidates.get(imported.json().created[0].id);
    expect(ana).toMatchObject({ roleId: role.id, emails: ['ana@example.org'] });
    expect((await t.store.repositories.listByCandidate(ana?.id as string)).map((r) => r.url).sort()).toEqual(['https://github.com/ana/ml-service', 'https://github.com/ana/notebooks']);
    expect((await t.store.candidates.get(imported.json().created[1].id))?.emails).toEqual(['bo@example.org', 'bo@work.example']);
    expect((await t.store.candidates.listByRole(role.id)).map((c) => c.label)).not.toContain('Ok Person');
  });

  it('keeps roles to admins and recruiters, and deletes a role keeping its candidates', async () => {
    const dana = await t.as('dana');
    const role = (await recruiter.post('/api/roles', { template: 'python-ai-engineer' })).json().role;
    const kept = await t.store.candidates.create({ label: 'Kept', roleId: role.id });

    const answers = [await dana.get('/api/roles'), await dana.post('/api/roles', { template: 'mlops-engineer' }), await dana.get(`/api/roles/${role.id}/candidates`), await dana.get(`/api/roles/${role.id}/shortlist.csv`)];

    expect(answers.map((r) => r.statusCode)).toEqual([403, 403, 403, 403]);
    expect((await recruiter.delete(`/api/roles/${role.id}`)).statusCode).toBe(204);
    expect((await recruiter.get(`/api/roles/${role.id}`)).statusCode).toBe(404);
    expect((await t.store.candidates.get(kept.id))?.roleId).toBeNull();
  });
});
