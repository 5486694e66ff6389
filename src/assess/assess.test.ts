import { describe, expect, it } from 'vitest';
import { fakeScan } from '../../test/helpers/scan.js';
import { yaml } from '../../test/helpers/text.js';
import type { RepoScan } from '../scan/types.js';
import { assessCandidate } from './assess.js';
import { loadRoleFile, parseRoleProfile, templateNames, templatePath } from './role-profile.js';

const mlops = () => loadRoleFile(templatePath('mlops-engineer'));
const asOf = '2026-11-23';

describe('assess/role-profile', () => {
  it('ships the six templates, all valid', () => {
    expect(templateNames()).toEqual([
      'applied-ml-engineer',
      'llm-application-engineer',
      'ml-data-engineer',
      'mlops-engineer',
      'python-ai-engineer',
      'python-web-developer',
    ]);
    for (const name of templateNames()) expect(loadRoleFile(templatePath(name)).name).toBe(name);
  });

  it('names the file, line and field of an invalid profile', () => {
    const text = yaml`
      name: my-role
      title: Role
      weights:
        mlops_production: 10
      must_haves:
        - signal: containerised
    `;

    expect(() => parseRoleProfile(text, 'role.yaml')).toThrow(/^role\.yaml:6: must_haves\.0/);
    expect(() => parseRoleProfile('name: x\ntitle: [unclosed\n', 'r.yaml')).toThrow(/^r\.yaml:\d+: invalid YAML/);
    expect(() => parseRoleProfile('name: x\ntitle: X\nweights: {}\n', 'r.yaml')).toThrow(/^r\.yaml:3: weights: at least one competency/);
  });
});

describe('assess/assess', () => {
  it('scores competencies from evidence with authorship: others count little', () => {
    const mine = fakeScan('mine', { serving_api: { blame: { candidate: true } }, containerized: { blame: { candidate: true } } });
    const theirs = fakeScan('theirs', { serving_api: { blame: { candidate: false } }, containerized: { blame: { candidate: false } } });

    const a = assessCandidate({ label: 'A', scans: [mine], role: mlops(), asOf });
    const b = assessCandidate({ label: 'B', scans: [theirs], role: mlops(), asOf });

    const score = (x: typeof a) => x.competencies.find((c) => c.id === 'mlops_production');
    // (serving_api 3 + containerized 2) × strength 0.85 × authorship (1 or 0.1) × recency unknown 0.9, over 22 weight points.
    expect(score(a)?.score).toBe(Math.round((100 * 5 * 0.85 * 1 * 0.9) / 22));
    expect(score(b)?.score).toBe(Math.round((100 * 5 * 0.85 * 0.1 * 0.9) / 22));
    // Coverage counts only evidence not written by others: 5 of 0.4 × 22 MLOps points for A, none for B.
    expect(a.coverage).toMatchObject({ share: 26, low: true, evidenced: ['mlops_production'] });
    expect(b.coverage).toMatchObject({ share: 0, low: true, evidenced: [] });
    expect(score(a)?.contributions.find((c) => c.signal === 'serving_api')).toMatchObject({
      credit: 0.77,
      reason: 'used, written by the candidate in mine',
      evidence: ['mine: src/serving_api.py:1'],
    });
  });

  it('"written by the candidate" cites only the candidate\'s own lines, and a repository whose authorship cannot be judged is unknown whatever blame said', () => {
    const team = fakeScan('team', { rag: { blame: { candidate: false }, location: 'teammate.py:3' } });
    const rag = team.signals.find((x) => x.id === 'rag')!;
    rag.evidence.push({ ...rag.evidence[0], path: 'mine.py', line: 9, location: 'mine.py:9', blame: { ...rag.evidence[0].blame!, candidate: true } });
    const unmatched = fakeScan('work-account', { serving_api: { blame: { candidate: false } } });
    unmatched.history = { available: true, activity: { lastCommit: '2026-10-01' }, bulkImports: [], authors: [{ name: 'sb', email: 'sb@corp.io', commits: 1, sourceCommits: 1, linesAdded: 10, candidate: false }], candidate: { commits: 0, commitShare: 0, countedCommits: 1, scope: 'source', coAuthored: 0, linesAdded: 0, totalLinesAdded: 10, lineShare: 0, blamedLines: 0, totalBlamedLines: 10, blameShare: 0 } } as unknown as NonNullable<RepoScan['history']>;

    const a = assessCandidate({ label: 'A', scans: [team, unmatched], role: mlops(), asOf });

    const contribution = (signal: string) => a.competencies.flatMap((c) => c.contributions).find((c) => c.signal === signal);
    expect(contribution('rag')).toMatchObject({ author: 'candidate', evidence: ['team: mine.py:9'] });
    expect(contribution('serving_api')).toMatchObject({ author: 'unknown' });
  });

  it('checks must-have gates and weights the fit by the role', () => {
    const scan = fakeScan('r', { containerized: true, tests: true });

    const a = assessCandidate({ label: 'A', scans: [scan], role: mlops(), asOf });

    expect(a.gates).toEqual([
      { kind: 'signal', id: 'containerized', requirement: 'containerized present', met: true, detail: 'in r' },
      // A container alone speaks to a quarter of MLOps (2 of 0.4 × 22 weight points): the gate is unverified, not failed.
      { kind: 'competency', id: 'mlops_production', requirement: 'mlops_production ≥ 40', met: false, detail: expect.stringMatching(/^score \d+$/), unverified: true },
    ]);
    // Spoken to in part, and so never "not in public code".
    expect(a.coverage.evidenced).toContain('mlops_production');
    const expected = a.competencies.reduce((n, c) => n + (c.score * c.roleWeight) / 100, 0);
    expect(a.fit).toBe(Math.round(expected));
  });

  it('raises red flags with reasons when the repositories cover the role: notebook-only, no deployment, no tests, keyword CV, hidden text', () => {
    const summary = { files: 3, bytes: 10, pythonFiles: 0, notebooks: 3, pythonLines: { py: 0, notebooks: 90 }, languages: [] };
    const covered = { model_evaluation: true, experiment_tracking: true, model_registry: true, automated_retraining: true, python_package: true };
    const scan = fakeScan('nb', { notebook_only: true, classical_ml: true, ci: true, ...covered }, { summary });
    const cv = {
      claims: ['pytorch', 'mlflow', 'kubernetes', 'scikit-learn'].map((skill) => ({ skill, rung: skill === 'scikit-learn' ? ('used' as const) : ('none' as const), evidence: [] })),
      unclaimed: [],
      hiddenWords: ['kubernetes', 'airflow'],
    };

    const a = assessCandidate({ label: 'A', scans: [scan], role: mlops(), cv, asOf });

    // ML 6 of 4 → all of 10%; MLOps 7 of 8.8 → 0.8 of 45%; basics 4 of 4 → all of 25%.
    expect(a.coverage).toEqual({ share: 71, low: false, evidenced: ['ml_fundamentals', 'mlops_production', 'engineering_basics'], claimedOnly: [], silent: ['framework_depth', 'data_engineering'] });
    expect(a.redFlags.map((f) => [f.id, f.severity])).toEqual([
      ['notebook_only', 'warning'],
      ['no_deployment', 'warning'],
      ['no_tests', 'warning'],
      ['keyword_cv', 'warning'],
      ['hidden_text', 'warning'],
    ]);
    expect(a.redFlags.find((f) => f.id === 'keyword_cv')?.reason).toBe('3 of 4 claimed tools sit only in a skills list, with no evidence in the repositories screened');
    expect(a.unverified.map((t) => t.id)).toEqual(['no_monitoring']);
  });

  it('turns flags drawn from absence into interview topics when the repositories cover little of the role', () => {
    const summary = { files: 3, bytes: 10, pythonFiles: 0, notebooks: 3, pythonLines: { py: 0, notebooks: 90 }, languages: [] };
    const scan = fakeScan('coursework', { notebook_only: true, classical_ml: true }, { summary });

    const a = assessCandidate({ label: 'A', scans: [scan], role: mlops(), asOf });

    // classical_ml: 3 of ML fundamentals' 0.4 × 10 weight points, so 3/4 of its 10% of the role.
    expect(a.coverage).toMatchObject({ share: 8, low: true, evidenced: ['ml_fundamentals'] });
    expect(a.redFlags).toEqual([]);
    expect(a.unverified.map((t) => t.id)).toEqual(['notebook_only', 'no_deployment', 'no_tests', 'no_monitoring']);
    expect(a.unverified[1]).toEqual({
      id: 'no_deployment',
      title: 'Deployment: unverified',
      reason: 'the repositories screened speak to 8% of the role, so their lack of a serving API, a container or infrastructure as code says nothing either way',
      claims: [],
      probe: 'Ask how a model of theirs reached users.',
    });
  });

  it('turns a keyword CV into an interview topic when the repositories cover little of the role', () => {
    const summary = { files: 3, bytes: 10, pythonFiles: 0, notebooks: 3, pythonLines: { py: 0, notebooks: 90 }, languages: [] };
    const scan = fakeScan('coursework', { notebook_only: true, classical_ml: true }, { summary });
    const bare = ['pytorch', 'mlflow', 'kubernetes', 'airflow', 'docker', 'terraform'];
    const cv = { claims: bare.map((skill) => ({ skill, rung: 'none' as const, evidence: [] })), unclaimed: [], hiddenWords: [] };

    const a = assessCandidate({ label: 'A', scans: [scan], role: mlops(), cv, asOf });

    expect(a.coverage.low).toBe(true);
    expect(a.redFlags.map((f) => f.id)).not.toContain('keyword_cv');
    expect(a.unverified.find((t) => t.id === 'keyword_cv')).toMatchObject({
      title: 'Skills listed without context: unverified',
      reason: '6 of 6 claimed tools sit only in a skills list, with no evidence in the repositories screened, but those repositories speak to 8% of the role, so their silence says nothing either way',
    });
  });

  it("lists an unclaimed tool as a strength only when the candidate's own code uses it", () => {
    const at = (tool: string, path: string, candidate?: boolean, adapted = false) => ({
      tool, used: true, files: 1, configFiles: [], declared: [],
      evidence: [{ path, line: 3, location: `${path}:3`, match: `import ${tool}`, kind: 'import' as const, tool,
        ...(candidate === undefined ? {} : { blame: { author: candidate ? 'Me' : 'Erik', email: 'x@y', date: '2026-01-01', commit: 'c'.repeat(40), candidate } }),
        ...(adapted ? { adapted: { location: `${path}:1`, text: '# from the starter kit' } } : {}) }],
    });
    const scan = fakeScan('team', { classical_ml: true }, {
      tools: [at('langgraph', 'agents.py', false), at('chroma', 'embed.py', true), at('numpy', 'util.py'), at('tensorflow', 'evaluate.py', undefined, true)],
    });
    const cv = { claims: [], unclaimed: ['langgraph', 'chroma', 'numpy', 'tensorflow'], hiddenWords: [] };

    const a = assessCandidate({ label: 'A', scans: [scan], role: mlops(), cv, asOf });

    // A co-author's file and a credited harness are not the candidate's; blame-less use (no identity) is kept.
    expect(a.strengths.filter((s) => s.kind === 'unclaimed').map((s) => s.id)).toEqual(['chroma', 'numpy']);
  });

  it('keeps a flag drawn from absence as a topic when the CV claims that work in a dated role', () => {
    const scan = fakeScan('r', { classical_ml: true, experiment_tracking: true, model_registry: true, automated_retraining: true, ci: true, tests: true });
    const cv = {
      claims: [{ skill: 'kubernetes', name: 'Kubernetes', rung: 'none' as const, context: 'role' as const, unverified: true, evidence: [] }],
      unclaimed: [],
      hiddenWords: [],
      areas: [{ skill: 'kubernetes', category: 'cloud' as const, context: 'role' as const }],
    };

    const a = assessCandidate({ label: 'A', scans: [scan], role: mlops(), cv, asOf });

    expect(a.coverage.low).toBe(false);
    expect(a.redFlags).toEqual([]);
    expect(a.unverified.map((t) => [t.id, t.claims, t.reason])).toEqual([
      ['no_deployment', ['Kubernetes'], 'the CV claims Kubernetes in context, which public code cannot verify; the repositories screened do not show a serving API, a container or infrastructure as code'],
      ['no_monitoring', [], 'no repository screened deploys a model, so the code screened has nothing to monitor: whether they monitor models they run is for the interview'],
    ]);
  });

  it('flags no monitoring only beside a model the candidate deploys, citing where it is served; a served demo is an unverified topic', () => {
    const base = { classical_ml: true, experiment_tracking: true, ci: true, tests: true, serving_api: { location: 'app/serve.py:12' } };
    const demo = fakeScan('r', base);
    const deployed = fakeScan('r', { ...base, containerized: true, infra_as_code: { location: 'k8s/deploy.yaml:1' } });

    const a = assessCandidate({ label: 'A', scans: [deployed], role: mlops(), asOf });
    const b = assessCandidate({ label: 'A', scans: [demo], role: mlops(), asOf });

    expect(a.coverage.low).toBe(false);
    expect(a.redFlags.filter((f) => f.id === 'no_monitoring').map((f) => [f.reason, f.evidence])).toEqual([
      ['a repository screened deploys a model, and none of the repositories screened monitors drift or observes the running system', ['r: app/serve.py:12']],
    ]);
    expect(b.redFlags.map((f) => f.id)).not.toContain('no_monitoring');
    expect(b.unverified.map((f) => f.id)).toContain('no_monitoring');
  });

  it('never says "no tests" of code it cannot read for tests: only repositories with Python count', () => {
    const dotnet = { files: 40, bytes: 10, pythonFiles: 0, notebooks: 0, pythonLines: { py: 0, notebooks: 0 }, languages: [] };
    const web = fakeScan('car-rental', { containerized: true }, { summary: dotnet });
    const py = fakeScan('yacht', { serving_api: true, classical_ml: true });

    const onlyDotnet = assessCandidate({ label: 'A', scans: [web], role: mlops(), asOf });
    const both = assessCandidate({ label: 'A', scans: [web, py], role: mlops(), asOf });

    expect([...onlyDotnet.redFlags, ...onlyDotnet.unverified].map((f) => f.id)).not.toContain('no_tests');
    const flag = [...both.redFlags, ...both.unverified].find((f) => f.id === 'no_tests');
    expect(flag).toBeDefined();
    expect(both.maturity.repositories[0]).toEqual({ repository: 'car-rental', level: 0, name: 'not assessed: no Python code', missingForNext: [] });
    expect(both.maturity.repositories[1].missingForNext.length).toBeGreaterThan(0);
  });

  it('is deterministic and blind mode hides the label only', () => {
    const scans = [fakeScan('r', { tests: true, ci: true, serving_api: true })];

    const one = JSON.stringify(assessCandidate({ label: 'Alice', scans, role: mlops(), asOf }));
    const two = JSON.stringify(assessCandidate({ label: 'Alice', scans, role: mlops(), asOf }));
    const blind = assessCandidate({ label: 'Alice', scans, role: mlops(), asOf, blind: true });

    expect(one).toBe(two);
    expect(JSON.stringify(blind)).not.toContain('Alice');
    expect({ ...blind, candidate: null }).toEqual({ ...JSON.parse(one), candidate: null });
  });
});

describe('util/yaml-file', () => {
  it('names a misspelt field rather than the missing one', () => {
    const text = 'name: x\ntitel: X\nweights: { llm_genai: 1 }\n';

    expect(() => parseRoleProfile(text, 'r.yaml')).toThrow(/^r\.yaml:2: titel: Unrecognized key/);
  });

  it('draws no authorship flag from a repository without Python (a site theme): it is not assessed', () => {
    const site = { files: 60, bytes: 10, pythonFiles: 0, notebooks: 0, pythonLines: { py: 0, notebooks: 0 }, languages: [] };
    const theme = fakeScan('jekyll-theme', { fork_or_copy: { location: 'history' } }, { summary: site });
    const copied = fakeScan('copied-ml', { fork_or_copy: { location: 'history' }, classical_ml: true });
    const own = fakeScan('own-ml', { classical_ml: true });

    // A blog theme whose posts are Markdown exports of notebooks: Python read from documents, no Python source.
    const blog = fakeScan('blog-theme', { fork_or_copy: { location: 'history' } }, { summary: { ...site, notebooks: 4, pythonLines: { py: 0, notebooks: 80 }, languages: [{ language: 'Markdown', files: 4, bytes: 9 }] } });
    expect(assessCandidate({ label: 'A', scans: [blog, own], role: mlops(), asOf }).redFlags.map((f) => f.id)).not.toContain('forked_or_copied');
    const onlyTheme = assessCandidate({ label: 'A', scans: [theme, own], role: mlops(), asOf });
    const both = assessCandidate({ label: 'A', scans: [theme, copied, own], role: mlops(), asOf });

    expect(onlyTheme.redFlags.map((f) => f.id)).not.toContain('forked_or_copied');
    expect(both.redFlags.find((f) => f.id === 'forked_or_copied')?.reason).toMatch(/^in 1 of 2 repositories with Python most of the own code/);
    // Nor a note: its upstream authors are no co-authors of anything the role asks about.
    expect(onlyTheme.notes.join('\n')).not.toContain('jekyll-theme');
  });
});
