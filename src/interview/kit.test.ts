import { describe, expect, it } from 'vitest';
import { assessmentFor, type CandidateKind } from '../../test/helpers/interview.js';
import { loadRoleFile, templateNames, templatePath } from '../assess/role-profile.js';
import { loadQuestionBank } from './bank.js';
import { buildKit } from './kit.js';
import { RESERVED_MINUTES } from './rounds.js';
import type { Kit } from './types.js';

const bank = loadQuestionBank();
const kitFor = (kind: CandidateKind, role = 'mlops-engineer') => buildKit({ bank, role: loadRoleFile(templatePath(role)), assessment: assessmentFor(kind, role) });
const ids = (kit: Kit) => kit.rounds.flatMap((r) => r.questions.map((q) => q.id));
const tailored = (kit: Kit) => kit.rounds.flatMap((r) => r.questions.filter((q) => !q.core).map((q) => q.id));
const find = (kit: Kit, id: string) => kit.rounds.flatMap((r) => r.questions).find((q) => q.id === id);
const KINDS: CandidateKind[] = ['notebook', 'mlops', 'keyword'];

describe('interview/kit', () => {
  it('chooses visibly different questions for a notebook-only, an MLOps and a keyword-CV candidate', () => {
    const [notebook, mlops, keyword] = KINDS.map((k) => kitFor(k));

    expect(tailored(notebook)).toEqual(expect.arrayContaining(['mlf-deep-dive-evaluation', 'mlf-deep-dive-model']));
    expect(tailored(mlops)).toEqual(expect.arrayContaining(['mlops-deep-dive-serving', 'mlops-deep-dive-lifecycle']));
    expect(tailored(keyword)).toEqual(expect.arrayContaining(['mlops-claim-probe@mlflow', 'mlops-claim-probe@kubernetes', 'rf-keyword-claims']));
    expect(tailored(mlops)).not.toContain('mlops-notebook-to-service');
    expect(tailored(notebook).filter((id) => id.includes('@'))).toEqual([]);
    const shared = (a: Kit, b: Kit) => tailored(a).filter((id) => tailored(b).includes(id)).length;
    expect(shared(notebook, mlops)).toBeLessThan(tailored(mlops).length / 2);
    expect(shared(keyword, mlops)).toBeLessThan(tailored(mlops).length / 2);
  });

  it('asks every candidate of a role the same core questions in the same rounds', () => {
    const kits = KINDS.map((k) => kitFor(k));

    const placement = (kit: Kit) => kit.rounds.flatMap((r) => r.questions.filter((q) => q.core).map((q) => `${r.number}:${q.id}`)).sort();
    expect(kits[0].core).toEqual([
      'de-new-dataset-checks',
      'de-quality-incident',
      'eng-testing-ml-code',
      'mlf-test-good-prod-bad',
      'mlops-train-to-monitor',
      'mlops-reproduce-serving-model',
      'mlops-drift-delayed-labels',
      'rf-explain-to-stakeholder',
      'rf-beyond-notebooks',
      'rf-degraded-in-production',
      'rf-failure-learned',
    ]);
    for (const kit of kits) {
      expect(kit.core).toEqual(kits[0].core);
      expect(placement(kit)).toEqual(placement(kits[0]));
      expect(placement(kit)).toHaveLength(kit.core.length);
    }
  });

  it('covers each competency the role weighs in at least two rounds, within each round budget', () => {
    for (const role of templateNames()) {
      for (const kind of KINDS) {
        const kit = kitFor(kind, role);

        for (const c of Object.keys(kit.role.weights)) expect(kit.rounds.filter((r) => r.focus.includes(c as never)).length, `${role} ${c}`).toBeGreaterThanOrEqual(2);
        for (const r of kit.rounds) {
          expect(r.plannedMinutes, `${role} ${kind} round ${r.number}`).toBeLessThanOrEqual(r.minutes - RESERVED_MINUTES);
          expect(r.plannedMinutes).toBe(r.questions.reduce((n, q) => n + q.minutes, 0));
          for (const q of r.questions) expect(r.focus).toContain(q.competency);
        }
        expect(kit.rounds.flatMap((r) => r.questions).every((q) => (kit.role.weights[q.competency] ?? 0) > 0)).toBe(true);
      }
    }
  });

  it('probes claims without evidence and red flags first in each round', () => {
    const kit = kitFor('keyword');

    for (const r of kit.rounds) {
      const probe = r.questions.map((q) => q.reasons.some((x) => x.kind === 'claim' || x.kind === 'red-flag'));
      expect(probe).toEqual([...probe].sort((a, b) => Number(b) - Number(a)));
    }
    expect(kit.rounds[0].questions[0]).toMatchObject({ id: 'mlops-claim-probe@mlflow', title: 'A claimed experiment tracker and model registry without evidence: MLflow', reasons: [{ kind: 'claim', tool: 'mlflow' }] });
    expect(find(kit, 'mlops-claim-probe@mlflow')?.prompt).toMatch(/^Your CV lists MLflow, and we saw no use of it/);
    // No deployment in public code is absence, not a finding: the core question stays a core question, and the topic is a neutral note.
    expect(find(kit, 'rf-beyond-notebooks')?.reasons).toEqual([{ kind: 'core' }]);
    // Its repositories speak to little of the role: the bare skills list is asked about as a neutral topic.
    expect(find(kit, 'rf-keyword-claims')?.reasons).toEqual([{ kind: 'topic', topic: 'keyword_cv', finding: expect.stringMatching(/./) }]);
    expect(kit.notes.some((n) => n.startsWith('To ask about, neutrally (the repositories screened cannot show it): Deployment'))).toBe(true);
    expect(kit.unprobedClaims).toEqual(['langchain']);
    expect(kit.notes).toContain('Claims without evidence that no question covers, to ask about briefly if time allows: LangChain.');
  });

  it('labels a claim probe by the kind of tool claimed: a web framework is never an MLOps tool (issue 14 review)', () => {
    const a = assessmentFor('keyword');
    a.claims = ['fastapi', 'flask', 'airflow'].map((skill) => ({ skill, rung: 'none' as const, context: 'role' as const, unverified: true, evidence: [] }));

    const kit = buildKit({ bank, role: loadRoleFile(templatePath('mlops-engineer')), assessment: a });
    const claims = kit.rounds.flatMap((r) => r.questions).filter((q) => q.reasons.some((x) => x.kind === 'claim'));

    expect(claims.map((q) => q.title).sort()).toEqual([
      'A claimed pipeline orchestrator without evidence: Apache Airflow',
      'A claimed web framework without evidence: FastAPI',
      'A claimed web framework without evidence: Flask',
    ]);
    for (const q of kit.rounds.flatMap((r) => r.questions)) expect(q.title).not.toMatch(/\{kind\}|MLOps tool/);
  });

  it('builds deep-dives only on evidence git blame gives to the candidate, and says why when there is none', () => {
    const a = assessmentFor('mlops');
    const unknown = structuredClone(a);
    for (const c of unknown.competencies) for (const x of c.contributions) if (x.author) x.author = 'unknown';
    const others = structuredClone(a);
    for (const c of others.competencies) for (const x of c.contributions) if (x.author) x.author = 'other';

    const kits = [unknown, others].map((assessment) => buildKit({ bank, role: loadRoleFile(templatePath('mlops-engineer')), assessment }));

    for (const kit of kits) {
      expect(kit.rounds.flatMap((r) => r.questions).filter((q) => q.reasons.some((x) => x.kind === 'evidence'))).toEqual([]);
      expect(kit.notes).toContain('No deep-dive into repository code: git history does not show who wrote the evidence (or shows others). Ask the candidate which parts they wrote before discussing it.');
    }
    expect(ids(kitFor('mlops'))).toContain('mlops-deep-dive-serving');
  });

  it('probes the claims most relevant to the role first, those made in dated roles before bare lists', () => {
    const a = assessmentFor('keyword');
    // An observability engineer: observability claimed in a dated role, a deep-learning library in a skills list.
    a.claims = [
      { skill: 'pytorch', rung: 'none', context: 'list', evidence: [] },
      { skill: 'prometheus', rung: 'none', context: 'role', evidence: [] },
      { skill: 'opentelemetry', rung: 'none', context: 'role', evidence: [] },
    ];

    const kit = buildKit({ bank, role: loadRoleFile(templatePath('mlops-engineer')), assessment: a });

    const claims = kit.rounds.flatMap((r) => r.questions).flatMap((q) => q.reasons.flatMap((x) => (x.kind === 'claim' ? [x] : [])));
    expect(claims.map((c) => c.tool).slice(0, 2)).toEqual(['prometheus', 'opentelemetry']);
    expect(claims[0]).toEqual({ kind: 'claim', tool: 'prometheus', context: 'role' });
  });

  it("quotes the candidate's own best evidence in deep-dives", () => {
    const kit = kitFor('mlops');

    const serving = find(kit, 'mlops-deep-dive-serving');
    expect(serving?.prompt).toMatch(/^Let's look at `serve\/app\.py:42` in fraud-service\. Walk me through/);
    expect(serving?.reasons).toEqual([{ kind: 'evidence', signal: 'serving_api', location: 'fraud-service: serve/app.py:42' }]);
    const quoted = kit.rounds.flatMap((r) => r.questions).flatMap((q) => q.reasons.flatMap((x) => (x.kind === 'evidence' ? [x.location] : [])));
    expect(new Set(quoted).size).toBe(quoted.length);
    expect(JSON.stringify(kit)).not.toMatch(/\{(tool|repo|path|line|location)\}/);
  });

  it('is deterministic, and a role that does not weigh a competency gets no questions on it', () => {
    const one = JSON.stringify(kitFor('keyword'));
    const two = JSON.stringify(kitFor('keyword'));
    const web = kitFor('keyword', 'python-web-developer');

    expect(one).toBe(two);
    expect(JSON.parse(one).id).toMatch(/^mlops-engineer\/keyword\/[0-9a-f]{8}$/);
    expect(web.rounds.flatMap((r) => r.questions).map((q) => q.competency)).not.toContain('llm_genai');
    expect(web.unprobedClaims).toEqual(['pytorch', 'langchain']);
  });

  it('turns must-haves into interview gates on the competency a signal counts for most', () => {
    const kit = kitFor('mlops');
    const applied = kitFor('mlops', 'applied-ml-engineer');

    expect(kit.role.mustHaves).toEqual([{ competency: 'mlops_production', from: 'containerized present; mlops_production ≥ 40' }]);
    expect(applied.role.mustHaves).toEqual([{ competency: 'ml_fundamentals', from: 'model_evaluation present; classical_ml present' }]);
  });

  it('asks about serving code only at serving code: a Dockerfile or Terraform gets the deployment deep-dive (real-people review: "walk through your serving code" at a FROM line)', async () => {
    const { assessCandidate } = await import('../assess/assess.js');
    const { fakeScan } = await import('../../test/helpers/scan.js');
    const mine = { blame: { candidate: true } };
    const scans = [fakeScan('infra', { containerized: { ...mine, location: 'Dockerfile:1' }, infra_as_code: { ...mine, location: 'main.tf:3' }, classical_ml: { ...mine, location: 'train.py:9' } })];
    const role = loadRoleFile(templatePath('mlops-engineer'));

    const kit = buildKit({ bank, role, assessment: assessCandidate({ label: 'infra', scans, role, asOf: '2026-11-23' }) });

    expect(ids(kit)).not.toContain('mlops-deep-dive-serving');
    expect(find(kit, 'mlops-deep-dive-deployment')?.prompt).toMatch(/^Let's look at `(Dockerfile|main\.tf):(1|3)` in infra\. Walk me through how this gets your code running/);
  });
});
