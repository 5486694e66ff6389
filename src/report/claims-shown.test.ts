import { describe, expect, it } from 'vitest';
import { fakeScan } from '../../test/helpers/scan.js';
import { assessCandidate } from '../assess/assess.js';
import { buildCvEvidence, cvFactsOf } from '../assess/cv-input.js';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { extractClaims } from '../cv/extract.js';
import { readCvDocument } from '../cv/load.js';
import { renderAssessmentHtml } from './assessment-html.js';
import { renderAssessmentJson } from './assessment-json.js';
import { renderAssessmentMarkdown } from './assessment-markdown.js';
import { renderAssessmentTerminal } from './assessment-terminal.js';

/** Kubernetes in both roles, SageMaker in the summary, Airflow in the skills list only. */
const CV = `Alice Martin
alice@example.com

Summary
Engineer running models on AWS SageMaker Pipelines.

Experience
ML Engineer, Acme
2022 – Present
- Ran services on Kubernetes.

Engineer, Beta
2018 – 2021
- Kubernetes clusters.

Skills
Airflow
`;

async function assessment() {
  const claims = extractClaims(await readCvDocument(new TextEncoder().encode(CV), 'cv.txt'), new Date(Date.UTC(2026, 10, 1)));
  const scans = [fakeScan('notes', {})];
  const cv = buildCvEvidence(cvFactsOf({ file: 'cv.txt', format: 'text', pageCount: 1, pagesRead: 1, hasText: true, notes: [], claims }), scans);
  return assessCandidate({ label: 'alice', scans, role: loadRoleFile(templatePath('mlops-engineer')), cv, asOf: '2026-11-01' });
}

/** The order the names appear in a rendering. */
const order = (text: string, names: string[]) => [...names].sort((a, b) => text.indexOf(a) - text.indexOf(b));

describe('report: the claims matrix in the CV words, most prominent first', () => {
  it('shows the CV words with the product name in the terminal, Markdown and HTML, the most prominent claim first', async () => {
    const a = await assessment();
    const names = ['Kubernetes', 'AWS SageMaker Pipelines (Amazon SageMaker)', 'Airflow (Apache Airflow)'];
    const matrix = (text: string, heading: string) => text.slice(text.indexOf(heading));

    for (const text of [matrix(renderAssessmentTerminal(a), 'Claims vs evidence'), matrix(renderAssessmentMarkdown(a), '## Claims vs evidence'), matrix(renderAssessmentHtml(a), '<h2>Claims vs evidence')]) {
      for (const name of names) expect(text).toContain(name);
      expect(order(text, names)).toEqual(names);
    }
  });

  it('keeps the JSON claims by skill id, with the CV words and the prominence as added fields', async () => {
    const json = JSON.parse(renderAssessmentJson(await assessment()));
    const claims = json.claims as Array<{ skill: string; name: string; cvText?: string; prominence?: number }>;

    expect(claims.map((c) => c.skill)).toEqual(['airflow', 'kubernetes', 'sagemaker']);
    expect(claims.map((c) => [c.name, c.cvText, c.prominence])).toEqual([
      ['Apache Airflow', 'Airflow', 3],
      ['Kubernetes', undefined, 1],
      ['Amazon SageMaker', 'AWS SageMaker Pipelines', 2],
    ]);
  });
});
