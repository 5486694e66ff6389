import { describe, expect, it } from 'vitest';
import { describeSkill } from '../../test/helpers/cv.js';
import { emptyClaims, extractClaims } from './extract.js';
import { readCvDocument } from './load.js';
import { buildClaimMatrix, byProminence } from './matrix.js';
import { claimLabel, cvWords } from './prominence.js';
import { renderCvText } from './render.js';
import { renderMatrix } from '../cli/commands/cv-matrix.js';

const CV = `Jane Doe
jane@example.com

Summary
ML engineer who runs models on AWS SageMaker Pipelines.

Experience
Senior ML Engineer, Acme
2022 – Present
- Monitored the serving fleet with Datadog APM and Kubernetes.
- Forecasts with statsmodel.

ML Engineer, Beta
2019 – 2021
- Deployed services on Kubernetes.
- Built a demand model with XGBoost.

Data Analyst, Gamma
2016 – 2019
- Reports built with Tableau and Kubernetes jobs.

Skills
Python, Terraform, Redis
`;

async function claimsOf(text: string) {
  const doc = await readCvDocument(new TextEncoder().encode(text), 'cv.txt');
  return extractClaims(doc, new Date(Date.UTC(2026, 10, 1)));
}

const describeTool = describeSkill;

describe('cv/prominence', () => {
  it("keeps the CV's own words where they differ from the product name", async () => {
    const claims = await claimsOf(CV);
    const words = Object.fromEntries(claims.skills.map((s) => [s.id, s.cvText]));

    expect(words.sagemaker).toBe('AWS SageMaker Pipelines');
    expect(words.statsmodels).toBe('statsmodel');
    // Written as the product writes it: nothing to add.
    expect(words.datadog).toBeUndefined();
    expect(words.kubernetes).toBeUndefined();
    expect(claimLabel('Amazon SageMaker', words.sagemaker)).toBe('AWS SageMaker Pipelines (Amazon SageMaker)');
    expect(claimLabel('Kubernetes', undefined)).toBe('Kubernetes');
    expect(claimLabel('scikit-learn', 'Scikit Learn')).toBe('scikit-learn');
  });

  it('extends a match only by capitalised words of the same item, never connectors, other skills or company suffixes', () => {
    const text = 'Used Spark Streaming and Docker, Snowflake Inc, Redis with Kafka';
    const at = (w: string) => text.indexOf(w);
    expect(cvWords(text, at('Spark'), at('Spark') + 5, at('Docker'))).toBe('Spark Streaming');
    expect(cvWords(text, at('Docker'), at('Docker') + 6, at('Snowflake'))).toBe('Docker');
    expect(cvWords(text, at('Snowflake'), at('Snowflake') + 9, at('Redis'))).toBe('Snowflake');
    expect(cvWords(text, at('Redis'), at('Redis') + 5, at('Kafka'))).toBe('Redis');
    expect(cvWords('Senior Python Developer', 7, 13, 23)).toBe('Python');
    expect(cvWords('Python Programming', 0, 6, 18)).toBe('Python');
  });

  it('places each claim: the most recent role, repeated roles, the summary, then bare skills-list entries last', async () => {
    const claims = await claimsOf(CV);
    const of = (id: string) => claims.skills.find((s) => s.id === id)!;

    expect(of('kubernetes')).toMatchObject({ roleRank: 0, roles: 3, places: 3, mentions: 3 });
    expect(of('xgboost')).toMatchObject({ roleRank: 1, roles: 1, places: 1 });
    expect(of('tableau')).toMatchObject({ roleRank: 2, roles: 1 });
    expect(of('sagemaker')).toMatchObject({ summary: true, roles: 0, places: 1 });
    expect(of('terraform')).toMatchObject({ roles: 0, places: 1, context: 'list' });

    const order = [...claims.skills].sort((a, b) => a.prominence! - b.prominence!).map((s) => s.id);
    // Up front (the latest role, then the summary), the one repeated in three roles first; then the older roles, the
    // later first; the skills list last.
    expect(order.slice(0, 4)).toEqual(['kubernetes', 'datadog', 'statsmodels', 'sagemaker']);
    expect(order.indexOf('xgboost')).toBeLessThan(order.indexOf('tableau'));
    expect(order.slice(-3)).toEqual(['python', 'terraform', 'redis']);
  });

  it('carries the position and the CV words into the claims matrix, keeping the rows in the CV order', async () => {
    const claims = await claimsOf(CV);

    const matrix = buildClaimMatrix(claims, [], describeTool);
    const datadog = matrix.rows.find((r) => r.skill === 'datadog')!;
    const sagemaker = matrix.rows.find((r) => r.skill === 'sagemaker')!;

    expect(matrix.rows.map((r) => r.skill)).toEqual(claims.skills.map((s) => s.id));
    expect(datadog).toMatchObject({ name: 'Datadog APM', prominence: 2, position: { section: 'experience', roles: 1, places: 1, mentions: 1, roleRank: 0 } });
    expect(datadog.cvText).toBeUndefined();
    expect(sagemaker).toMatchObject({ name: 'Amazon SageMaker', cvText: 'AWS SageMaker Pipelines', position: { section: 'summary', roles: 0, summary: true } });
    expect(byProminence(matrix.rows)[0].skill).toBe('kubernetes');
    // A CV read before positions existed has rows without them.
    const old = buildClaimMatrix({ ...emptyClaims(), skills: claims.skills.map(({ places, prominence, roleRank, roles, summary, cvText, ...rest }) => rest) }, [], describeTool);
    expect(old.rows.every((r) => r.position === undefined && r.prominence === undefined && r.cvText === undefined)).toBe(true);
  });

  it("shows the CV's words in the CV table and the terminal matrix, which lists the most prominent claims first", async () => {
    const claims = await claimsOf(CV);
    const result = { file: 'cv.txt', format: 'text' as const, pageCount: 1, pagesRead: 1, hasText: true, notes: [], claims };

    const table = renderCvText(result);
    const matrix = renderMatrix(result, buildClaimMatrix(claims, [], describeTool));
    const rows = matrix.split('\n').slice(2).map((l) => l.trim().split(/\s{2,}/)[0]);

    expect(table).toContain('statsmodel (statsmodels)');
    expect(rows.slice(0, 4)).toEqual(['Kubernetes', 'Datadog APM', 'statsmodel (statsmodels)', 'AWS SageMaker Pipelines (Amazon SageMaker)']);
    expect(rows.indexOf('Redis')).toBeGreaterThan(rows.indexOf('XGBoost'));
  });
});
