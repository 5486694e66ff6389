import { describe, expect, it } from 'vitest';
import type { CvResult, SkillClaim } from '../cv/types.js';
import { emptyClaims } from '../cv/extract.js';
import { fakeScan } from '../../test/helpers/scan.js';
import { buildCvEvidence, cvFactsOf } from './cv-input.js';

function skill(id: string, where: string[] = ['skills']): SkillClaim {
  return { id, name: id, category: 'ml', tool: id !== 'communication', where, mentions: 1, line: 3 };
}

function cvResult(skills: SkillClaim[]): CvResult {
  const claims = { ...emptyClaims(), name: 'Alice Martin', emails: ['alice@example.com'], skills };
  claims.redFlags.push({ kind: 'hidden-text', message: 'hidden', words: ['kubernetes'] });
  return { file: 'alice.pdf', format: 'pdf', pageCount: 1, pagesRead: 1, hasText: true, notes: [], claims };
}

describe('assess/cv-input', () => {
  it('keeps only the claimed skills and hidden words: no name, contacts, places or order', () => {
    const cv = cvResult([skill('pytorch'), skill('kafka', ['header']), skill('mlflow', ['experience', 'header'])]);

    const facts = cvFactsOf(cv);

    expect(facts.skills.map((s) => s.id)).toEqual(['mlflow', 'pytorch']);
    expect(facts.hiddenWords).toEqual(['kubernetes']);
    expect(JSON.stringify(facts)).not.toMatch(/Alice|example\.com|alice\.pdf|"line":3/);
  });

  it('sets each claim on the ladder, and lists used tools the CV does not claim', () => {
    const scan = fakeScan('repo', { containerized: { location: 'Dockerfile:1' } });
    scan.signals.find((s) => s.id === 'containerized')!.evidence[0].tool = 'docker';
    scan.tools = [
      { tool: 'scikit-learn', used: true, files: 1, evidence: [{ path: 'a.py', line: 1, location: 'a.py:1', match: 'import sklearn', kind: 'import' }], configFiles: [], declared: [] },
      { tool: 'pandas', used: false, files: 0, evidence: [], configFiles: [], declared: [{ path: 'requirements.txt', line: 2, location: 'requirements.txt:2', match: 'pandas', kind: 'declared-only' }] },
      { tool: 'mlflow', used: true, files: 1, evidence: [{ path: 'b.py', line: 4, location: 'b.py:4', match: 'import mlflow', kind: 'import' }], configFiles: [], declared: [] },
    ];
    const cv = cvFactsOf(cvResult(['scikit-learn', 'pandas', 'pytorch', 'docker', 'communication'].map((id) => skill(id))));

    const input = buildCvEvidence(cv, [scan]);

    expect(input.claims.map((c) => [c.skill, c.rung, c.evidence])).toEqual([
      ['docker', 'used', ['repo: Dockerfile:1']],
      ['pandas', 'declared', ['repo: requirements.txt:2']],
      ['pytorch', 'none', []],
      ['scikit-learn', 'used', ['repo: a.py:1']],
    ]);
    expect(input.unclaimed).toEqual(['mlflow']);
  });

  it('lists a tool used but not claimed only from the candidate\'s own repositories, not a copied one (real-people review: SQLAlchemy "used, not claimed" from a tutorial app)', () => {
    const use = (tool: string) => ({ tool, used: true, files: 3, evidence: [{ path: 'a.py', line: 1, location: 'a.py:1', match: `import ${tool}`, kind: 'import' as const }], configFiles: [], declared: [] });
    const own = fakeScan('mine', {});
    own.tools = [use('pandas')];
    const copied = fakeScan('copied', { fork_or_copy: { location: 'history' } });
    copied.tools = [use('sqlalchemy'), use('pandas')];

    const input = buildCvEvidence({ skills: [], hiddenWords: [], rolesNamingTools: 0, datedRoles: 0, practices: [] }, [own, copied]);

    expect(input.unclaimed).toEqual(['pandas']);
  });
});

describe('assess/cv-input: prominence and the CV words', () => {
  const cvText = (address: string) => `Alice Martin
${address}

Summary
Engineer running models on AWS SageMaker Pipelines.

Experience
ML Engineer, Acme
2022 – Present
- Alerting with Prometheus and Kubernetes.

Engineer, Beta
2018 – 2021
- Kubernetes clusters, forecasts with statsmodel.

Skills
Terraform, Redis
`;
  async function facts(address: string) {
    const { readCvDocument } = await import('../cv/load.js');
    const { extractClaims } = await import('../cv/extract.js');
    const claims = extractClaims(await readCvDocument(new TextEncoder().encode(cvText(address)), 'cv.txt'), new Date(Date.UTC(2026, 10, 1)));
    return cvFactsOf({ file: 'cv.txt', format: 'text', pageCount: 1, pagesRead: 1, hasText: true, notes: [], claims });
  }

  it('gives each claim its prominence and the CV words, never a line or a count, and keeps the claims by id', async () => {
    const input = buildCvEvidence(await facts('alice@example.com'), []);
    const by = Object.fromEntries(input.claims.map((c) => [c.skill, c]));

    expect(input.claims.map((c) => c.skill)).toEqual([...input.claims.map((c) => c.skill)].sort());
    expect(by.sagemaker).toMatchObject({ name: 'Amazon SageMaker', cvText: 'AWS SageMaker Pipelines', rung: 'none' });
    expect(by.statsmodels.cvText).toBe('statsmodel');
    expect(by.kubernetes.cvText).toBeUndefined();
    const order = [...input.claims].sort((a, b) => a.prominence! - b.prominence!).map((c) => c.skill);
    expect(order.slice(0, 2)).toEqual(['kubernetes', 'prometheus']);
    // Bare skills-list entries last (Redis has no detector: the assessment leaves it out).
    expect(order.at(-1)).toBe('terraform');
    expect(JSON.stringify(input)).not.toMatch(/"line"|"places"|"roleRank"|"mentions"/);
  });

  it('gives the same prominence whatever the header holds (a longer address moves every line)', async () => {
    const short = buildCvEvidence(await facts('alice@example.com'), []);
    const long = buildCvEvidence(await facts('alice@example.com\n14 Long Road\nSomewhere Town\nUnited Kingdom'), []);

    expect(long).toEqual(short);
  });
});
