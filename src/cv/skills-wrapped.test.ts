import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { parseMarkdownCv } from '../../test/helpers/cv.js';

const read = parseMarkdownCv;
const contexts = (cv: Awaited<ReturnType<typeof read>>) => Object.fromEntries(cv.claims.skills.map((s) => [s.id, s.context]));

describe('cv/skills: a list that wraps onto the next line stays a list', () => {
  it('the continuation of a labelled list in a summary is part of the list, not a sentence', async () => {
    const cv = await read(text`
      # Jane Doe

      ## Summary

      Machine learning engineer with eight years of experience building systems for retail and banking clients.
      Frameworks: PyTorch, TensorFlow, scikit-learn, Hugging Face
        Transformers, LangChain, Go, Spark
      Cloud: AWS, GCP

      ## Experience

      **Data Scientist**, Acme Corp, 2020 – 2023

      - Built churn models with XGBoost for the sales team.
    `);

    const context = contexts(cv);
    for (const id of ['pytorch', 'tensorflow', 'scikit-learn', 'transformers', 'langchain', 'go', 'aws', 'gcp']) expect(context[id], id).toBe('list');
    expect(context.xgboost).toBe('role');
  });

  it('a line ending in a comma carries its list on; a sentence after a list does not', async () => {
    const cv = await read(text`
      # Jane Doe

      ## Additional Information

      Tools: Docker, Kubernetes, Airflow,
      MLflow, Terraform
      Led the migration of our batch jobs to Prefect on a tight schedule.
    `);

    const context = contexts(cv);
    expect([context.docker, context.mlflow, context.terraform]).toEqual(['list', 'list', 'list']);
    expect(context.prefect).toBe('prose');
  });
});

describe('cv/sections: contributions to other projects are project work', () => {
  for (const heading of ['Contributions', 'Open-source', 'OSS Contributions', 'Open Source Work']) {
    it(`"${heading}" after a skills list heads a section of its own, read as project claims`, async () => {
      const cv = await read(text`
        # Jane Doe

        ## Skills

        Python, SQL, Docker

        ## ${heading}

        - huggingface/transformers: fixed a tokenizer bug in the PyTorch export (#1234)
        - Optuna: added a Ray Tune comparison example
      `);

      expect(cv.claims.sections.map((s) => s.kind)).toEqual(['skills', 'projects']);
      const context = contexts(cv);
      expect([context.transformers, context.pytorch, context.optuna]).toEqual(['project', 'project', 'project']);
      expect(context.python).toBe('list');
    });
  }
});

describe('cv/sections: "Key contributions:" inside a role is a label, not a section', () => {
  it('keeps the roles after it in the experience section', async () => {
    const cv = await read(text`
      # Jane Doe

      ## Experience

      Data Scientist, Acme Corp, 2020 – 2023
      Key contributions:
      - Built churn models with XGBoost.
      Data Analyst, Beta Ltd, 2018 – 2020
      - Reports in Tableau.
    `);

    expect(cv.claims.sections.map((s) => s.kind)).toEqual(['experience']);
    expect(contexts(cv)).toMatchObject({ xgboost: 'role', tableau: 'role' });
  });
});
