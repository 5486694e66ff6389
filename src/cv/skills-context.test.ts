import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { parseMarkdownCv } from '../../test/helpers/cv.js';
import { matchSkills } from './skills.js';

const read = parseMarkdownCv;

describe('cv/skills: where a claim is made', () => {
  it('a tool named inside a dated role is a role claim; one only in the skills list is a list claim', async () => {
    const cv = await read(text`
      # Dana Okafor

      ## Summary

      Platform engineer who likes building reliable ML systems with MLflow.

      ## Experience

      **Staff Engineer**, Large Cloud Co, 2016 – Present

      - Maintains an open-source observability SDK with OpenTelemetry; runs serving on Kubernetes.

      ## Projects

      - Flood forecasts with Prophet for a volunteer group.

      ## Skills

      Kubernetes, TensorFlow, Prophet
    `);

    const context = Object.fromEntries(cv.claims.skills.map((s) => [s.id, s.context]));

    expect(context).toEqual({ mlflow: 'prose', opentelemetry: 'role', kubernetes: 'role', prophet: 'project', tensorflow: 'list' });
  });

  it('matches the other number of a tool name as written on CVs: statsmodel, PGVector, pgvectors', () => {
    const ids = (s: string) => matchSkills(s).map((h) => h.entry.id);

    expect(ids('Forecasting with statsmodel and PGVector search')).toEqual(['statsmodels', 'pgvector']);
    expect(ids('pgvectors; Polar bears; a panda')).toEqual(['pgvector', 'pandas']);
    expect(ids('Prometheu and Milvu')).toEqual([]);
  });
});
