import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { extractClaims } from './extract.js';
import { findRoles, yearsCovered } from './roles.js';
import { readText } from './text.js';
import type { CvLine, SectionKind } from './types.js';

const NOW = new Date(Date.UTC(2026, 0, 15));

function claimsOf(md: string) {
  return extractClaims(readText(Buffer.from(md), 'markdown'), NOW);
}

function roles(lines: string[], where?: SectionKind[]) {
  const cv: CvLine[] = lines.map((t) => ({ text: t, segments: t.split('\t'), page: 1 }));
  return findRoles(cv, where ?? cv.map(() => 'experience'), new Set(), NOW).map((r) => [r.start, r.end, r.months, r.title, r.employer, r.singleDate]);
}

describe('cv/role-single', () => {
  it('reads internships dated by one season from a Markdown CV written in HTML lists, the employer on the nested line', () => {
    const md = text`
      <style>
      td { border: 0px; }
      </style>
      Work experience
      ======
      <table><tr><td><ul>
        <li> Spring 2021: Research Scientist Intern
          <ul>
            <li>Lumenworks</li>
            <li>Research: multi-agent learning</li>
          </ul>
        </li>
      </ul></td></tr>
      <tr><td><ul>
        <li> Summer 2018: Intern
          <ul>
            <li>Quillfield Research</li>
          </ul>
        </li>
      </ul></td></tr></table>

      Service
      ======
      * Organizing the Tidewater workshop on causal learning (Spring 2022)
      * Invited talk at Brightmoor Labs, Research Scientist meetup 2020
    `;

    const claims = claimsOf(md);

    expect(claims.roles.map((r) => [r.title, r.employer, r.start, r.end, r.months, r.singleDate])).toEqual([
      ['Research Scientist Intern', 'Lumenworks', '2021-03', '2021-03', 3, 'season'],
      ['Intern', 'Quillfield Research', '2018-06', '2018-06', 3, 'season'],
    ]);
    // Two seasons: half a year, not two.
    expect(claims.computedYears).toBe(0.5);
  });

  it('reads a month or a lone year as the shortest role it can be, and checks a stated total against the whole year', () => {
    const found = roles(['June 2019: Data Analyst Intern', 'Harbourline', 'Teaching Assistant, Orrin College | 2017']);
    expect(found).toEqual([
      ['2019-06', '2019-06', 1, 'Data Analyst Intern', 'Harbourline', 'month'],
      ['2017-01', '2017-01', 1, 'Teaching Assistant', 'Orrin College', 'year'],
    ]);
    const spans = findRoles(['2017 | Research Assistant, Orrin College'].map((t) => ({ text: t, segments: [t], page: 1 })), ['experience'], new Set(), NOW);
    expect(yearsCovered(spans, NOW)).toBe(0.1);
    expect(yearsCovered(spans, NOW, { latest: true })).toBe(1);
  });

  it('never reads a dated line without a job title, a sentence, or a bullet under a role dated by a range', () => {
    expect(
      roles([
        'Senior Engineer, Pemberly Systems | 2016 – 2020',
        '- Promoted to team lead (2018)',
        '- Shipped the billing rewrite that the analyst team used from 2019 on, across all regions.',
        'Best paper award, 2019',
      ]).map((r) => r.slice(0, 2)),
    ).toEqual([['2016-01', '2020-01']]);
    // Outside the experience section a dated title is no role.
    expect(roles(['Spring 2022: Workshop organiser, Research Engineer track'], ['activities'])).toEqual([]);
  });

  it('takes the title and employer apart in "Title | Employer | Place | Dates" headings, in Spanish too', () => {
    const md = text`
      ## Experiencia profesional
      ### Fundador y Operador | 3 Negocios (Software, Eventos, Comercio) | Colombia | 2012–2020
      - **Servicios de software (2014–2016)**: coordiné proyectos web para clientes
      - **Métricas**: apliqué la misma disciplina a la observabilidad de modelos (Prometheus/Grafana)
      ### Ventas y Operaciones | Varios Roles | Colombia | 2009–2012
      ### Desarrollador Backend | Tintero Digital | Bogotá | 2020–2022
      - Construí la monitorización con Prometheus
    `;

    const claims = claimsOf(md);

    expect(claims.roles.map((r) => [r.title, r.employer, r.start, r.end])).toEqual([
      ['Fundador y Operador', '3 Negocios', '2012-01', '2020-01'],
      ['Ventas y Operaciones, Varios Roles', undefined, '2009-01', '2012-01'],
      ['Desarrollador Backend', 'Tintero Digital', '2020-01', '2022-01'],
    ]);
    // Prometheus is claimed in the developer role, where it was used; Grafana only in the founder's transferable-skills aside.
    const byId = new Map(claims.skills.map((s) => [s.id, s]));
    expect(byId.get('prometheus')).toMatchObject({ context: 'role', roles: 1, roleRank: 0 });
    expect(byId.get('grafana')).toMatchObject({ context: 'prose', roles: 0 });
  });

  it('keeps a dated bullet that names a job of its own as a role (a promotion under one employer)', () => {
    expect(roles(['Pemberly Systems | 2014 – 2020', '- Senior Engineer (2017 – 2020)', '- Engineer (2014 – 2017)']).map((r) => r.slice(0, 2))).toEqual([
      ['2014-01', '2020-01'],
      ['2017-01', '2020-01'],
      ['2014-01', '2017-01'],
    ]);
  });
});
