import { describe, expect, it } from 'vitest';
import { fakeScan } from '../../test/helpers/scan.js';
import { assessCandidate } from '../assess/assess.js';
import { buildCvEvidence, cvFactsOf } from '../assess/cv-input.js';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { extractClaims } from '../cv/extract.js';
import { readCvDocument } from '../cv/load.js';
import { loadQuestionBank } from './bank.js';
import { buildKit } from './kit.js';
import { renderKitMarkdown } from './render-markdown.js';

/** An MLOps engineer's CV: Kubernetes in every role, Grafana in the latest, Prometheus in the oldest, Airflow only in the skills list. */
const CV = `Alice Martin
alice@example.com

Summary
MLOps engineer running models on AWS SageMaker Pipelines.

Experience
MLOps Engineer, Acme
2022 – Present
- Ran the platform on Kubernetes; dashboards in Grafana.

Platform Engineer, Beta
2019 – 2021
- Moved batch jobs to Kubernetes.

Engineer, Gamma
2016 – 2019
- Kubernetes operators, alerting with Prometheus.

Skills
Airflow, Python
`;

async function kitFor(cv: string) {
  const claims = extractClaims(await readCvDocument(new TextEncoder().encode(cv), 'cv.txt'), new Date(Date.UTC(2026, 10, 1)));
  const scans = [fakeScan('notes', {})];
  const input = buildCvEvidence(cvFactsOf({ file: 'cv.txt', format: 'text', pageCount: 1, pagesRead: 1, hasText: true, notes: [], claims }), scans);
  const role = loadRoleFile(templatePath('mlops-engineer'));
  const assessment = assessCandidate({ label: 'alice', scans, role, cv: input, asOf: '2026-11-01' });
  return buildKit({ bank: loadQuestionBank(), role, assessment });
}

describe('interview/kit: claim probes by prominence', () => {
  it('asks first about the claims the CV leans on most: the most recent role and claims repeated across roles, not the skill id', async () => {
    const probed = (kit: Awaited<ReturnType<typeof kitFor>>) =>
      kit.rounds.flatMap((r) => r.questions).flatMap((q) => q.reasons.flatMap((x) => (x.kind === 'claim' ? [x.tool] : [])));

    const kit = await kitFor(CV);
    // Grafana and Prometheus swap places on the CV, and so in the kit.
    const swapped = await kitFor(CV.replace('Grafana', 'TEMP').replace('Prometheus', 'Grafana').replace('TEMP', 'Prometheus'));

    expect(probed(kit).slice(0, 2)).toEqual(['kubernetes', 'grafana']);
    expect(kit.unprobedClaims).toContain('prometheus');
    expect(probed(swapped).slice(0, 2)).toEqual(['kubernetes', 'prometheus']);
    expect(swapped.unprobedClaims).toContain('grafana');
  });

  it('names a claim in the CV words, with the product name after them when they differ', async () => {
    const kit = await kitFor(CV);
    const questions = kit.rounds.flatMap((r) => r.questions);
    const airflow = questions.find((q) => q.id.endsWith('@airflow'))!;

    expect(airflow.title).toMatch(/: Airflow \(Apache Airflow\)$/);
    expect(airflow.prompt).toContain('Airflow (Apache Airflow)');
    expect(airflow.reasons).toEqual([{ kind: 'claim', tool: 'airflow', context: 'list', cvText: 'Airflow' }]);
    expect(questions.find((q) => q.id.endsWith('@kubernetes'))!.title).toMatch(/: Kubernetes$/);
    expect(kit.notes.join('\n')).toContain('AWS SageMaker Pipelines (Amazon SageMaker)');
    const md = renderKitMarkdown(kit);
    expect(md).toContain('so unverified: Airflow (Apache Airflow).');
    expect(md).not.toMatch(/unverified: sagemaker|unverified: airflow/);
  });
});
