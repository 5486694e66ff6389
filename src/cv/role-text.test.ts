import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { parseMarkdownCv } from '../../test/helpers/cv.js';

const read = parseMarkdownCv;

describe('cv/role-text: what the dated roles describe', () => {
  it('reads the kinds of work role bullets describe with no tool named, and only from the roles', async () => {
    const cv = await read(text`
      # Ada Moreau

      ## Summary

      Engineer who writes unit tests and cares about ETL pipelines.

      ## Experience

      **ML Engineer**, Retail Co, 2021 – Present

      - Owned monitoring and alerting for the ranking models; on-call for model incidents.
      - Deployed the pricing models to production behind an internal service.

      **Data Scientist**, Bank Co, 2018 – 2021

      - Designed A/B testing for credit offers and trained churn models.

      ## Skills

      Python, SQL
    `);

    expect(cv.claims.practices).toEqual(['monitoring', 'deployment', 'ml']);
  });

  it('counts the dated roles whose own text names a tool, whatever the layout', async () => {
    const cv = await read(text`
      # Ben Ortiz

      ## Experience

      Tech stack: Kafka, Flink
      **Staff Engineer**, Cloud Co, 2020 – Present

      - Ran the streaming platform.

      **Senior Engineer**, Shop Co, 2017 – 2020

      - Moved batch jobs to Airflow and PySpark.

      **Engineer**, Agency Co, 2015 – 2017

      - Built client websites.

      **Intern**, Lab Co, 2014 – 2015

      - Wrote MATLAB scripts for the lab's experiments.

      ## Skills

      Kubernetes, Terraform, dbt, Snowflake, Docker
    `);

    expect(cv.claims.roles).toHaveLength(4);
    expect(cv.claims.rolesNamingTools).toBe(3);
    expect(cv.claims.practices).toEqual([]);
  });

  it('has no roles and no practices for a bare skills list', async () => {
    const cv = await read(text`
      # Cy Ng

      ## Skills

      Python, PyTorch, TensorFlow, Kubernetes, MLflow, Airflow, monitoring, deployment, unit testing
    `);

    expect([cv.claims.rolesNamingTools, cv.claims.practices]).toEqual([0, []]);
  });
});
