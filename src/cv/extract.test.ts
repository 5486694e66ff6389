import { describe, expect, it } from 'vitest';
import { buildPdf, textLines } from '../../test/helpers/pdf.js';
import { text } from '../../test/helpers/text.js';
import { parseCv } from './index.js';

const NOW = new Date(Date.UTC(2025, 5, 15));

describe('cv/extract', () => {
  it('reads a Markdown CV into claims', async () => {
    const md = text`
      # Alice Martin
      alice@example.com · +44 20 7946 0958 · [GitHub](https://github.com/alice) · linkedin.com/in/alice

      ## Summary
      ML engineer with 6+ years of experience in Python and PyTorch.

      ## Experience
      Senior ML Engineer | Acme AI | Jan 2021 – Present
      - Served models with FastAPI and Docker on k8s; tracked runs in MLflow.
      Data Scientist | Beta Corp | 2017 – 2020
      - Built churn models with sklearn, pandas and R.

      ## Skills
      Python, SQL, Go, Spark
    `;

    const { claims } = await parseCv(Buffer.from(md), 'alice.md', { now: NOW });

    expect(claims).toMatchObject({
      name: 'Alice Martin',
      emails: ['alice@example.com'],
      phone: '+44 20 7946 0958',
      statedYears: 6,
      computedYears: 7.6,
      skillYears: { python: 6, pytorch: 6 },
      suggestedSources: ['https://github.com/alice'],
      redFlags: [],
    });
    expect(claims.links.map((l) => l.url).sort()).toEqual(['https://github.com/alice', 'https://linkedin.com/in/alice']);
    expect(claims.sections.map((s) => s.kind)).toEqual(['summary', 'experience', 'skills']);
    expect(claims.roles.map((r) => `${r.title} @ ${r.employer}`)).toEqual(['Senior ML Engineer @ Acme AI', 'Data Scientist @ Beta Corp']);
    expect(claims.skills.map((s) => s.id)).toEqual(['python', 'pytorch', 'fastapi', 'docker', 'kubernetes', 'mlflow', 'scikit-learn', 'pandas', 'r', 'sql', 'go', 'pyspark']);
  });

  it('flags hidden keywords and leaves them out of the claims', async () => {
    const pdf = buildPdf([
      {
        texts: [
          ...textLines(['Bob Stone', 'bob@example.com'], { top: 700 }),
          { text: 'Skills', x: 50, y: 650, size: 14, bold: true },
          { text: 'Python', x: 50, y: 630 },
          { text: 'TensorFlow Kubernetes MLflow', x: 50, y: 610, color: [1, 1, 1] },
        ],
      },
    ]);

    const { claims } = await parseCv(pdf, 'bob.pdf', { now: NOW });

    expect(claims.skills.map((s) => s.id)).toEqual(['python']);
    expect(claims.redFlags).toEqual([
      {
        kind: 'hidden-text',
        message: '1 piece(s) of text a reader cannot see (same-colour-as-background) were left out of the claims; it names TensorFlow, Kubernetes, MLflow',
        words: ['TensorFlow Kubernetes MLflow'],
      },
    ]);
  });

  it('notes when the stated years are clearly more than the dated roles can cover (a year-only end runs to December)', async () => {
    const md = 'Carol Reyes\n\nSummary\n10 years of experience.\n\nExperience\nEngineer | Acme | 2022 – 2024\n';

    const { claims } = await parseCv(Buffer.from(md), 'carol.txt', { now: NOW });

    expect(claims.redFlags.map((f) => f.message)).toEqual(['the CV states 10 years of experience; its dated roles cover at most 3 years']);
  });

  it.each([
    ['an understated total', '3 years of experience.', ['Engineer | Acme | Jan 2012 – Present']],
    ['year-only dates that may run to December', '6 years of experience.', ['Engineer | Acme | 2015 – 2016', 'Analyst | Beta | 2017 – 2018', 'Intern | Gamma | 2019 – 2020']],
    ['overlapping roles', '5 years of experience.', ['Engineer | Acme | Jan 2019 – Present', 'Consultant | Beta | Mar 2020 – Jun 2021']],
    ['a gap under two years', '5 years of experience.', ['Engineer | Acme | Mar 2022 – Present']],
  ])('raises no years-mismatch for %s', async (_, statement, entries) => {
    const md = `Carol Reyes\n\nSummary\n${statement}\n\nExperience\n${entries.join('\n')}\n\nEducation\nBSc Physics | Some University | 2001 – 2005\n`;

    const { claims } = await parseCv(Buffer.from(md), 'carol.txt', { now: NOW });

    expect(claims.roles.length).toBe(entries.length);
    expect(claims.redFlags).toEqual([]);
  });

  it('reads a Markdown "### Title, [Employer](link)" heading above a "City - dates" line, and "Remote" as no employer', async () => {
    const md = text`
      # Dana Okafor

      ## Experience

      ### ML Engineer, [Brightwave Analytics](https://example.com/brightwave)

      Tehran - May 2022 - May 2024

      - Built signal-quality checks for the recording app.

      ### Independent AI Engineer

      Remote - 2023 - Present

      - Built retrieval assistants for small firms.
    `;

    const { claims } = await parseCv(Buffer.from(md), 'dana.md', { now: NOW });

    expect(claims.roles.map((r) => [r.title, r.employer])).toEqual([
      ['ML Engineer', 'Brightwave Analytics'],
      ['Independent AI Engineer', undefined],
    ]);
  });

  it('reads client projects among the roles as projects, and counts their time before noting a stated total', async () => {
    const md = text`
      Evan Ferreira

      Summary
      12 years of experience.

      Experience
      Senior Developer | Tallis Data | 2021 – Present
      Project: Claims automation platform
      01/2013 to 06/2017
      Client: Insurer
      Project: Geo Data Service
      07/2017 to 12/2020
      Client: Insurer
    `;

    const { claims } = await parseCv(Buffer.from(md), 'evan.txt', { now: NOW });

    expect(claims.roles.map((r) => [r.start, r.end, r.title, r.employer])).toEqual([['2021-01', 'present', 'Senior Developer', 'Tallis Data']]);
    expect(claims.projects?.map((p) => [p.start, p.end, p.name])).toEqual([
      ['2013-01', '2017-06', 'Claims automation platform'],
      ['2017-07', '2020-12', 'Geo Data Service'],
    ]);
    expect(claims.redFlags).toEqual([]);
  });

  it('extracts nothing from a PDF with no text layer', async () => {
    const result = await parseCv(buildPdf([{ rects: [{ x: 0, y: 0, w: 100, h: 100, color: [0, 0, 0] }] }]), 'scan.pdf');

    expect(result).toMatchObject({ hasText: false, claims: { skills: [], emails: [], sections: [] } });
    expect(result.claims.name).toBeUndefined();
  });
});
