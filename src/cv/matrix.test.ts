import { describe, expect, it } from 'vitest';
import { describeSkill } from '../../test/helpers/cv.js';
import { fakeScan } from '../../test/helpers/scan.js';
import type { ToolUse } from '../signals/types.js';
import { emptyClaims } from './extract.js';
import { resolveSkill } from './lexicon.js';
import { buildClaimMatrix } from './matrix.js';
import type { SkillClaim } from './types.js';

function claim(id: string): SkillClaim {
  const entry = resolveSkill(id)!;
  return { id, name: entry.name, category: entry.category, tool: entry.tool, where: ['skills'], mentions: 1, line: 1 };
}

function use(tool: string, files: number, path = 'train.py'): ToolUse {
  const evidence = files > 0 ? [{ path, line: 3, location: `${path}:3`, match: `import ${tool}`, kind: 'import' as const }] : [];
  const declared = [{ path: 'requirements.txt', line: 1, location: 'requirements.txt:1', match: tool, kind: 'declared-only' as const }];
  return { tool, used: files > 0, files, evidence, configFiles: [], declared };
}

const describeTool = describeSkill;

describe('cv/matrix', () => {
  it('counts a declared tool as used when its signal stands on evidence of no other tool', () => {
    const repo = fakeScan('r', { tests: { location: 'tests/test_a.py:4' }, experiment_tracking: { location: 'train.py:9' } });
    repo.signals.find((s) => s.id === 'experiment_tracking')!.evidence[0].tool = 'wandb';
    repo.tools = [use('pytest', 0), use('mlflow', 0)];
    const claims = { ...emptyClaims(), skills: ['pytest', 'mlflow'].map(claim) };

    const matrix = buildClaimMatrix(claims, [repo], describeTool);

    expect(matrix.rows.map((r) => [r.skill, r.level, r.reason, r.evidence[0]?.location])).toEqual([
      ['pytest', 'used', 'declared, never imported; implied by tests, which uses no other library', 'tests/test_a.py:4'],
      ['mlflow', 'declared', 'only declared as a dependency', 'requirements.txt:1'],
    ]);
  });

  it('puts each claim on the ladder none → declared → used → project → production, with evidence', () => {
    const lab = fakeScan('lab', {});
    lab.tools = [use('pandas', 0), use('scikit-learn', 1), use('pytorch', 6), use('xgboost', 1)];
    const prod = fakeScan('prod', { serving_api: { location: 'app/main.py:10' }, containerized: { location: 'Dockerfile:1' }, infra_as_code: { location: 'k8s/app.yaml:1' } });
    prod.signals.find((s) => s.id === 'serving_api')!.evidence[0].tool = 'fastapi';
    const claims = { ...emptyClaims(), skills: ['mlflow', 'pandas', 'scikit-learn', 'pytorch', 'fastapi', 'java'].map(claim) };

    const matrix = buildClaimMatrix(claims, [lab, prod], describeTool);

    expect(matrix.rows.map((r) => [r.skill, r.level, r.evidence[0]?.location ?? null])).toEqual([
      ['mlflow', 'none', null],
      ['pandas', 'declared', 'requirements.txt:1'],
      ['scikit-learn', 'used', 'train.py:3'],
      ['pytorch', 'project', 'train.py:3'],
      ['fastapi', 'production', 'app/main.py:10'],
      ['java', 'not-checked', null],
    ]);
    expect(matrix.unclaimed.map((r) => [r.skill, r.level])).toEqual([['xgboost', 'used']]);
    expect(matrix.repositories).toEqual(['lab', 'prod']);
  });

  it('a claim backed only by other identities\' lines is not the candidate\'s evidence', () => {
    const team = fakeScan('team', {});
    const by = (candidate: boolean) => ({ author: candidate ? 'Sam' : 'Eva', email: 'x@y', date: '2025-01-01', commit: 'c'.repeat(40), candidate });
    team.tools = [
      { ...use('nltk', 3, 'nlp/tokens.py'), evidence: [{ path: 'nlp/tokens.py', line: 3, location: 'nlp/tokens.py:3', match: 'import nltk', kind: 'import', blame: by(false) }] },
      { ...use('spacy', 1, 'ner.py'), evidence: [{ path: 'ner.py', line: 3, location: 'ner.py:3', match: 'import spacy', kind: 'import', blame: by(true) }] },
    ];
    const claims = { ...emptyClaims(), skills: ['nltk', 'spacy'].map(claim) };

    const matrix = buildClaimMatrix(claims, [team], describeTool);

    expect(matrix.rows.map((r) => [r.skill, r.level, r.reason])).toEqual([
      ['nltk', 'none', 'used in team only in lines by other identities'],
      ['spacy', 'used', 'used in 1 file(s)'],
    ]);
  });

  it('counts Python claims against the Python files scanned', () => {
    const scan = fakeScan('repo', {});

    const matrix = buildClaimMatrix({ ...emptyClaims(), skills: [claim('python')] }, [scan], describeTool);

    expect(matrix.rows[0]).toMatchObject({ skill: 'python', level: 'project', reason: '5 Python files and notebooks' });
  });

  it('gives production only to a deployed repository, and only for code it ships', () => {
    // A pipeline and a model registry, but nothing deploys: on the path, yet no production.
    const lab = fakeScan('lab', { pipeline_orchestration: { location: 'flows/train.py:4' }, serving_api: { location: 'api.py:7' } });
    lab.signals.find((s) => s.id === 'pipeline_orchestration')!.evidence[0].tool = 'prefect';
    lab.signals.find((s) => s.id === 'serving_api')!.evidence[0].tool = 'fastapi';
    // A deployed repository: pytest only in tests, pandas in the service.
    const shop = fakeScan('shop', { serving_api: { location: 'svc/app.py:3' }, containerized: { location: 'Dockerfile:1' }, infra_as_code: { location: 'deploy/main.tf:1' } });
    shop.tools = [use('pytest', 3, 'tests/test_app.py'), use('pandas', 1, 'svc/features.py'), use('matplotlib', 1, 'notebooks/eda.ipynb')];
    const claims = { ...emptyClaims(), skills: ['prefect', 'fastapi', 'pytest', 'pandas', 'matplotlib'].map(claim) };

    const matrix = buildClaimMatrix(claims, [lab, shop], describeTool);

    expect(matrix.rows.map((r) => [r.skill, r.level, r.reason])).toEqual([
      ['prefect', 'project', 'on the pipeline_orchestration path (no deployment shown)'],
      ['fastapi', 'project', 'on the serving_api path (no deployment shown)'],
      ['pytest', 'project', 'central to the repository (3 files)'],
      ['pandas', 'production', 'used in the shipped code of a deployed repository (a container and infrastructure as code)'],
      ['matplotlib', 'used', 'used in 1 file(s)'],
    ]);
  });

  it('the most used tool of its kind is central only when it is in a tenth of the code files', () => {
    const big = fakeScan('big', {}, { summary: { files: 50, bytes: 1, pythonFiles: 40, notebooks: 0, pythonLines: { py: 1, notebooks: 0 }, languages: [] } });
    big.tools = [use('pandas', 2), use('pytorch', 4, 'model.py')];
    const small = fakeScan('small', {});
    small.tools = [use('xgboost', 2)];
    const claims = { ...emptyClaims(), skills: ['pandas', 'pytorch', 'xgboost'].map(claim) };

    const matrix = buildClaimMatrix(claims, [big, small], describeTool);

    expect(matrix.rows.map((r) => [r.skill, r.level])).toEqual([
      ['pandas', 'used'],
      ['pytorch', 'project'],
      ['xgboost', 'project'],
    ]);
  });

  it('cites each place once, though several matches sit on one line', () => {
    const repo = fakeScan('r', {});
    const line = (match: string) => ({ path: 'api.py', line: 4, location: 'api.py:4', match, kind: 'import' as const });
    repo.tools = [{ tool: 'fastapi', used: true, files: 1, evidence: [line('from fastapi import FastAPI'), line('from fastapi import Depends'), { ...line('app.get'), line: 9, location: 'api.py:9' }], configFiles: [], declared: [] }];

    const matrix = buildClaimMatrix({ ...emptyClaims(), skills: [claim('fastapi')] }, [repo], describeTool);

    expect(matrix.rows[0].evidence.map((e) => e.location)).toEqual(['api.py:4', 'api.py:9']);
  });

  it('a tool only a detector cites (docker for a Dockerfile) is production in a deployed repository, used elsewhere', () => {
    const shipped = fakeScan('svc', { serving_api: { location: 'app.py:3' }, containerized: { location: 'Dockerfile:1' }, infra_as_code: { location: 'k8s/deploy.yaml:1' } });
    shipped.signals.find((s) => s.id === 'containerized')!.evidence[0].tool = 'docker';
    // A web route and a container run a demo on a laptop as often as in production: not deployed (real-people review).
    const demo = fakeScan('demo', { serving_api: { location: 'app.py:3' }, containerized: { location: 'Dockerfile:1' } });
    demo.signals.find((s) => s.id === 'containerized')!.evidence[0].tool = 'docker';
    const lab = fakeScan('lab', { containerized: { location: 'Dockerfile:1' } });
    lab.signals.find((s) => s.id === 'containerized')!.evidence[0].tool = 'docker';

    const deployed = buildClaimMatrix({ ...emptyClaims(), skills: [claim('docker')] }, [shipped], describeTool);
    const local = buildClaimMatrix({ ...emptyClaims(), skills: [claim('docker')] }, [lab], describeTool);
    const served = buildClaimMatrix({ ...emptyClaims(), skills: [claim('docker')] }, [demo], describeTool);

    expect([deployed.rows[0].level, deployed.rows[0].reason]).toEqual(['production', 'cited by a detector in a deployed repository']);
    expect([local.rows[0].level, local.rows[0].reason]).toEqual(['used', 'cited by a detector']);
    expect([served.rows[0].level, served.rows[0].reason]).toEqual(['used', 'cited by a detector']);
  });
});
