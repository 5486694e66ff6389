import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { parseMarkdownCv } from '../../test/helpers/cv.js';
import { hasTool } from '../catalog/index.js';
import { buildCvEvidence, cvFactsOf } from '../assess/cv-input.js';
import { evidenceCoverage } from '../assess/coverage.js';
import { loadCompetencyData } from '../assess/weights.js';
import type { CompetencyScore } from '../assess/types.js';
import { resolveSkill } from './lexicon.js';
import { METHODS } from './methods.js';

const read = parseMarkdownCv;
const methods = (cv: Awaited<ReturnType<typeof read>>) => Object.fromEntries((cv.claims.methods ?? []).map((m) => [m.id, m.context]));

describe('cv/methods: methods claimed without a tool name', () => {
  it('reads a role\'s methods with their context; an interest or a familiarity is no claim', async () => {
    const cv = await read(text`
      # Jane Doe

      ## Summary

      Data scientist interested in RAG and familiar with A/B testing, ETL and feature engineering. Experienced in feature engineering for credit risk.

      ## Experience

      **ML Engineer**, Acme Corp, 2020 – 2023

      - Built ETL pipelines for the billing warehouse.
      - Designed A/B tests for the pricing page.
      - Deployed models to production behind a REST API.
      - Monitored model drift and retrained monthly.
      - Fine-tuned LLMs for support ticket triage.

      ## Projects

      - Built RAG systems over internal documentation.

      ## Interests

      Keen to learn prompt engineering and hyperparameter tuning.
    `);

    expect(methods(cv)).toEqual({
      'feature-engineering': 'prose',
      'etl-pipelines': 'role',
      'ab-testing': 'role',
      'model-deployment': 'role',
      'drift-monitoring': 'role',
      'llm-fine-tuning': 'role',
      'rag-systems': 'project',
    });
    expect(cv.claims.skills).toEqual([]);
  });

  it('a bullet that opens with the method is work done; names inside other words, hedges and skills lists are not claims', async () => {
    const cv = await read(text`
      # Jane Doe

      ## Experience

      **Data Scientist**, Acme Corp, 2020 – 2023

      - Feature engineering for fraud detection.
      - Kept fragile storage from dragging the CDN; rags to riches; metrics/CI/CDN; AB/BA notes.
      - Learning cross-validation and prompt engineering.

      ## Skills

      RAG, CI/CD, unit tests, A/B testing
    `);

    expect(methods(cv)).toEqual({ 'feature-engineering': 'role' });
  });

  it('method ids are neither catalogue tools nor lexicon skills, so no evidence can be mistaken for them', () => {
    for (const m of METHODS) {
      expect(hasTool(m.id), m.id).toBe(false);
      expect(resolveSkill(m.id), m.id).toBeUndefined();
    }
  });

  it('a method claimed in a role makes its competency a claimed-only interview topic when public code is silent', async () => {
    const cv = await read(text`
      # Jane Doe

      ## Experience

      **Data Engineer**, Acme Corp, 2020 – 2023

      - Built ETL pipelines for the billing warehouse.
    `);
    const data = loadCompetencyData();
    const input = buildCvEvidence(cvFactsOf(cv), []);
    const silent = (id: 'data_engineering' | 'llm_genai'): CompetencyScore =>
      ({ id, score: 0, roleWeight: 30, contributions: Object.entries(data.competencies[id].signals).map(([signal, weight]) => ({ signal, weight, credit: 0, points: 0, repositories: [], reason: '', evidence: [], cited: [] })), toRaise: [] }) as unknown as CompetencyScore;

    const coverage = evidenceCoverage([silent('data_engineering'), silent('llm_genai')], input.areas ?? [], data);

    expect(input.areas).toContainEqual({ skill: 'etl-pipelines', category: 'data', context: 'role' });
    expect(coverage.claimedOnly).toEqual(['data_engineering']);
    expect(coverage.silent).toEqual(['llm_genai']);
  });
});
